package ma.maharat.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.Certificates;
import ma.maharat.certificate.control.Certificates.Candidate;
import ma.maharat.certificate.control.Certificates.CourseStanding;
import ma.maharat.certificate.control.Certificates.EligibilityReport;
import ma.maharat.certificate.control.Certificates.GroupKind;
import ma.maharat.certificate.control.ProgrammeTitles;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' certificates page: the eligibility of a cohort or a cooperative for a course's
 * certificate, or of a cohort for its whole programme's (who will receive one, who already holds one,
 * and what the others miss, course by course), issuing one or all of them,
 * and the list of issued certificates with a search. Bulk issuing is the preview's list, issued
 * {@value #BATCH} at a time by the page's poll, each batch in its own transaction: 400 certificates
 * never make one long request, the progress bar moves, and a run broken off is simply started again
 * (batches skip whoever already holds one).
 */
@Named
@ViewScoped
public class ManageCertificates implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int BATCH = 20;
    private static final int LISTED = 200;

    /** What the certificates are for: one course, or the whole programme of a cohort. */
    public enum AwardKind { COURSE, PROGRAMME }

    @Inject
    transient Certificates certificates;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient Cooperatives cooperatives;

    @Inject
    transient PageMessages messages;

    @Inject
    transient LanguageSelection language;

    private List<Course> courses;
    private List<Cohort> allCohorts;
    private List<Cooperative> allCooperatives;

    private AwardKind awardKind = AwardKind.COURSE;
    private Long courseId;
    private GroupKind groupKind = GroupKind.COHORT;
    private Long cohortId;
    private Long cooperativeId;
    private EligibilityReport report;
    private List<Candidate> candidates = List.of();

    private final Deque<Long> pending = new ArrayDeque<>();
    private int bulkTotal;
    private int bulkIssued;
    private int bulkSkipped;
    private boolean bulkRunning;

    private String search;
    private List<Certificate> found;

    @PostConstruct
    void load() {
        courses = certificates.courses();
        allCohorts = cohorts.all();
        allCooperatives = cooperatives.all();
        found = certificates.search(search, LISTED);
    }

    /** Shows the eligibility of the chosen course and group, or of the cohort for its programme: the preview of bulk issuing. */
    public void show() {
        report = null;
        candidates = List.of();
        try {
            if (isForProgramme()) {
                if (cohortId == null) {
                    messages.error(null, "certificates.chooseCohort");
                    return;
                }
                report = certificates.programmeEligibility(cohortId);
            } else {
                Long groupId = groupKind == GroupKind.COHORT ? cohortId : cooperativeId;
                if (courseId == null || groupId == null) {
                    messages.error(null, "certificates.chooseCourseAndGroup");
                    return;
                }
                report = certificates.eligibility(courseId, groupKind, groupId);
            }
            candidates = report.candidates();
        } catch (CertificateRuleViolation e) {
            messages.error(e);
        }
    }

    public void issue(Candidate candidate) {
        try {
            Certificate certificate = report != null && report.programme() != null
                    ? certificates.issueForProgramme(report.programme().getId(), candidate.accountId())
                    : certificates.issue(courseId, candidate.accountId());
            messages.info("certificates.issued", certificate.getNumber(), certificate.holderNameIn(language.getCode()));
        } catch (CertificateRuleViolation e) {
            messages.error(e);
        }
        show();
        found = certificates.search(search, LISTED);
    }

    /** Starts issuing to everyone the preview says will receive one; the poll does the work. */
    public void startBulk() {
        show();
        if (report == null) {
            return;
        }
        pending.clear();
        pending.addAll(report.toIssue());
        bulkTotal = pending.size();
        bulkIssued = 0;
        bulkSkipped = 0;
        bulkRunning = bulkTotal > 0;
        if (!bulkRunning) {
            messages.info("certificates.nobodyToIssue");
        }
    }

    /** One batch, called by the poll while bulk issuing runs. */
    public void issueNextBatch() {
        if (!bulkRunning) {
            return;
        }
        List<Long> batch = new ArrayList<>();
        while (!pending.isEmpty() && batch.size() < BATCH) {
            batch.add(pending.poll());
        }
        try {
            Certificates.BatchOutcome outcome = report.programme() != null
                    ? certificates.issueProgrammeBatch(report.programme().getId(), batch)
                    : certificates.issueBatch(courseId, batch);
            bulkIssued += outcome.issuedNumbers().size();
            bulkSkipped += outcome.skipped();
        } catch (CertificateRuleViolation e) {
            messages.error(e);
            pending.clear();
        }
        if (pending.isEmpty()) {
            bulkRunning = false;
            messages.info("certificates.bulkDone", bulkIssued, bulkSkipped);
            show();
            found = certificates.search(search, LISTED);
        }
    }

    public void find() {
        found = certificates.search(search, LISTED);
    }

    /**
     * What a trainee still misses, in words: not enrolled, lessons, quizzes, practical tasks; for a
     * programme, each course she has not completed is named first.
     */
    public String missing(Candidate candidate) {
        String lang = language.getCode();
        List<String> courses = new ArrayList<>();
        for (CourseStanding standing : candidate.incomplete()) {
            String detail = missing(standing, lang);
            courses.add(candidate.standings().size() == 1 ? detail
                    : messages.text("certificates.missing.inCourse", standing.course().getTitle().in(lang), detail));
        }
        return String.join(" — ", courses);
    }

    private String missing(CourseStanding standing, String lang) {
        var verdict = standing.eligibility();
        List<String> parts = new ArrayList<>();
        if (!verdict.enrolled()) {
            parts.add(messages.text("certificates.missing.notEnrolled"));
        }
        if (verdict.isCourseEmpty()) {
            parts.add(messages.text("certificates.missing.noLessons"));
        }
        if (!verdict.lessonsMissing().isEmpty()) {
            parts.add(messages.text("certificates.missing.lessons", verdict.lessonsMissing().size(),
                    verdict.lessonsMissing().stream().map(id -> lessonTitle(id, lang)).collect(Collectors.joining(separator()))));
        }
        if (!verdict.quizzesMissing().isEmpty()) {
            parts.add(messages.text("certificates.missing.quizzes", verdict.quizzesMissing().stream()
                    .map(scope -> quizName(standing.course(), scope, lang)).collect(Collectors.joining(separator()))));
        }
        if (!verdict.tasksMissing().isEmpty()) {
            parts.add(messages.text("certificates.missing.tasks", verdict.tasksMissing().size()));
        }
        return String.join(" · ", parts);
    }

    private String separator() {
        return language.isRightToLeft() ? "، " : ", ";
    }

    private String lessonTitle(long lessonId, String lang) {
        Lesson lesson = report == null ? null : report.lessons().get(lessonId);
        return lesson == null ? "#" + lessonId : lesson.getTitle().in(lang);
    }

    private String quizName(Course course, String scope, String lang) {
        if (Quiz.COURSE_SCOPE.equals(scope)) {
            return messages.text("certificates.finalQuiz");
        }
        return report == null ? scope : report.lessons().values().stream()
                .filter(l -> l.getCode().equals(scope) && l.getCourse().getId().equals(course.getId())).findFirst()
                .map(l -> messages.text("certificates.lessonQuiz", l.getTitle().in(lang))).orElse(scope);
    }

    /** The address of the PDF this trainee's certificate would have, to look at before issuing (CertificatePreviews). */
    public String previewAddress(Candidate candidate) {
        if (report == null) {
            return null;
        }
        return "certificate-preview.pdf?" + (report.programme() != null ? "cohort=" + report.programme().getId()
                : "course=" + report.course().getId()) + "&holder=" + candidate.accountId();
    }

    /** Before issuing to all: the preview of the first certificate the run would issue, or null when none would be. */
    public String getFirstPreviewAddress() {
        return candidates.stream().filter(Candidate::willReceive).findFirst().map(this::previewAddress).orElse(null);
    }

    /** What the confirmation before issuing one certificate says: to whom, for what. */
    public String issueConfirmation(Candidate candidate) {
        return messages.text("certificates.issueOneConfirm", holderName(candidate), getCourseTitle());
    }

    /** What the confirmation before issuing in bulk says: how many certificates, for what. */
    public String getIssueAllConfirmation() {
        return messages.text("certificates.issueAllConfirmCount", getWillReceive(), getCourseTitle());
    }

    public String holderName(Candidate candidate) {
        return language.isRightToLeft() && candidate.fullNameAr() != null && !candidate.fullNameAr().isBlank()
                ? candidate.fullNameAr() : candidate.fullName();
    }

    public String cooperativeName(Candidate candidate) {
        return language.isRightToLeft() && candidate.cooperativeAr() != null ? candidate.cooperativeAr() : candidate.cooperativeFr();
    }

    public long getWillReceive() {
        return report == null ? 0 : report.count(Candidate::willReceive);
    }

    public long getAlreadyHolding() {
        return report == null ? 0 : report.count(Candidate::hasCertificate);
    }

    public long getNotEligible() {
        return report == null ? 0 : report.count(c -> !c.hasCertificate() && !c.isEligible());
    }

    public int getBulkPercent() {
        return bulkTotal == 0 ? 0 : (bulkTotal - pending.size()) * 100 / bulkTotal;
    }

    public int getBulkProcessed() {
        return bulkTotal - pending.size();
    }

    public boolean isShown() {
        return report != null;
    }

    /** The course's title, or the programme's with the cohort's name. */
    public String getCourseTitle() {
        if (report == null) {
            return "";
        }
        return report.programme() != null ? ProgrammeTitles.of(report.programme().getName(), language.getCode())
                : report.course().getTitle().in(language.getCode());
    }

    public boolean isForProgramme() {
        return awardKind == AwardKind.PROGRAMME;
    }

    public AwardKind[] getAwardKinds() {
        return AwardKind.values();
    }

    public AwardKind getAwardKind() {
        return awardKind;
    }

    public void setAwardKind(AwardKind awardKind) {
        this.awardKind = awardKind == null ? AwardKind.COURSE : awardKind;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public List<Cohort> getCohorts() {
        return allCohorts;
    }

    public List<Cooperative> getCooperatives() {
        return allCooperatives;
    }

    public GroupKind[] getGroupKinds() {
        return GroupKind.values();
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public GroupKind getGroupKind() {
        return groupKind;
    }

    public void setGroupKind(GroupKind groupKind) {
        this.groupKind = groupKind;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public boolean isBulkRunning() {
        return bulkRunning;
    }

    public int getBulkTotal() {
        return bulkTotal;
    }

    public int getBulkIssued() {
        return bulkIssued;
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
