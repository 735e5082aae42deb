package ma.maharat.authoring.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.StoredFile;
import ma.maharat.course.entity.Course;

/**
 * The next version of a course while its authors write it: a copy of the course folder's files, one
 * per course and shared by its authors. Every change raises its version, so an author saving over a
 * change they have not seen is told instead of silently undoing it.
 */
@Entity
@Table(name = "course_draft")
@NamedQuery(name = CourseDraft.OF_COURSE, query = "SELECT d FROM CourseDraft d WHERE d.course.code = :code")
@NamedQuery(name = CourseDraft.ALL, query = "SELECT d FROM CourseDraft d")
public class CourseDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OF_COURSE = "CourseDraft.ofCourse";
    public static final String ALL = "CourseDraft.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    /** The number of the published version the draft started from. */
    @Column(name = "based_on", nullable = false, updatable = false)
    private int basedOn;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DraftFile> files = new ArrayList<>();

    @Version
    private long version;

    protected CourseDraft() {}

    public CourseDraft(Course course, int basedOn, CourseFiles startingFiles, String author, Instant at) {
        this.course = course;
        this.basedOn = basedOn;
        this.startedBy = author;
        this.startedAt = at;
        this.updatedBy = author;
        this.updatedAt = at;
        for (String path : startingFiles.paths()) {
            files.add(new DraftFile(this, StoredFile.of(startingFiles, path)));
        }
    }

    /**
     * Writes one file (adds it, or replaces its content).
     *
     * @return whether anything changed
     */
    public boolean put(String path, byte[] content, String author, Instant at) {
        StoredFile written = new StoredFile(path, content);
        Optional<DraftFile> existing = row(path);
        if (existing.isPresent()) {
            if (existing.get().getFile().hasSameContent(written)) {
                return false;
            }
            existing.get().replace(written);
        } else {
            files.add(new DraftFile(this, written));
        }
        touch(author, at);
        return true;
    }

    /** @return whether the file was there */
    public boolean remove(String path, String author, Instant at) {
        boolean removed = files.removeIf(file -> file.getFile().getPath().equals(path));
        if (removed) {
            touch(author, at);
        }
        return removed;
    }

    /** Replaces every file at once (an uploaded zip). */
    public void replaceAll(CourseFiles newFiles, String author, Instant at) {
        files.removeIf(file -> !newFiles.contains(file.getFile().getPath()));
        newFiles.paths().forEach(path -> put(path, newFiles.content(path).orElseThrow(), author, at));
        touch(author, at);
    }

    private void touch(String author, Instant at) {
        this.updatedBy = author;
        this.updatedAt = at;
    }

    public Optional<StoredFile> file(String path) {
        return row(path).map(DraftFile::getFile);
    }

    /** The file's content hash, which an editor hands back when it saves; {@code null} for a file not there yet. */
    public String hashOf(String path) {
        return file(path).map(StoredFile::getContentHash).orElse(null);
    }

    private Optional<DraftFile> row(String path) {
        return files.stream().filter(file -> file.getFile().getPath().equals(path)).findFirst();
    }

    /** The draft's files, as a course folder in memory. */
    public CourseFiles files() {
        return StoredFile.folder(files.stream().map(DraftFile::getFile).toList());
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
