package ma.maharat.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.maharat.intake.control.ApplicationDocuments;
import ma.maharat.intake.control.Assessments;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeLimits;
import ma.maharat.intake.control.IntakeProblem;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.control.References;
import ma.maharat.intake.entity.Assessment;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.AssessmentPhoto;
import ma.maharat.intake.entity.DocumentKind;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.Topic;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * The field visit's needs assessment ({@code /author/assessment.xhtml?application=}), for trainers and
 * administrators (web.xml lets only them into /author/; checked again here), laid out for a tablet or a
 * phone. Without an application it lists the applications of the calls to visit.
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "assessment:";

    @Inject
    transient Assessments assessments;

    @Inject
    transient Intake intake;

    @Inject
    transient PageMessages messages;

    private IntakeApplication application;
    private boolean notFound;
    private boolean assessed;
    private List<IntakeCall> calls = List.of();
    private Map<Long, List<IntakeApplication>> applicationsByCall = Map.of();
    private Map<Long, Assessment> visits = Map.of();
    private List<AssessmentPhoto> savedPhotos = List.of();
    private String visitedBy;

    private LocalDate visitedOn;
    private String companions;
    private String observations;
    private final Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
    private final Map<Topic, String> comments = new EnumMap<>(Topic.class);
    private transient List<Part> photos;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole("TRAINER") && !external.isUserInRole("ADMIN")) {
            external.setResponseStatus(403);
            notFound = true;
            return;
        }
        String asked = external.getRequestParameterMap().get("application");
        if (asked == null) {
            calls = intake.calls();
            Map<Long, List<IntakeApplication>> byCall = new LinkedHashMap<>();
            Map<Long, Assessment> all = new HashMap<>();
            for (IntakeCall call : calls) {
                byCall.put(call.getId(), intake.applicationsOf(call.getId()).stream().filter(a -> !a.isWithdrawn()).toList());
                all.putAll(assessments.ofCall(call.getId()));
            }
            applicationsByCall = byCall;
            visits = all;
            return;
        }
        if (!asked.matches("[0-9]{1,12}")) {
            notFound(external);
            return;
        }
        try {
            application = assessments.application(Long.parseLong(asked));
        } catch (IntakeRuleViolation e) {
            notFound(external);
            return;
        }
        fill();
    }

    private void notFound(ExternalContext external) {
        notFound = true;
        external.setResponseStatus(404);
    }

    private void fill() {
        Assessment assessment = assessments.of(application.getId()).orElse(null);
        assessed = assessment != null;
        scores.clear();
        comments.clear();
        if (assessment == null) {
            visitedOn = LocalDate.now(CenterDates.CENTER_ZONE);
            companions = observations = null;
            savedPhotos = List.of();
            visitedBy = null;
            return;
        }
        AssessmentDetails d = assessment.details();
        visitedOn = d.visitedOn();
        companions = d.companions();
        observations = d.observations();
        scores.putAll(d.scores());
        comments.putAll(d.comments());
        savedPhotos = List.copyOf(assessment.getPhotos());
        visitedBy = assessment.getUpdatedBy() == null ? assessment.getVisitedBy() : assessment.getUpdatedBy();
    }

    public void save() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (application == null) {
            return;
        }
        try {
            Assessment saved = assessments.save(application.getId(), new AssessmentDetails(visitedOn, companions, scores, comments,
                    observations), checkedPhotos(), external.getRemoteUser());
            messages.info("selection.assessment.saved", saved.getApplication().getNameFr());
            photos = null;
            fill();
        } catch (IntakeRuleViolation e) {
            external.setResponseStatus(e.problems().stream().anyMatch(p -> p.messageKey().endsWith("tooLarge")) ? 413 : 400);
            messages.error(e);
            for (IntakeProblem problem : e.problems()) {
                String field = problem.field();
                if (field.startsWith("score-") || field.startsWith("comment-")) {
                    // The topics repeat one row's fields: name the topic in a message at the top.
                    List<Object> arguments = new ArrayList<>();
                    arguments.add(messages.text("selection.topic." + field.substring(field.indexOf('-') + 1).toUpperCase(Locale.ROOT)));
                    arguments.addAll(problem.arguments());
                    messages.error(null, problem.messageKey(), arguments.toArray());
                } else {
                    messages.error(FORM + field, problem.messageKey(), problem.arguments().toArray());
                }
            }
        }
    }

    private List<ApplicationDocuments.Checked> checkedPhotos() {
        IntakeLimits limits = intake.limits();
        ApplicationDocuments checker = new ApplicationDocuments(limits);
        List<ApplicationDocuments.Checked> checked = new ArrayList<>();
        List<IntakeProblem> problems = new ArrayList<>();
        List<Part> sent = photos == null ? List.of() : photos.stream().filter(p -> p.getSize() > 0).toList();
        if (sent.size() > limits.files()) {
            throw new IntakeRuleViolation("intake.notSaved", List.of(new IntakeProblem("photos", "intake.file.tooMany", List.of(limits.files()))));
        }
        for (Part part : sent) {
            String name = part.getSubmittedFileName();
            if (part.getSize() > limits.fileBytes()) {
                // Refused before its bytes are read.
                problems.add(new IntakeProblem("photos", "intake.file.tooLarge", List.of(name == null ? "" : name, limits.fileBytes() / (1024 * 1024))));
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                checked.add(checker.check("photos", DocumentKind.PHOTO, name, in.readNBytes((int) limits.fileBytes() + 1)));
            } catch (IntakeRuleViolation e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new IntakeProblem("photos", "intake.file.unreadable", List.of(name == null ? "" : name)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IntakeRuleViolation("intake.notSaved", problems);
        }
        return checked;
    }

    public String grouped(String reference) {
        return References.grouped(reference);
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<Integer> getScale() {
        return List.of(0, 1, 2, 3, 4);
    }

    public boolean assessed(IntakeApplication a) {
        return visits.containsKey(a.getId());
    }

    public List<IntakeApplication> applicationsOf(IntakeCall call) {
        return applicationsByCall.getOrDefault(call.getId(), List.of());
    }

    public boolean isListing() {
        return application == null && !notFound;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isAssessed() {
        return assessed;
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public IntakeApplication getApplication() {
        return application;
    }

    public List<IntakeCall> getCalls() {
        return calls;
    }

    public List<AssessmentPhoto> getSavedPhotos() {
        return savedPhotos;
    }

    /** Through PageMessages, which isolates a Latin username inside an Arabic sentence. */
    public String getLastByText() {
        return messages.text("selection.assessment.lastBy", visitedBy);
    }

    public String getMembersText() {
        return application == null ? "" : messages.text("selection.members", application.getMembers(), application.getWomenMembers());
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public LocalDate getToday() {
        return LocalDate.now(CenterDates.CENTER_ZONE);
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate v) {
        visitedOn = v;
    }

    public String getCompanions() {
        return companions;
    }

    public void setCompanions(String v) {
        companions = v;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String v) {
        observations = v;
    }

    public Map<Topic, Integer> getScores() {
        return scores;
    }

    public Map<Topic, String> getComments() {
        return comments;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> v) {
        photos = v;
    }
}
