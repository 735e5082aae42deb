package ma.maharat.practical.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.practical.control.PracticalRuleViolation;
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

    private List<PracticalWork.TaskResult> results = List.of();

    @PostConstruct
    void load() {
        String course = request.getParameter("code");
        if (course == null || currentUser.get().isEmpty()) {
            return;
        }
        try {
            results = practicalWork.resultsOf(currentUser.required().accountId(), course);
        } catch (PracticalRuleViolation e) {
            // Not her course: the course page says so.
            results = List.of();
        }
    }

    public List<PracticalWork.TaskResult> getResults() {
        return results;
    }

    public String thumbnailAddress(SignOffPhoto photo) {
        return PhotoServlet.address(request.getContextPath(), photo.getId(), true);
    }

    public String photoAddress(SignOffPhoto photo) {
        return PhotoServlet.address(request.getContextPath(), photo.getId(), false);
    }
}
