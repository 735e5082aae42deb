package ma.maharat.center.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import ma.maharat.center.control.CenterRuleViolation;
import ma.maharat.center.control.CenterSettings;
import ma.maharat.center.control.PublicAddress;
import ma.maharat.center.control.PublicAddressRules;
import ma.maharat.center.entity.CenterSetting;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' page for the public address ({@code /admin/public-address.xhtml}): what it is and
 * where it comes from, the address this browser reaches Maharat at (one click to take it), and a field
 * to set it. Issuing certificates waits for an address others can reach (except in the demo).
 */
@Named
@ViewScoped
public class PublicAddressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicAddress publicAddress;

    @Inject
    transient CenterSettings settings;

    @Inject
    transient PageMessages messages;

    private String typed;

    /** Saves the address and reloads the page (its message kept), so that the banner of every admin page reflects it. */
    public void save() throws IOException {
        try {
            CenterSetting saved = settings.setPublicAddress(typed, publicAddress.configured());
            typed = null;
            messages.info(PublicAddressRules.isLocal(saved.getValue()) ? "publicAddress.savedButLocal" : "publicAddress.saved",
                    saved.getValue());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/admin/public-address.xhtml");
        } catch (CenterRuleViolation e) {
            messages.error("public-address:address", e.messageKey(), e.arguments());
        }
    }

    /** Fills the field with the address this browser uses, for the administrator to check and save. */
    public void takeBrowserAddress() {
        typed = getBrowserAddress();
    }

    public String getCurrent() {
        return publicAddress.current();
    }

    public boolean isReachableByOthers() {
        return publicAddress.isReachableByOthers();
    }

    public boolean isIssuingAllowed() {
        return publicAddress.allowsIssuing();
    }

    public Optional<CenterSetting> getSetting() {
        return publicAddress.setting();
    }

    /** Scheme, host, port and context path of the request, as this browser reached Maharat. */
    public String getBrowserAddress() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        return (pathStart < 0 ? url : url.substring(0, pathStart)) + request.getContextPath();
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
