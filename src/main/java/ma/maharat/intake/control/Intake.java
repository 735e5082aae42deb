package ma.maharat.intake.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.IntakeDocument;
import ma.maharat.platform.i18n.CenterDates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls for applications (administrators) and applications (anyone, without an account). Every change
 * runs in one transaction: an application whose details or any document is refused leaves nothing stored.
 * An applicant reaches her application only with its reference and the contact phone; a wrong pair is
 * answered the same way as an unknown reference, so that neither can be guessed alone.
 */
@Stateless
public class Intake {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "maharat.intake.max-file-mib", defaultValue = "5")
    int maxFileMib;

    @Inject
    @ConfigProperty(name = "maharat.intake.max-application-mib", defaultValue = "20")
    int maxApplicationMib;

    @Inject
    @ConfigProperty(name = "maharat.intake.max-files", defaultValue = "8")
    int maxFiles;

    Clock clock = Clock.systemUTC();

    private final References references = new References();

    public IntakeLimits limits() {
        return new IntakeLimits(maxFileMib * 1024L * 1024, maxApplicationMib * 1024L * 1024, maxFiles);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    // Calls

    public List<IntakeCall> calls() {
        return em.createNamedQuery(IntakeCall.ALL, IntakeCall.class).getResultList();
    }

    public List<IntakeCall> openCalls() {
        Instant now = now();
        return calls().stream().filter(c -> c.isOpen(now)).toList();
    }

    public Optional<IntakeCall> call(long id) {
        return Optional.ofNullable(em.find(IntakeCall.class, id));
    }

    public IntakeCall createCall(CallDetails details) {
        IntakeCall call = new IntakeCall(checked(details), now());
        em.persist(call);
        em.flush();
        audit.record("intake.call.created", "call", call.getId(), AuditMessage.of("audit.message.intake.callCreated", call.getTitleFr()));
        return call;
    }

    public IntakeCall updateCall(long id, CallDetails details) {
        IntakeCall call = call(id).orElseThrow(() -> new IntakeRuleViolation("intake.call.notFound"));
        if (!call.isEditable(now())) {
            throw new IntakeRuleViolation("intake.call.alreadyOpen");
        }
        call.update(checked(details));
        audit.record("intake.call.updated", "call", id, AuditMessage.of("audit.message.intake.callUpdated", call.getTitleFr()));
        return call;
    }

    public IntakeCall closeCall(long id) {
        IntakeCall call = call(id).orElseThrow(() -> new IntakeRuleViolation("intake.call.notFound"));
        if (call.getClosedAt() == null) {
            call.close(now());
            audit.record("intake.call.closed", "call", id, AuditMessage.of("audit.message.intake.callClosed", call.getTitleFr()));
        }
        return call;
    }

    private static CallDetails checked(CallDetails details) {
        CallRules.Checked checked = CallRules.check(details);
        if (!checked.valid()) {
            throw new IntakeRuleViolation("intake.notSaved", checked.problems());
        }
        return checked.details();
    }

    // Applications

    /** Sends a new application with its documents, all or nothing. */
    public IntakeApplication apply(long callId, ApplicationDetails details, List<ApplicationDocuments.Checked> documents) {
        IntakeCall call = call(callId).filter(c -> c.isOpen(now())).orElseThrow(() -> new IntakeRuleViolation("intake.call.notOpen"));
        String reference = unusedReference();
        IntakeApplication application = new IntakeApplication(call, reference, checked(details), now());
        attach(application, documents);
        em.persist(application);
        return application;
    }

    /** The application with this reference and contact phone, whatever the state of its call. */
    public IntakeApplication find(String typedReference, String typedPhone) {
        String reference = References.normalise(typedReference);
        String phone = ApplicationRules.phone(typedPhone);
        if (reference == null || phone == null) {
            throw new IntakeRuleViolation("intake.unknownReference");
        }
        return em.createNamedQuery(IntakeApplication.BY_REFERENCE, IntakeApplication.class).setParameter("reference", reference)
                .getResultStream().filter(a -> a.getContactPhone().equals(phone)).findFirst()
                .orElseThrow(() -> new IntakeRuleViolation("intake.unknownReference"));
    }

    /** Completes an application: new details (the phone may change) and more documents, while its call is open. */
    public IntakeApplication complete(String reference, String phone, ApplicationDetails details, List<ApplicationDocuments.Checked> documents) {
        IntakeApplication application = changeable(reference, phone);
        application.update(checked(details), now());
        attach(application, documents);
        return application;
    }

    public IntakeApplication withdraw(String reference, String phone) {
        IntakeApplication application = changeable(reference, phone);
        application.withdraw(now());
        return application;
    }

    public List<IntakeApplication> applicationsOf(long callId) {
        return em.createNamedQuery(IntakeApplication.OF_CALL, IntakeApplication.class).setParameter("call", callId).getResultList();
    }

    public Optional<IntakeDocument> document(long id) {
        return Optional.ofNullable(em.find(IntakeDocument.class, id));
    }

    private IntakeApplication changeable(String reference, String phone) {
        IntakeApplication application = find(reference, phone);
        if (!application.getCall().isOpen(now())) {
            throw new IntakeRuleViolation("intake.call.closedReadOnly");
        }
        if (application.isWithdrawn()) {
            throw new IntakeRuleViolation("intake.alreadyWithdrawn");
        }
        return application;
    }

    private void attach(IntakeApplication application, List<ApplicationDocuments.Checked> documents) {
        IntakeLimits limits = limits();
        if (application.getDocuments().size() + documents.size() > limits.files()) {
            throw new IntakeRuleViolation("intake.notSaved", List.of(IntakeProblem.of("photos", "intake.file.tooMany", limits.files())));
        }
        long total = application.documentBytes() + documents.stream().mapToLong(d -> d.content().length).sum();
        if (total > limits.applicationBytes()) {
            throw new IntakeRuleViolation("intake.notSaved",
                    List.of(IntakeProblem.of("photos", "intake.file.tooMuch", limits.applicationBytes() / (1024 * 1024))));
        }
        Instant now = now();
        for (ApplicationDocuments.Checked d : documents) {
            application.attach(d.kind(), d.fileName(), d.mediaType(), d.content(), d.sha256(), now);
        }
    }

    private static ApplicationDetails checked(ApplicationDetails details) {
        ApplicationRules.Checked checked = ApplicationRules.check(details, Year.now(CenterDates.CENTER_ZONE).getValue());
        if (!checked.valid()) {
            throw new IntakeRuleViolation("intake.notSaved", checked.problems());
        }
        return checked.details();
    }

    private String unusedReference() {
        while (true) {
            String reference = references.next();
            if (em.createNamedQuery(IntakeApplication.REFERENCE_TAKEN, Long.class).setParameter("reference", reference).getSingleResult() == 0) {
                return reference;
            }
        }
    }
}
