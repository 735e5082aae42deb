package ma.maharat.center.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.maharat.center.control.PublicAddress;

/**
 * The warning on every page an administrator sees while the public address is one only this machine
 * reaches: certificates issued now would point nowhere, so the banner says what to set and where.
 */
@Named
@RequestScoped
public class PublicAddressBanner {

    @Inject
    PublicAddress publicAddress;

    public boolean isShown() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN") && !publicAddress.isReachableByOthers();
    }

    /** The address between Unicode isolates, so that it keeps its order inside an Arabic sentence. */
    public String getAddress() {
        return "\u2066" + publicAddress.current() + "\u2069";
    }
}
