package ma.maharat.cooperative.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.maharat.cooperative.control.CooperativeRuleViolation;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.control.CsvImport;
import ma.maharat.cooperative.control.FieldProblem;
import ma.maharat.cooperative.control.ImportOutcome;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' page for cooperatives: the list with each one's trainee accounts, one form to
 * create or edit, and the two CSV imports with their report (see docs/import-csv.md). A refused file's
 * report is shown at the top of the imports, line by line, where the page brings the eye (staff.js); each
 * import offers its template ({@link ImportTemplateDownload}) and the help on its columns.
 */
@Named
@ViewScoped
public class ManageCooperatives implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Larger than any plausible list of cooperatives or members; refuses a wrong file early. */
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final String FORM = "cooperative:";

    @Inject
    transient Cooperatives cooperatives;

    @Inject
    transient PageMessages messages;

    private List<Cooperative> all;
    private Map<Long, Long> traineeCounts;

    // The form: a new cooperative when editedId is null
    private Long editedId;
    private String nameFr;
    private String nameAr;
    private String province;
    private String city;
    private LegalForm legalForm = LegalForm.COOPERATIVE;
    private Integer yearFounded;
    private Integer membersCount;
    private boolean womenLed;
    private String mainProducts;
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    // The imports
    private transient Part cooperativeFile;
    private transient Part memberFile;
    private ImportOutcome outcome;

    @PostConstruct
    void load() {
        all = cooperatives.all();
        traineeCounts = cooperatives.traineeCounts();
    }

    public long traineesOf(Cooperative cooperative) {
        return traineeCounts.getOrDefault(cooperative.getId(), 0L);
    }

    public void edit(Cooperative cooperative) {
        CooperativeDetails d = cooperatives.find(cooperative.getId()).details();
        editedId = cooperative.getId();
        nameFr = d.nameFr();
        nameAr = d.nameAr();
        province = d.province();
        city = d.city();
        legalForm = d.legalForm();
        yearFounded = d.yearFounded();
        membersCount = d.membersCount();
        womenLed = d.womenLed();
        mainProducts = d.mainProducts();
        contactName = d.contactName();
        contactPhone = d.contactPhone();
        contactEmail = d.contactEmail();
    }

    public void clear() {
        editedId = null;
        nameFr = nameAr = province = city = mainProducts = contactName = contactPhone = contactEmail = null;
        legalForm = LegalForm.COOPERATIVE;
        yearFounded = membersCount = null;
        womenLed = false;
    }

    public void save() {
        CooperativeDetails details = new CooperativeDetails(nameFr, nameAr, province, city, legalForm, yearFounded,
                membersCount, womenLed, mainProducts, contactName, contactPhone, contactEmail);
        try {
            if (editedId == null) {
                messages.info("cooperatives.created", cooperatives.create(details).getNameFr());
            } else {
                messages.info("cooperatives.saved", cooperatives.update(editedId, details).getNameFr());
            }
            clear();
            load();
        } catch (CooperativeRuleViolation e) {
            messages.error(e);
            for (FieldProblem problem : e.problems()) {
                messages.error(FORM + problem.field().replace('_', '-'), problem.messageKey(), problem.arguments().toArray());
            }
        }
    }

    public void importCooperatives() {
        byte[] bytes = read(cooperativeFile);
        if (bytes != null) {
            report(cooperatives.importCooperatives(bytes));
        }
    }

    public void importMembers() {
        byte[] bytes = read(memberFile);
        if (bytes != null) {
            report(cooperatives.importMembers(bytes));
        }
    }

    private void report(ImportOutcome result) {
        outcome = result;
        if (result.imported()) {
            messages.info("cooperatives.imported", result.created(), result.updated(), result.unchanged());
            load();
        }
        // A refused file: its report, at the top of the imports, says so line by line (no second message).
    }

    private byte[] read(Part file) {
        outcome = null;
        if (file == null || file.getSize() == 0) {
            messages.error(null, "cooperatives.noFile");
            return null;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            messages.error(null, "cooperatives.fileTooLarge");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A problem of the report in the reader's language: "Line 4, column city: This field is required." */
    public String describe(ma.maharat.cooperative.control.ImportProblem problem) {
        String where = problem.column() == null ? messages.text("cooperatives.problemAt", problem.line())
                : messages.text("cooperatives.problemAtColumn", problem.line(), problem.column());
        return where + " " + messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    /** The cooperatives' import: its columns for the help, its template's address. */
    public CsvImport getCooperativesImport() {
        return CsvImport.COOPERATIVES;
    }

    public CsvImport getMembersImport() {
        return CsvImport.MEMBERS;
    }

    public List<Cooperative> getAll() {
        return all;
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public void setYearFounded(Integer yearFounded) {
        this.yearFounded = yearFounded;
    }

    public Integer getMembersCount() {
        return membersCount;
    }

    public void setMembersCount(Integer membersCount) {
        this.membersCount = membersCount;
    }

    public boolean isWomenLed() {
        return womenLed;
    }

    public void setWomenLed(boolean womenLed) {
        this.womenLed = womenLed;
    }

    public String getMainProducts() {
        return mainProducts;
    }

    public void setMainProducts(String mainProducts) {
        this.mainProducts = mainProducts;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Part getCooperativeFile() {
        return cooperativeFile;
    }

    public void setCooperativeFile(Part cooperativeFile) {
        this.cooperativeFile = cooperativeFile;
    }

    public Part getMemberFile() {
        return memberFile;
    }

    public void setMemberFile(Part memberFile) {
        this.memberFile = memberFile;
    }
}
