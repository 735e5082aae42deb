package ma.maharat.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.certificate.control.CertificateRegister;
import ma.maharat.certificate.entity.Certificate;
import org.omnifaces.cdi.ViewScoped;

/**
 * The list of issued certificates on the administrators' certificates page, latest first, with a search
 * by number, code, holder or title. Issuing on the same page shows the new ones here at once.
 */
@Named
@ViewScoped
public class CertificateSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 200;

    @Inject
    transient CertificateRegister register;

    private String search;
    private List<Certificate> found;

    @PostConstruct
    void load() {
        find();
    }

    /** Lists the certificates the search finds (the latest, when it is blank); also after an issue. */
    public void find() {
        found = register.search(search, LISTED);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Certificate> getFound() {
        return found;
    }
}
