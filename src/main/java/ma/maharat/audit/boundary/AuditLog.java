package ma.maharat.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
import java.util.ResourceBundle;
import ma.maharat.platform.i18n.DateDisplay;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrators' audit log: every recorded change, latest first, a page at a time, narrowed by
 * person, kind of subject, words and days (center time), each entry read in the viewer's language.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail trail;

    @Inject
    LanguageSelection language;

    private String actor;
    private String subjectType;
    private String text;
    private LocalDate fromDay;
    private LocalDate untilDay;
    private List<String> subjectTypes;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(filter()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    @PostConstruct
    void load() {
        subjectTypes = trail.subjectTypes();
    }

    AuditFilter filter() {
        return new AuditFilter(actor, subjectType, text,
                fromDay == null ? null : fromDay.atStartOfDay(DateDisplay.CENTER_ZONE).toInstant(),
                untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(DateDisplay.CENTER_ZONE).toInstant());
    }

    /** What the entry says, in the viewer's language (an entry older than the message keys: its stored summary). */
    public String text(AuditEntry entry) {
        return AuditTrail.text(entry, language.current());
    }

    /** The action's name in the viewer's language ("Séance déplacée"), or its code when it has none. */
    public String actionName(String action) {
        return named("audit.action.", action);
    }

    /** The kind of subject in the viewer's language ("Séance"), or its code when it has none. */
    public String subjectTypeName(String subjectType) {
        return named("audit.subject.", subjectType);
    }

    private String named(String prefix, String code) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, language.getLocale());
        return code != null && bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getSubjectTypes() {
        return subjectTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getUntilDay() {
        return untilDay;
    }

    public void setUntilDay(LocalDate untilDay) {
        this.untilDay = untilDay;
    }
}
