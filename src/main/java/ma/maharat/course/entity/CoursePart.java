package ma.maharat.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * A part of a course as its files define it — a module, a lesson, a practical task, a criterion or a
 * level of its rubric: the code the files give it (fixed once stored), its place among its siblings
 * and its title; archived when the files drop it.
 */
@MappedSuperclass
public abstract class CoursePart extends ArchivableContent {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    private LocalizedText title;

    protected CoursePart() {}

    protected CoursePart(String code) {
        this.code = code;
    }

    /** Takes the title and place the files give now; a part archived before and back in the files is current again. */
    protected void place(LocalizedText newTitle, int newPosition) {
        this.title = newTitle;
        this.position = newPosition;
        reinstate();
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }
}
