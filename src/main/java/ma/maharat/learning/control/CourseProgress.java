package ma.maharat.learning.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How far a trainee is in a course, computed from the course's current lessons (in order, with their
 * minutes) and the lessons she has done. Pure: the pages, the API and the tests share it.
 */
public record CourseProgress(int lessonsDone, int lessonCount, int minutesLeft, Long resumeAt) implements Serializable {

    /** A lesson as progress needs it. */
    public record LessonStep(long lessonId, int minutes) {}

    /**
     * @param lessons the course's current lessons in reading order
     * @param done ids of the lessons the trainee has done (archived ones may be among them)
     * @param lastOpened the lesson she opened last, if any
     */
    public static CourseProgress of(List<LessonStep> lessons, Set<Long> done, Optional<Long> lastOpened) {
        int lessonsDone = 0;
        int minutesLeft = 0;
        Long firstNotDone = null;
        for (LessonStep lesson : lessons) {
            if (done.contains(lesson.lessonId())) {
                lessonsDone++;
            } else {
                minutesLeft += lesson.minutes();
                if (firstNotDone == null) {
                    firstNotDone = lesson.lessonId();
                }
            }
        }
        Optional<Long> firstToDo = Optional.ofNullable(firstNotDone);
        Optional<Long> resume = lastOpened
                .filter(id -> lessons.stream().anyMatch(l -> l.lessonId() == id) && !done.contains(id))
                .or(() -> firstToDo)
                .or(() -> lessons.isEmpty() ? Optional.empty() : Optional.of(lessons.get(0).lessonId()));
        return new CourseProgress(lessonsDone, lessons.size(), minutesLeft, resume.orElse(null));
    }

    /**
     * The lesson to open to go on, none for a course without lessons. Kept as a plain {@code Long} inside, because
     * a trainee's page keeps her progress in her session and an {@code Optional} does not serialize.
     */
    public Optional<Long> lessonToContinue() {
        return Optional.ofNullable(resumeAt);
    }

    public boolean isComplete() {
        return lessonCount > 0 && lessonsDone == lessonCount;
    }

    /** Whole percent, rounded down so that 100 means every lesson is done. */
    public int percent() {
        return lessonCount == 0 ? 0 : lessonsDone * 100 / lessonCount;
    }
}
