package ma.maharat.center.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting of the center by name, with who changed it last and when. */
@Entity
@Table(name = "center_setting")
public class CenterSetting {

    /** The address people reach Maharat at, context path included, without a trailing slash. */
    public static final String PUBLIC_ADDRESS = "public-address";

    @Id
    private String name;

    @Column(nullable = false)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected CenterSetting() {}

    public CenterSetting(String name, String value, Instant changedAt, String changedBy) {
        this.name = name;
        change(value, changedAt, changedBy);
    }

    public final void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
