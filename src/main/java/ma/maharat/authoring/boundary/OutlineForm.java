package ma.maharat.authoring.boundary;

import java.io.Serializable;
import ma.maharat.authoring.control.CourseOutline;

/**
 * What the course page's one outline form holds: a new module (with its first lesson), a new lesson, or
 * new titles for a module or lesson. Codes may be left empty: the outline makes them from the French title.
 */
public class OutlineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the form is for; the page shows the fields each needs. */
    public enum Mode {
        ADD_MODULE, ADD_LESSON, RENAME_MODULE, RENAME_LESSON;

        public boolean isModuleFields() {
            return this == ADD_MODULE || this == RENAME_MODULE;
        }

        public boolean isLessonFields() {
            return this != RENAME_MODULE;
        }

        public boolean isAdding() {
            return this == ADD_MODULE || this == ADD_LESSON;
        }
    }

    private Mode mode;
    private String moduleId;
    private String lessonId;
    private String moduleAr;
    private String moduleFr;
    private String moduleEn;
    private String moduleCode;
    private String lessonAr;
    private String lessonFr;
    private String lessonEn;
    private String lessonCode;
    private Integer minutes;

    void open(Mode newMode, String module, String lesson) {
        close();
        mode = newMode;
        moduleId = module;
        lessonId = lesson;
        minutes = 30;
    }

    void close() {
        mode = null;
        moduleId = lessonId = null;
        moduleAr = moduleFr = moduleEn = moduleCode = null;
        lessonAr = lessonFr = lessonEn = lessonCode = null;
        minutes = null;
    }

    CourseOutline.Titles moduleTitles() {
        return new CourseOutline.Titles(moduleAr, moduleFr, moduleEn);
    }

    CourseOutline.Titles lessonTitles() {
        return new CourseOutline.Titles(lessonAr, lessonFr, lessonEn);
    }

    void setModuleTitles(CourseOutline.Titles titles) {
        moduleAr = titles.ar();
        moduleFr = titles.fr();
        moduleEn = titles.en();
    }

    void setLessonTitles(CourseOutline.Titles titles) {
        lessonAr = titles.ar();
        lessonFr = titles.fr();
        lessonEn = titles.en();
    }

    public Mode getMode() {
        return mode;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public String getModuleAr() {
        return moduleAr;
    }

    public void setModuleAr(String moduleAr) {
        this.moduleAr = moduleAr;
    }

    public String getModuleFr() {
        return moduleFr;
    }

    public void setModuleFr(String moduleFr) {
        this.moduleFr = moduleFr;
    }

    public String getModuleEn() {
        return moduleEn;
    }

    public void setModuleEn(String moduleEn) {
        this.moduleEn = moduleEn;
    }

    public String getModuleCode() {
        return moduleCode;
    }

    public void setModuleCode(String moduleCode) {
        this.moduleCode = moduleCode;
    }

    public String getLessonAr() {
        return lessonAr;
    }

    public void setLessonAr(String lessonAr) {
        this.lessonAr = lessonAr;
    }

    public String getLessonFr() {
        return lessonFr;
    }

    public void setLessonFr(String lessonFr) {
        this.lessonFr = lessonFr;
    }

    public String getLessonEn() {
        return lessonEn;
    }

    public void setLessonEn(String lessonEn) {
        this.lessonEn = lessonEn;
    }

    public String getLessonCode() {
        return lessonCode;
    }

    public void setLessonCode(String lessonCode) {
        this.lessonCode = lessonCode;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
