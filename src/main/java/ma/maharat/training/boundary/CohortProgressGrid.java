package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.CohortProgress;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.FallingBehind;
import ma.maharat.training.control.ProgrammeProgress;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CourseTreatment;

/**
 * The trainers' progress grids: the cohorts ({@code /trainer/cohorts.xhtml}) and, for one cohort
 * ({@code /trainer/cohort-progress.xhtml?cohort=…&course=…}), a small chart of the cohort's progress in
 * each course of its programme, a picker of the course, and that one course's table: trainees (a link to
 * each one's page) by lessons (titles in full, wrapped), the final quiz, and who is behind
 * ({@link FallingBehind}). One course at a time: all of them one under the other made a 7,000-px page.
 *
 * <p>A trainer sees the cohorts they are assigned to ({@link TrainerAssignments}), and only those: the
 * grid of another cohort says it is not theirs and shows nothing.
 */
@Named
@RequestScoped
public class CohortProgressGrid {

    @Inject
    Cohorts cohorts;

    @Inject
    CohortProgress cohortProgress;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    TrainerAssignments assignments;

    @Inject
    CurrentUser currentUser;

    /** A column: a current lesson of the course. */
    public record LessonColumn(String title) {}

    /**
     * A trainee's row in one course's table; {@code bestPercent} is null before a finished final-quiz attempt;
     * {@code treatment} is how her cooperative's personalised programme treats the course (ADR 23).
     */
    public record TraineeRow(long accountId, String username, String name, String cooperative, List<Boolean> done, int lessonsDone,
            int lessonCount, BigDecimal bestPercent, boolean passed, boolean behind, int practicalSigned, CourseTreatment treatment) {

        public TraineeRow(long accountId, String username, String name, String cooperative, List<Boolean> done, int lessonsDone,
                int lessonCount, BigDecimal bestPercent, boolean passed, boolean behind, int practicalSigned) {
            this(accountId, username, name, cooperative, done, lessonsDone, lessonCount, bestPercent, passed, behind, practicalSigned,
                    CourseTreatment.FULL);
        }

        public boolean personalised() {
            return treatment != CourseTreatment.FULL;
        }
    }

    /**
     * One course's table; {@code median} is the cohort's median of lessons done, the line under which a
     * trainee is behind; {@code practicalTasks} its current practical tasks (no column when there is none).
     */
    public record CourseGrid(String code, String title, List<LessonColumn> lessons, List<TraineeRow> trainees, double median,
            int practicalTasks) {}

    private Cohort cohort;
    private List<CourseGrid> courses = List.of();
    private List<Cohort> all;
    private Map<Long, Long> traineeCounts;
    private boolean notAssigned;

    @PostConstruct
    void init() {
        String id = request.getParameter("cohort");
        if (id == null) {
            return;
        }
        try {
            long cohortId = Long.parseLong(id);
            if (!assignments.isAssignedToCohort(currentUser.required().accountId(), cohortId)) {
                // Said in the page itself: the page's messages are already written when this bean starts.
                notAssigned = true;
                return;
            }
            CohortProgress.Report report = cohortProgress.of(cohortId);
            cohort = report.cohort();
            courses = grids(report);
        } catch (NumberFormatException e) {
            cohort = null;
        } catch (CohortRuleViolation e) {
            messages.error(e);
        }
    }

    private List<CourseGrid> grids(CohortProgress.Report report) {
        String code = language.getCode();
        boolean rtl = language.isRightToLeft();
        List<Course> programme = report.cohort().getProgramme();
        List<CourseGrid> grids = new ArrayList<>();
        for (int i = 0; i < programme.size(); i++) {
            int index = i;
            Course course = programme.get(i);
            List<Lesson> lessons = course.currentLessons();
            List<ProgrammeProgress.CourseStanding> standings = report.trainees().stream()
                    .map(t -> t.progress().courses().get(index)).toList();
            List<Integer> done = standings.stream().map(ProgrammeProgress.CourseStanding::lessonsDone).toList();
            List<Boolean> behind = FallingBehind.of(done);
            List<TraineeRow> rows = new ArrayList<>();
            for (int t = 0; t < report.trainees().size(); t++) {
                CohortProgress.TraineeProgress trainee = report.trainees().get(t);
                ProgrammeProgress.CourseStanding standing = standings.get(t);
                BigDecimal best = trainee.finalQuizBest().get(course.getId());
                rows.add(new TraineeRow(trainee.accountId(), trainee.username(),
                        rtl && trainee.fullNameAr() != null && !trainee.fullNameAr().isBlank() ? trainee.fullNameAr() : trainee.fullName(),
                        rtl && trainee.cooperativeAr() != null && !trainee.cooperativeAr().isBlank() ? trainee.cooperativeAr() : trainee.cooperative(),
                        lessons.stream().map(l -> trainee.lessonsDone().contains(l.getId())).toList(),
                        standing.lessonsDone(), standing.lessonCount(),
                        best == null ? null : best.movePointRight(2).setScale(1, RoundingMode.HALF_UP),
                        standing.finalQuizPassed(), behind.get(t), trainee.practicalSignedIn(course.getId()), standing.treatment()));
            }
            grids.add(new CourseGrid(course.getCode(), course.getTitle().in(code),
                    lessons.stream().map(l -> new LessonColumn(l.getTitle().in(code))).toList(), rows, FallingBehind.median(done),
                    report.practicalTasksOf(course.getId())));
        }
        return List.copyOf(grids);
    }

    /** The course picked ({@code course=} its code), else the first of the programme; null when the programme is empty. */
    public CourseGrid getShown() {
        String asked = request.getParameter("course");
        return courses.stream().filter(c -> c.code().equals(asked)).findFirst().orElse(courses.isEmpty() ? null : courses.get(0));
    }

    /** The course shown, as a list of one (none when the programme is empty), for the page to name it once. */
    public List<CourseGrid> getShownCourses() {
        CourseGrid shown = getShown();
        return shown == null ? List.of() : List.of(shown);
    }

    /** Finished, started, not started: the chart's figures for one course, also printed under it. */
    public List<Integer> counts(CourseGrid course) {
        return java.util.Arrays.stream(CohortChart.counts(course)).boxed().toList();
    }

    /** The chart of the cohort's progress per course (Chart.js configuration, drawn by PrimeFaces' own p:chart). */
    public String getChart() {
        return CohortChart.of(courses, messages::text, language.isRightToLeft());
    }

    /** Whether the cohort asked for is not one of the trainer's (nothing of it is shown). */
    public boolean isNotAssigned() {
        return notAssigned;
    }

    /** The cohort shown, or null on the list or for an unknown one. */
    public Cohort getCohort() {
        return cohort;
    }

    public List<CourseGrid> getCourses() {
        return courses;
    }

    /** The cohorts the trainer is assigned to, latest first. */
    public List<Cohort> getCohorts() {
        if (all == null) {
            var mine = assignments.cohortIdsOf(currentUser.required().accountId());
            all = cohorts.all().stream().filter(c -> mine.contains(c.getId())).toList();
        }
        return all;
    }

    public long traineesOf(Cohort listed) {
        if (traineeCounts == null) {
            traineeCounts = cohorts.traineeCounts();
        }
        return traineeCounts.getOrDefault(listed.getId(), 0L);
    }
}
