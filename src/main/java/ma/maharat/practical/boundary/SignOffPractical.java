package ma.maharat.practical.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.practical.control.PracticalRuleViolation;
import ma.maharat.practical.control.PracticalWork;
import ma.maharat.practical.control.Rubric;
import ma.maharat.practical.control.SignOffRequest;
import ma.maharat.practical.control.WorkPhotos;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.RubricCriterion;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.practical.entity.SignOffPhoto;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The trainers' page for practical work: choose a task, see the trainees of its course with where each
 * stands (all, or one cooperative's), and sign one off — a level per criterion (each level's description beside its button), a
 * comment, photos added and removed with their thumbnails. Photos are cleaned the moment they arrive,
 * so a refused one is said next to the upload, before the trainer saves.
 */
@Named
@ViewScoped
public class SignOffPractical implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "signoff:";

    @Inject
    transient PracticalWork practicalWork;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private List<PracticalTask> tasks;
    private Long taskId;
    private PracticalTask task;
    private List<PracticalWork.TraineeStatus> trainees = List.of();
    /** Narrows the list to one cooperative's trainees; null for all. */
    private Long cooperativeId;

    // The sign-off form: open when traineeId is not null
    private Long traineeId;
    private Account trainee;
    private SignOff existing;
    private Map<Long, String> levels = new HashMap<>();
    private String comment;
    private List<Long> keptPhotoIds = new ArrayList<>();
    private List<PendingPhoto> pendingPhotos = new ArrayList<>();

    /** A photo uploaded in this form, cleaned, not saved yet. */
    public record PendingPhoto(String name, WorkPhotos.CleanPhoto photo) implements Serializable {
        /** The thumbnail inline, as nothing is stored yet. */
        public String thumbnailSource() {
            return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photo.thumbnail());
        }
    }

    @PostConstruct
    void load() {
        tasks = practicalWork.currentTasks();
    }

    /** The task chosen in the menu: its trainees, and no form open. */
    public void chooseTask() {
        close();
        loadTrainees();
    }

    private void loadTrainees() {
        if (taskId == null) {
            task = null;
            trainees = List.of();
            return;
        }
        try {
            task = practicalWork.task(taskId);
            trainees = practicalWork.trainees(currentUser.required().accountId(), taskId);
        } catch (PracticalRuleViolation e) {
            messages.error(e);
            task = null;
            trainees = List.of();
        }
    }

    /** Opens the form for a trainee, filled with her sign-off when she has one. */
    public void open(long chosenTrainee) {
        PracticalWork.TraineeStatus status = trainees.stream().filter(t -> t.trainee().getId() == chosenTrainee).findFirst().orElse(null);
        if (status == null) {
            return;
        }
        traineeId = chosenTrainee;
        trainee = status.trainee();
        existing = practicalWork.signOffOf(chosenTrainee, taskId).orElse(null);
        levels = new HashMap<>();
        keptPhotoIds = new ArrayList<>();
        pendingPhotos = new ArrayList<>();
        comment = null;
        if (existing != null) {
            for (RubricCriterion criterion : task.currentCriteria()) {
                existing.levelOf(criterion).ifPresent(level -> levels.put(criterion.getId(), level.getId().toString()));
            }
            comment = existing.getComment();
            existing.getPhotos().forEach(photo -> keptPhotoIds.add(photo.getId()));
        }
    }

    public void close() {
        traineeId = null;
        trainee = null;
        existing = null;
        levels = new HashMap<>();
        comment = null;
        keptPhotoIds = new ArrayList<>();
        pendingPhotos = new ArrayList<>();
    }

    /** A photo arrives (one request per file): cleaned now, refused next to the upload with the reason. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (keptPhotoIds.size() + pendingPhotos.size() >= WorkPhotos.MAX_PHOTOS) {
            messages.error(FORM + "photos", "practical.tooManyPhotos", WorkPhotos.MAX_PHOTOS);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(WorkPhotos.MAX_BYTES + 1);
            pendingPhotos.add(new PendingPhoto(file.getFileName(), new WorkPhotos().clean(file.getFileName(), content)));
        } catch (PracticalRuleViolation e) {
            messages.error(FORM + "photos", e.messageKey(), e.arguments());
        } catch (IOException e) {
            messages.error(FORM + "photos", "practical.photo.unreadable", file.getFileName());
        }
    }

    public void removePending(int index) {
        if (index >= 0 && index < pendingPhotos.size()) {
            pendingPhotos.remove(index);
        }
    }

    public void removeKept(long photoId) {
        keptPhotoIds.remove(photoId);
    }

    public void save() {
        Map<Long, Long> chosen = new HashMap<>();
        levels.forEach((criterion, level) -> {
            if (level != null && !level.isBlank()) {
                chosen.put(criterion, Long.valueOf(level));
            }
        });
        try {
            SignOff signOff = practicalWork.signOff(currentUser.required().accountId(), new SignOffRequest(traineeId, taskId, chosen, comment,
                    keptPhotoIds, pendingPhotos.stream().map(PendingPhoto::photo).toList()));
            messages.info(signOff.isPassed() ? "practical.savedPassed" : "practical.savedNotPassed", trainee.getFullName());
            close();
            loadTrainees();
        } catch (Rubric.RubricViolation e) {
            List<RubricCriterion> criteria = task.currentCriteria();
            for (int i = 0; i < criteria.size(); i++) {
                if (e.criteria().contains(criteria.get(i).getId())) {
                    messages.error(FORM + "criteria:" + i + ":level", e.messageKey());
                }
            }
        } catch (PracticalRuleViolation e) {
            messages.error(e);
        }
    }

    /** The photos of the earlier sign-off still kept, in order. */
    public List<SignOffPhoto> getKeptPhotos() {
        return existing == null ? List.of() : existing.getPhotos().stream().filter(p -> keptPhotoIds.contains(p.getId())).toList();
    }

    public String thumbnailAddress(SignOffPhoto photo) {
        return PhotoServlet.address(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                photo.getId(), true);
    }

    public String photoAddress(SignOffPhoto photo) {
        return PhotoServlet.address(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                photo.getId(), false);
    }

    public boolean isPhotoRoomLeft() {
        return keptPhotoIds.size() + pendingPhotos.size() < WorkPhotos.MAX_PHOTOS;
    }

    public int getMaxPhotos() {
        return WorkPhotos.MAX_PHOTOS;
    }

    public int getMaxPhotoBytes() {
        return WorkPhotos.MAX_BYTES;
    }

    public int getMaxPhotoMegabytes() {
        return WorkPhotos.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxComment() {
        return PracticalWork.MAX_COMMENT;
    }

    public List<PracticalTask> getTasks() {
        return tasks;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public PracticalTask getTask() {
        return task;
    }

    public List<PracticalWork.TraineeStatus> getTrainees() {
        return trainees;
    }

    /** The trainees listed: all, or those of the cooperative chosen. */
    public List<PracticalWork.TraineeStatus> getShownTrainees() {
        return cooperativeId == null ? trainees : trainees.stream()
                .filter(t -> t.trainee().getCooperative() != null && cooperativeId.equals(t.trainee().getCooperative().getId()))
                .toList();
    }

    /** The cooperatives of the task's trainees, for the filter. */
    public List<Cooperative> getCooperatives() {
        return trainees.stream().map(t -> t.trainee().getCooperative()).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.comparing(Cooperative::getNameFr)).toList();
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public boolean isEditing() {
        return traineeId != null;
    }

    public Account getTrainee() {
        return trainee;
    }

    public SignOff getExisting() {
        return existing;
    }

    public Map<Long, String> getLevels() {
        return levels;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<PendingPhoto> getPendingPhotos() {
        return pendingPhotos;
    }
}
