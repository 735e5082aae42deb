package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.identity.boundary.CurrentUser;
import jakarta.faces.view.ViewScoped;

/** The authors' start page: the courses they may edit, each with its published version and its draft. */
@Named
@ViewScoped
public class AuthorCourses implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Drafts drafts;

    @Inject
    transient CurrentUser currentUser;

    private List<Drafts.AuthoredCourse> courses;

    @PostConstruct
    void load() {
        courses = drafts.coursesFor(currentUser.required());
    }

    public List<Drafts.AuthoredCourse> getCourses() {
        return courses;
    }
}
