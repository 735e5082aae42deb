package ma.maharat.content.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.course.entity.Course;

/**
 * The files a course's current version was imported from — the disk folder or a draft published in
 * the browser — with the version's number. Export and the next draft start from these files, so they
 * always show what trainees see, and {@link #getDiskHash()} lets a restart tell whether the disk files
 * changed since they were last imported.
 */
@Entity
@Table(name = "course_source")
@NamedQuery(name = CourseSource.OF_COURSE, query = "SELECT s FROM CourseSource s WHERE s.course.code = :code")
public class CourseSource implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OF_COURSE = "CourseSource.ofCourse";

    /** Where the current version's files came from. */
    public enum Origin { DISK, BROWSER }

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "disk_hash")
    private String diskHash;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CourseSourceFile> files = new ArrayList<>();

    @Version
    private long version;

    protected CourseSource() {}

    public CourseSource(Course course) {
        this.course = course;
    }

    /**
     * Records a new version imported from these files.
     *
     * @param diskHash the disk files' fingerprint when they came from the disk; for a browser
     *                 publication the disk's last imported fingerprint stays as it was
     */
    public void publish(Origin origin, CourseFiles newFiles, String contentHash, String publishedBy, Instant at) {
        this.number++;
        this.origin = origin;
        this.contentHash = contentHash;
        if (origin == Origin.DISK) {
            this.diskHash = contentHash;
        }
        this.publishedBy = publishedBy;
        this.publishedAt = at;
        replaceFiles(newFiles);
    }

    /** The disk files were found equal to the current version: remember it without a new version. */
    public void diskMatches(String diskHash, CourseFiles diskFiles) {
        this.diskHash = diskHash;
        if (origin == Origin.DISK) {
            // Same course, maybe different bytes (a comment in course.yaml): keep the files exact.
            replaceFiles(diskFiles);
        }
    }

    private void replaceFiles(CourseFiles newFiles) {
        Map<String, CourseSourceFile> byPath = new LinkedHashMap<>();
        files.forEach(file -> byPath.put(file.getFile().getPath(), file));
        files.removeIf(file -> !newFiles.contains(file.getFile().getPath()));
        for (String path : newFiles.paths()) {
            StoredFile imported = StoredFile.of(newFiles, path);
            CourseSourceFile existing = byPath.get(path);
            if (existing == null) {
                files.add(new CourseSourceFile(this, imported));
            } else if (!existing.getFile().hasSameContent(imported)) {
                existing.replace(imported);
            }
        }
    }

    /** The files, as a course folder in memory. */
    public CourseFiles files() {
        return StoredFile.folder(files.stream().map(CourseSourceFile::getFile).toList());
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getDiskHash() {
        return diskHash;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
