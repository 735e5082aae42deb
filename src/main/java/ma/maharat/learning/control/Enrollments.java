package ma.maharat.learning.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.entity.Enrollment;

/** Administrators enroll trainees into courses, one by one or many at once from a list. */
@Stateless
public class Enrollments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProgressChanged> progressChanged;

    /** What an enrolment request did: who was enrolled, who already was, which lines were refused. */
    public record Outcome(List<String> enrolled, List<String> alreadyEnrolled, List<String> refused) {}

    public List<Course> courses() {
        return em.createNamedQuery(Course.ALL, Course.class).getResultList();
    }

    public List<Enrollment> ofCourse(long courseId) {
        return em.createNamedQuery(Enrollment.OF_COURSE, Enrollment.class).setParameter("course", courseId).getResultList();
    }

    /** Enrolls the trainees with these account ids; others are refused by name. */
    public Outcome enroll(long courseId, Collection<Long> traineeIds) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new LearningRuleViolation("enrollment.courseNotFound");
        }
        List<String> enrolled = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<Long, Enrollment> existing = ofCourse(courseId).stream()
                .collect(Collectors.toMap(e -> e.getTrainee().getId(), Function.identity()));
        for (Long id : traineeIds) {
            Account trainee = em.find(Account.class, id);
            if (trainee == null || trainee.getRole() != Role.TRAINEE || !trainee.isActive()) {
                refused.add(trainee == null ? "#" + id : trainee.getUsername());
            } else if (existing.containsKey(id)) {
                already.add(trainee.getUsername());
            } else {
                Enrollment enrollment = new Enrollment(trainee, course);
                em.persist(enrollment);
                progressChanged.fire(new ProgressChanged(id));
                existing.put(id, enrollment);
                enrolled.add(trainee.getUsername());
            }
        }
        return new Outcome(enrolled, already, refused);
    }

    /**
     * Enrolls the trainees named in a pasted list: one username per line (blank lines and text after
     * a '#' ignored). Every line is checked before anyone is enrolled; unknown usernames are refused
     * with their line number and nobody is enrolled.
     */
    public Outcome enrollList(long courseId, String usernames) {
        List<Long> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String[] lines = usernames == null ? new String[0] : usernames.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String username = Account.normalizeUsername(lines[i].replaceAll("#.*$", ""));
            if (username.isEmpty()) {
                continue;
            }
            List<Account> found = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username).getResultList();
            if (found.isEmpty() || found.get(0).getRole() != Role.TRAINEE) {
                unknown.add((i + 1) + ": " + username);
            } else {
                ids.add(found.get(0).getId());
            }
        }
        if (!unknown.isEmpty()) {
            return new Outcome(List.of(), List.of(), unknown);
        }
        return enroll(courseId, ids);
    }
}
