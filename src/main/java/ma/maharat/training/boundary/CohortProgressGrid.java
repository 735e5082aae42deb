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

/**
 * The trainers' progress grids: the cohorts ({@code /trainer/cohorts.xhtml}) and, for one cohort
 * ({@code /trainer/cohort-progress.xhtml?cohort=…}), a table per course of its programme: trainees by
 * lessons, the final quiz, and who is behind ({@link FallingBehind}).
 *
 * <p>A trainer sees the cohorts they are assigned to ({@link TrainerAssignments}), and only those: the
 * grid of another cohort says it is not theirs and shows nothing.
 */
@Named
@RequestScoped
public class CohortProgressGrid {

    /** Longest lesson title shown in a column header; the full title is in the header's tooltip. */
    private static final int SHORT_TITLE = 18;

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
    public record LessonColumn(String title, String shortTitle) {}

    /** A trainee's row in one course's table; {@code bestPercent} is null before a finished final-quiz attempt. */
    public record TraineeRow(String username, String name, String cooperative, List<Boolean> done, int lessonsDone,
            int lessonCount, BigDecimal bestPercent, boolean passed, boolean behind, int practicalSigned) {}

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
                rows.add(new TraineeRow(trainee.username(),
                        rtl && trainee.fullNameAr() != null && !trainee.fullNameAr().isBlank() ? trainee.fullNameAr() : trainee.fullName(),
                        rtl && trainee.cooperativeAr() != null && !trainee.cooperativeAr().isBlank() ? trainee.cooperativeAr() : trainee.cooperative(),
                        lessons.stream().map(l -> trainee.lessonsDone().contains(l.getId())).toList(),
                        standing.lessonsDone(), standing.lessonCount(),
                        best == null ? null : best.movePointRight(2).setScale(1, RoundingMode.HALF_UP),
                        standing.finalQuizPassed(), behind.get(t), trainee.practicalSignedIn(course.getId())));
            }
            grids.add(new CourseGrid(course.getCode(), course.getTitle().in(code),
                    lessons.stream().map(l -> column(l.getTitle().in(code))).toList(), rows, FallingBehind.median(done),
                    report.practicalTasksOf(course.getId())));
        }
        return List.copyOf(grids);
    }

    private static LessonColumn column(String title) {
        return new LessonColumn(title, title.length() <= SHORT_TITLE ? title : title.substring(0, SHORT_TITLE - 1).strip() + "…");
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
