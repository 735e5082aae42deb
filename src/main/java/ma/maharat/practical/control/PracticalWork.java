package ma.maharat.practical.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.RubricCriterion;
import ma.maharat.practical.entity.RubricLevel;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.practical.entity.SignOffPhoto;

/**
 * Practical work: the tasks of the courses, trainers signing off a trainee's task against its rubric
 * (with a comment and photos), the trainee's own results, and who may see a photo. A sign-off at a
 * passing level may complete the course, which {@link Learning} decides.
 */
@Stateless
public class PracticalWork {

    /** Longest comment kept with a sign-off. */
    public static final int MAX_COMMENT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignOffPermission permission;

    @Inject
    AuditTrail audit;

    @Inject
    Learning learning;

    /** A trainee of the task's course and her sign-off, if she has one. */
    public record TraineeStatus(Account trainee, SignOff signOff) implements Serializable {
        public boolean isSigned() {
            return signOff != null;
        }

        public boolean isPassed() {
            return signOff != null && signOff.isPassed();
        }
    }

    /** A task of a course and the trainee's sign-off of it, if any. */
    public record TaskResult(PracticalTask task, SignOff signOff) {
        public boolean isSigned() {
            return signOff != null;
        }

        /** The level the trainer gave for a criterion, or null before the sign-off. */
        public RubricLevel levelOf(RubricCriterion criterion) {
            return signOff == null ? null : signOff.levelOf(criterion).orElse(null);
        }
    }

    /** Every current task of every course, in programme order. */
    public List<PracticalTask> currentTasks() {
        return em.createNamedQuery(PracticalTask.CURRENT, PracticalTask.class).getResultList();
    }

    /**
     * The practical tasks a course requires before it is completed (current ones, in order). For the
     * certificates: with {@link #tasksSignedOff} it tells whether the practical part is done.
     */
    public List<PracticalTask> requiredTasks(long courseId) {
        return em.createNamedQuery(PracticalTask.CURRENT_OF_COURSE, PracticalTask.class).setParameter("course", courseId)
                .getResultStream().filter(PracticalTask::isRequired).toList();
    }

    /** The ids of the current tasks of a course the trainee has signed off at a passing level (for the certificates). */
    public Set<Long> tasksSignedOff(long traineeId, long courseId) {
        return Set.copyOf(em.createNamedQuery(SignOff.PASSED_TASKS_OF_TRAINEE_IN_COURSE, Long.class)
                .setParameter("trainee", traineeId).setParameter("course", courseId).getResultList());
    }

    /** A current task. @throws PracticalRuleViolation {@code practical.taskNotFound} */
    public PracticalTask task(long taskId) {
        PracticalTask task = em.find(PracticalTask.class, taskId);
        if (task == null || task.isArchived()) {
            throw new PracticalRuleViolation("practical.taskNotFound");
        }
        return task;
    }

    /** The trainees enrolled in the task's course whom this trainer may sign off, by name, with their sign-offs. */
    public List<TraineeStatus> trainees(long trainerId, long taskId) {
        PracticalTask task = task(taskId);
        long courseId = task.getCourse().getId();
        Map<Long, SignOff> signOffs = em.createNamedQuery(SignOff.OF_TASK, SignOff.class).setParameter("task", taskId)
                .getResultStream().collect(Collectors.toMap(s -> s.getTrainee().getId(), Function.identity()));
        return em.createNamedQuery(Enrollment.OF_COURSE, Enrollment.class).setParameter("course", courseId).getResultStream()
                .map(Enrollment::getTrainee)
                .filter(trainee -> trainee.isActive() && permission.maySignOff(trainerId, trainee.getId(), courseId))
                .map(trainee -> new TraineeStatus(trainee, signOffs.get(trainee.getId())))
                .toList();
    }

    /** The sign-off of a trainee's task, if there is one. */
    public Optional<SignOff> signOffOf(long traineeId, long taskId) {
        return em.createNamedQuery(SignOff.OF_TRAINEE_FOR_TASK, SignOff.class).setParameter("trainee", traineeId)
                .setParameter("task", taskId).getResultStream().findFirst();
    }

    /**
     * Records a trainer's sign-off, or replaces the one recorded before (levels, comment, photos), and
     * writes it to the audit log with the levels given (and those they replace).
     *
     * @throws PracticalRuleViolation when the task, the trainee, the permission, the levels, the comment or
     *         the number of photos breaks a rule
     */
    public SignOff signOff(long trainerId, SignOffRequest request) {
        PracticalTask task = task(request.taskId());
        long courseId = task.getCourse().getId();
        boolean enrolled = !em.createNamedQuery(Enrollment.OF_TRAINEE_IN_COURSE, Enrollment.class)
                .setParameter("trainee", request.traineeId()).setParameter("course", courseId).getResultList().isEmpty();
        if (!enrolled) {
            throw new PracticalRuleViolation("practical.notEnrolled");
        }
        if (!permission.maySignOff(trainerId, request.traineeId(), courseId)) {
            throw new PracticalRuleViolation("practical.notAllowed");
        }
        boolean passed = Rubric.of(task).passes(request.levels());
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new PracticalRuleViolation("practical.commentTooLong", MAX_COMMENT);
        }
        Instant now = Instant.now();
        Account trainer = em.find(Account.class, trainerId);
        SignOff signOff = signOffOf(request.traineeId(), task.getId()).orElse(null);
        boolean isNew = signOff == null;
        AuditMessage before = isNew ? null : describe(signOff);
        if (isNew) {
            signOff = new SignOff(task, em.find(Account.class, request.traineeId()), trainer, now);
        }
        List<SignOffPhoto> kept = signOff.getPhotos().stream().filter(p -> request.keptPhotoIds().contains(p.getId())).toList();
        if (kept.size() + request.newPhotos().size() > WorkPhotos.MAX_PHOTOS) {
            throw new PracticalRuleViolation("practical.tooManyPhotos", WorkPhotos.MAX_PHOTOS);
        }
        Map<RubricCriterion, RubricLevel> chosen = new LinkedHashMap<>();
        for (RubricCriterion criterion : task.currentCriteria()) {
            chosen.put(criterion, Rubric.level(criterion, request.levels().get(criterion.getId())));
        }
        signOff.assess(trainer, chosen, comment, passed, now);
        signOff.keepPhotos(kept);
        for (WorkPhotos.CleanPhoto photo : request.newPhotos()) {
            signOff.addPhoto(WorkPhotos.MEDIA_TYPE, photo.jpeg(), photo.thumbnail(), photo.width(), photo.height(), photo.sha256(), now);
        }
        if (isNew) {
            em.persist(signOff);
        }
        em.flush();
        String taskCode = task.getCourse().getCode() + "/" + task.getCode();
        String trainee = signOff.getTrainee().getUsername();
        if (isNew) {
            audit.record("signoff.recorded", "signoff", signOff.getId(), AuditMessage.of("audit.message.signoff.recorded", taskCode, trainee,
                    describe(signOff)));
        } else {
            audit.record("signoff.updated", "signoff", signOff.getId(), AuditMessage.of("audit.message.signoff.updated", taskCode, trainee,
                    describe(signOff), before));
        }
        if (passed) {
            learning.recheckCompletion(request.traineeId(), task.getCourse().getCode(), now);
        }
        return signOff;
    }

    /** Levels by criterion code, passed or not, and photos: one line for the audit log. */
    private static AuditMessage describe(SignOff signOff) {
        String levels = signOff.getLevels().stream()
                .sorted(java.util.Comparator.comparingInt(l -> l.getCriterion().getPosition()))
                .map(l -> l.getCriterion().getCode() + "=" + l.getLevel().getCode())
                .collect(Collectors.joining(", "));
        return AuditMessage.of("audit.message.signoff", levels,
                AuditMessage.of(signOff.isPassed() ? "audit.message.signoff.passed" : "audit.message.signoff.notPassed"), signOff.getPhotos().size());
    }

    /**
     * A trainee's practical tasks in a course she is enrolled in, with her sign-offs: only hers.
     *
     * @throws PracticalRuleViolation {@code practical.notEnrolled}
     */
    public List<TaskResult> resultsOf(long traineeId, String courseCode) {
        List<Enrollment> enrollment = em.createNamedQuery(Enrollment.OF_TRAINEE, Enrollment.class).setParameter("trainee", traineeId)
                .getResultStream().filter(e -> e.getCourse().getCode().equals(courseCode)).toList();
        if (enrollment.isEmpty()) {
            throw new PracticalRuleViolation("practical.notEnrolled");
        }
        long courseId = enrollment.get(0).getCourse().getId();
        Map<Long, SignOff> signOffs = em.createNamedQuery(SignOff.OF_TRAINEE_IN_COURSE, SignOff.class)
                .setParameter("trainee", traineeId).setParameter("course", courseId).getResultStream()
                .collect(Collectors.toMap(s -> s.getTask().getId(), Function.identity()));
        return em.createNamedQuery(PracticalTask.CURRENT_OF_COURSE, PracticalTask.class).setParameter("course", courseId)
                .getResultStream().map(task -> new TaskResult(task, signOffs.get(task.getId()))).toList();
    }

    /** A photo's bytes as served. */
    public record PhotoFile(byte[] content, String mediaType, String contentHash) {}

    /**
     * A photo or its thumbnail, if this person may see it: the trainee whose work it shows, a trainer who
     * may sign her off, an administrator. Nobody else learns that it exists.
     */
    public Optional<PhotoFile> photoFile(SignedInUser viewer, long photoId, boolean thumbnail) {
        return photoFor(viewer, photoId).map(p -> new PhotoFile(thumbnail ? p.getThumbnail() : p.getContent(), p.getMediaType(),
                p.getContentHash() + (thumbnail ? "-t" : "")));
    }

    private Optional<SignOffPhoto> photoFor(SignedInUser viewer, long photoId) {
        Optional<SignOffPhoto> photo = em.createNamedQuery(SignOffPhoto.WITH_OWNER, SignOffPhoto.class).setParameter("id", photoId)
                .getResultStream().findFirst();
        return photo.filter(p -> {
            SignOff signOff = p.getSignOff();
            return switch (viewer.role()) {
                case TRAINEE -> signOff.getTrainee().getId() == viewer.accountId();
                case TRAINER -> permission.maySignOff(viewer.accountId(), signOff.getTrainee().getId(), signOff.getTask().getCourse().getId());
                case ADMIN -> true;
            };
        });
    }
}
