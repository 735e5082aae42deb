package ma.maharat.quiz.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.learning.boundary.CoursePage;
import ma.maharat.learning.control.Learning;
import ma.maharat.quiz.control.Diagnostics;

/**
 * The diagnostic quiz on a trainee's course page ({@code /learn/course.xhtml}): "What I already know" at the
 * top before her first lesson, "What I learned" beside the final quiz once her lessons are done. Skippable:
 * nothing here ever blocks a lesson.
 */
@Named
@RequestScoped
public class MyDiagnostic {

    @Inject
    CoursePage coursePage;

    @Inject
    Diagnostics diagnostics;

    @Inject
    CurrentUser currentUser;

    private Diagnostics.DiagnosticOffer offer;
    private boolean loaded;

    /** Her offer on this page, or null when the course has none, is locked, or nothing is to be taken now. */
    public Diagnostics.DiagnosticOffer getOffer() {
        if (!loaded) {
            loaded = true;
            Learning.CourseOutline outline = coursePage.getOutline();
            if (outline != null && !outline.isLocked()) {
                offer = diagnostics.of(currentUser.required().accountId(), outline.course().getCode(),
                        outline.progress().lessonsDone(), outline.progress().lessonCount())
                        .filter(Diagnostics.DiagnosticOffer::isShown).orElse(null);
            }
        }
        return offer;
    }

    /** Where "skip" leads: the course's first lesson. */
    public String getFirstLessonCode() {
        return coursePage.getOutline().course().currentLessons().stream().findFirst().map(Lesson::getCode).orElse(null);
    }
}
