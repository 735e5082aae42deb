package ma.maharat.practical.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.practical.control.PracticalRuleViolation;
import ma.maharat.practical.control.PracticalWaiver;
import ma.maharat.practical.control.PracticalWork;
import ma.maharat.practical.entity.SignOffPhoto;

/**
 * A trainee's practical tasks on her course page ({@code learn/course.xhtml?code=}): each task with her
 * result once a trainer signed it off — the level reached for each criterion and what it means, the
 * comment, the photos. Only hers: the course page's own checks say when the course is not hers.
 */
@Named
@RequestScoped
public class MyPracticalWork {

    @Inject
    PracticalWork practicalWork;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<PracticalWaiver> waivers;

    private List<PracticalWork.TaskResult> results = List.of();
    private boolean waived;

    @PostConstruct
    void load() {
        String course = request.getParameter("code");
        if (course == null || currentUser.get().isEmpty()) {
            return;
        }
        try {
            long trainee = currentUser.required().accountId();
            results = practicalWork.resultsOf(trainee, course);
            waived = !results.isEmpty() && waivers.stream()
                    .anyMatch(w -> w.isWaived(trainee, results.get(0).task().getCourse().getId()));
        } catch (PracticalRuleViolation e) {
            // Not her course: the course page says so.
            results = List.of();
        }
    }

    public List<PracticalWork.TaskResult> getResults() {
        return results;
    }

    /** Whether her personalised programme shortens the course: its practical work is not required of her (ADR 23). */
    public boolean isWaived() {
        return waived;
    }

    public String thumbnailAddress(SignOffPhoto photo) {
        return PhotoServlet.address(request.getContextPath(), photo.getId(), true);
    }

    public String photoAddress(SignOffPhoto photo) {
        return PhotoServlet.address(request.getContextPath(), photo.getId(), false);
    }
}
