package ma.maharat.course.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An image a course's lessons show, checked at import (type by content, size, safe SVG). */
@Entity
@Table(name = "course_media")
@NamedQuery(name = CourseMedia.BY_PATH,
        query = "SELECT m FROM CourseMedia m WHERE m.course.code = :course AND m.path = :path")
@NamedQuery(name = CourseMedia.OF_COURSE, query = "SELECT m FROM CourseMedia m WHERE m.course = :course")
public class CourseMedia {

    public static final String BY_PATH = "CourseMedia.byPath";
    public static final String OF_COURSE = "CourseMedia.ofCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected CourseMedia() {}

    public CourseMedia(Course course, String path) {
        this.course = course;
        this.path = path;
    }

    public void replace(String mediaType, byte[] content, String contentHash) {
        this.mediaType = mediaType;
        this.content = content.clone();
        this.contentHash = contentHash;
    }

    public Course getCourse() {
        return course;
    }

    public String getPath() {
        return path;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getContentHash() {
        return contentHash;
    }
}
