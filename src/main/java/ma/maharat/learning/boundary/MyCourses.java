package ma.maharat.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.learning.control.Learning;

/** "My courses": the trainee's courses with progress, a continue button, and locked ones with the reason. */
@Named
@RequestScoped
public class MyCourses {

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    private List<Learning.CourseCard> cards;

    @PostConstruct
    void load() {
        cards = learning.myCourses(currentUser.required().accountId());
    }

    public List<Learning.CourseCard> getCards() {
        return cards;
    }

    /** The lesson code to continue with in a course, for the "continue" link. */
    public String lessonToContinue(Learning.CourseCard card) {
        return card.progress().lessonToContinue()
                .flatMap(id -> card.course().currentLessons().stream().filter(l -> l.getId().equals(id)).findFirst())
                .map(l -> l.getCode()).orElse("");
    }
}
