package ma.maharat.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.control.ApplicationDocuments;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeGate;
import ma.maharat.intake.control.IntakeLimits;
import ma.maharat.intake.control.IntakeProblem;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.control.References;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.DocumentKind;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.TurnoverBand;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.security.ClientAddress;
import org.omnifaces.cdi.ViewScoped;

/**
 * The public application page ({@code /apply/}): the open calls, the application form (new, or an
 * existing one found by its reference and contact phone), and the reference shown once it is sent.
 * No account is created and nothing about other applicants is ever shown. Sending and looking up are rate
 * limited per address ({@link IntakeGate}); a robot that fills the hidden field gets the same thanks as a
 * person and nothing is stored. Every refusal answers with a 4xx status and a message next to its field.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "apply:";

    @Inject
    transient Intake intake;

    @Inject
    transient IntakeGate gate;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient PageMessages messages;

    private List<IntakeCall> openCalls;
    private Long callId;
    private String callTitle;

    // The form
    private String nameAr;
    private String nameFr;
    private LegalForm legalForm;
    private String registrationNumber;
    private String province;
    private String city;
    private Integer yearFounded;
    private Integer members;
    private Integer womenMembers;
    private Boolean ledByWoman;
    private boolean textile = true;
    private String products;
    private String equipment;
    private String customers;
    private TurnoverBand turnoverBand;
    private String wishes;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    /** The hidden field: people never see it, robots fill every field they find. */
    private String website;
    private transient Part statutes;
    private transient List<Part> photos;

    // Coming back
    private String typedReference;
    private String typedPhone;
    /** The application being completed, with the phone it was found with. */
    private String reference;
    private String phone;
    private boolean readOnly;
    private boolean withdrawn;
    private List<String> documentNames = List.of();

    // After sending
    private String sentReference;
    private boolean thanked;

    @PostConstruct
    void load() {
        openCalls = intake.openCalls();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("call");
        if (asked != null && asked.matches("[0-9]{1,12}")) {
            openCalls.stream().filter(c -> c.getId() == Long.parseLong(asked)).findFirst().ifPresent(this::choose);
        }
        if (callId == null && openCalls.size() == 1) {
            choose(openCalls.get(0));
        }
    }

    private void choose(IntakeCall call) {
        callId = call.getId();
        callTitle = titleOf(call);
    }

    public void choose(long id) {
        openCalls.stream().filter(c -> c.getId() == id).findFirst().ifPresent(this::choose);
    }

    public String textOf(IntakeCall call) {
        return call.textIn(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public String titleOf(IntakeCall call) {
        return call.titleIn(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    /** Sends the application, or saves the completed one. */
    public void send() {
        if (website != null && !website.isBlank()) {
            // A robot: the neutral thanks a person would read, without a reference, and nothing stored.
            thanked = true;
            return;
        }
        Optional<Duration> wait = gate.takeSubmit(client());
        if (wait.isPresent()) {
            refuse(429, "intake.limited", wait.get().toSeconds());
            return;
        }
        try {
            List<ApplicationDocuments.Checked> documents = documents();
            ApplicationDetails details = details();
            if (reference == null) {
                if (callId == null) {
                    refuse(400, "intake.call.notOpen");
                    return;
                }
                IntakeApplication sent = intake.apply(callId, details, documents);
                sentReference = References.grouped(sent.getReference());
            } else {
                IntakeApplication saved = intake.complete(reference, phone, details, documents);
                phone = saved.getContactPhone();
                show(saved);
                messages.info("intake.saved");
            }
        } catch (IntakeRuleViolation e) {
            refuse(e);
        }
    }

    /** Finds an application by its reference and phone, to complete or withdraw it, or to read it once closed. */
    public void lookUp() {
        Optional<Duration> wait = gate.takeLookup(client());
        if (wait.isPresent()) {
            refuse(429, "intake.limited", wait.get().toSeconds());
            return;
        }
        try {
            IntakeApplication found = intake.find(typedReference, typedPhone);
            reference = found.getReference();
            phone = found.getContactPhone();
            callId = found.getCall().getId();
            callTitle = titleOf(found.getCall());
            fill(found.details());
            show(found);
        } catch (IntakeRuleViolation e) {
            refuse(404, e.messageKey());
        }
    }

    public void withdraw() {
        try {
            show(intake.withdraw(reference, phone));
            messages.info("intake.withdrawn");
        } catch (IntakeRuleViolation e) {
            refuse(e);
        }
    }

    private void show(IntakeApplication application) {
        readOnly = !application.getCall().isOpen(intake.now()) || application.isWithdrawn();
        withdrawn = application.isWithdrawn();
        documentNames = application.getDocuments().stream().map(d -> d.getFileName()).toList();
    }

    private List<ApplicationDocuments.Checked> documents() {
        IntakeLimits limits = intake.limits();
        ApplicationDocuments checker = new ApplicationDocuments(limits);
        List<ApplicationDocuments.Checked> checked = new ArrayList<>();
        List<IntakeProblem> problems = new ArrayList<>();
        if (statutes != null && statutes.getSize() > 0) {
            check(checker, limits, "statutes", DocumentKind.STATUTES, statutes, checked, problems);
        }
        List<Part> sentPhotos = photos == null ? List.of() : photos.stream().filter(p -> p.getSize() > 0).toList();
        if (sentPhotos.size() > limits.files()) {
            problems.add(new IntakeProblem("photos", "intake.file.tooMany", List.of(limits.files())));
        } else {
            for (Part photo : sentPhotos) {
                check(checker, limits, "photos", DocumentKind.PHOTO, photo, checked, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IntakeRuleViolation("intake.notSaved", problems);
        }
        return checked;
    }

    private static void check(ApplicationDocuments checker, IntakeLimits limits, String field, DocumentKind kind, Part part,
            List<ApplicationDocuments.Checked> checked, List<IntakeProblem> problems) {
        String name = part.getSubmittedFileName();
        if (part.getSize() > limits.fileBytes()) {
            // Refused before its bytes are read.
            problems.add(new IntakeProblem(field, "intake.file.tooLarge", List.of(name == null ? "" : name, limits.fileBytes() / (1024 * 1024))));
            return;
        }
        try (InputStream in = part.getInputStream()) {
            checked.add(checker.check(field, kind, name, in.readNBytes((int) limits.fileBytes() + 1)));
        } catch (IntakeRuleViolation e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new IntakeProblem(field, "intake.file.unreadable", List.of(name == null ? "" : name)));
        }
    }

    private ApplicationDetails details() {
        return new ApplicationDetails(nameAr, nameFr, legalForm, registrationNumber, province, city, yearFounded, members,
                womenMembers, ledByWoman, textile, products, equipment, customers, turnoverBand, wishes, contactName,
                contactPhone, contactEmail);
    }

    private void fill(ApplicationDetails d) {
        nameAr = d.nameAr();
        nameFr = d.nameFr();
        legalForm = d.legalForm();
        registrationNumber = d.registrationNumber();
        province = d.province();
        city = d.city();
        yearFounded = d.yearFounded();
        members = d.members();
        womenMembers = d.womenMembers();
        ledByWoman = d.ledByWoman();
        textile = d.textile();
        products = d.products();
        equipment = d.equipment();
        customers = d.customers();
        turnoverBand = d.turnoverBand();
        wishes = d.wishes();
        contactName = d.contactName();
        contactPhone = d.contactPhone();
        contactEmail = d.contactEmail();
    }

    private void refuse(IntakeRuleViolation e) {
        int status = e.problems().stream().anyMatch(p -> p.messageKey().equals("intake.file.tooLarge")
                || p.messageKey().equals("intake.file.tooMuch")) ? 413
                : e.messageKey().equals("intake.notSaved") ? 400 : 409;
        status(status);
        messages.error(e);
        for (IntakeProblem problem : e.problems()) {
            messages.error(FORM + problem.field(), problem.messageKey(), problem.arguments().toArray());
        }
    }

    private void refuse(int status, String key, Object... arguments) {
        status(status);
        messages.error(null, key, arguments);
    }

    private static void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    private String client() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return clientAddress.of((HttpServletRequest) external.getRequest());
    }

    public List<LegalForm> getLegalForms() {
        return List.of(LegalForm.values());
    }

    public List<TurnoverBand> getTurnoverBands() {
        return List.of(TurnoverBand.values());
    }

    public IntakeLimits getLimits() {
        return intake.limits();
    }

    public boolean isFormShown() {
        return !thanked && sentReference == null && callId != null;
    }

    public boolean isCompleting() {
        return reference != null;
    }

    public String getGroupedReference() {
        return reference == null ? null : References.grouped(reference);
    }

    public List<IntakeCall> getOpenCalls() {
        return openCalls;
    }

    public Long getCallId() {
        return callId;
    }

    public String getCallTitle() {
        return callTitle;
    }

    public String getSentReference() {
        return sentReference;
    }

    public boolean isThanked() {
        return thanked;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public List<String> getDocumentNames() {
        return documentNames;
    }

    // Accessors of the form's fields

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String v) {
        nameAr = v;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String v) {
        nameFr = v;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm v) {
        legalForm = v;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String v) {
        registrationNumber = v;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String v) {
        province = v;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String v) {
        city = v;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public void setYearFounded(Integer v) {
        yearFounded = v;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer v) {
        members = v;
    }

    public Integer getWomenMembers() {
        return womenMembers;
    }

    public void setWomenMembers(Integer v) {
        womenMembers = v;
    }

    public Boolean getLedByWoman() {
        return ledByWoman;
    }

    public void setLedByWoman(Boolean v) {
        ledByWoman = v;
    }

    public boolean isTextile() {
        return textile;
    }

    public void setTextile(boolean v) {
        textile = v;
    }

    public String getProducts() {
        return products;
    }

    public void setProducts(String v) {
        products = v;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String v) {
        equipment = v;
    }

    public String getCustomers() {
        return customers;
    }

    public void setCustomers(String v) {
        customers = v;
    }

    public TurnoverBand getTurnoverBand() {
        return turnoverBand;
    }

    public void setTurnoverBand(TurnoverBand v) {
        turnoverBand = v;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String v) {
        wishes = v;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String v) {
        contactName = v;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String v) {
        contactPhone = v;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String v) {
        contactEmail = v;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String v) {
        website = v;
    }

    public Part getStatutes() {
        return statutes;
    }

    public void setStatutes(Part v) {
        statutes = v;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> v) {
        photos = v;
    }

    public String getTypedReference() {
        return typedReference;
    }

    public void setTypedReference(String v) {
        typedReference = v;
    }

    public String getTypedPhone() {
        return typedPhone;
    }

    public void setTypedPhone(String v) {
        typedPhone = v;
    }
}
