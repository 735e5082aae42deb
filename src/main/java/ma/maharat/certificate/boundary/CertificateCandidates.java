package ma.maharat.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.certificate.control.Candidate;
import ma.maharat.certificate.control.CertificateEligibility;
import ma.maharat.certificate.control.CertificateEligibility.GroupKind;
import ma.maharat.certificate.control.CertificateIssuing;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.EligibilityReport;
import ma.maharat.certificate.control.ProgrammeTitles;
import ma.maharat.certificate.control.WhatSheMisses;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import org.omnifaces.cdi.ViewScoped;

/**
 * The preview on the administrators' certificates page: the eligibility of a cohort or a cooperative for
 * a course's certificate, or of a cohort for its whole programme's (who will receive one, who already
 * holds one, and what the others miss, course by course), the PDF each would receive, and issuing one.
 * Issuing to all of them is {@link BulkIssuing}'s; the list of issued certificates {@link CertificateSearch}'s.
 */
@Named
@ViewScoped
public class CertificateCandidates implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the certificates are for: one course, or the whole programme of a cohort. */
    public enum AwardKind { COURSE, PROGRAMME }

    @Inject
    transient CertificateEligibility eligibility;

    @Inject
    transient CertificateIssuing issuing;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient Cooperatives cooperatives;

    @Inject
    transient PageMessages messages;

    @Inject
    transient LanguageSelection language;

    @Inject
    CertificateSearch search;

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

    @PostConstruct
    void load() {
        courses = eligibility.courses();
        allCohorts = cohorts.all();
        allCooperatives = cooperatives.all();
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
                report = eligibility.programmeEligibility(cohortId);
            } else {
                Long groupId = groupKind == GroupKind.COHORT ? cohortId : cooperativeId;
                if (courseId == null || groupId == null) {
                    messages.error(null, "certificates.chooseCourseAndGroup");
                    return;
                }
                report = eligibility.eligibility(courseId, groupKind, groupId);
            }
            candidates = report.candidates();
        } catch (CertificateRuleViolation e) {
            messages.error(e);
        }
    }

    public void issue(Candidate candidate) {
        try {
            Certificate certificate = report != null && report.programme() != null
                    ? issuing.issueForProgramme(report.programme().getId(), candidate.accountId())
                    : issuing.issue(courseId, candidate.accountId());
            messages.info("certificates.issued", certificate.getNumber(), certificate.holderNameIn(language.getCode()));
        } catch (CertificateRuleViolation e) {
            messages.error(e);
        }
        show();
        search.find();
    }

    /** What she still misses, in the reader's words ({@link WhatSheMisses}). */
    public String missing(Candidate candidate) {
        return new WhatSheMisses(messages::text, language.getCode(), language.isRightToLeft(), report == null ? null : report.lessons())
                .of(candidate);
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

    /** The eligibility shown, or null before one is shown. */
    public EligibilityReport getReport() {
        return report;
    }
}
