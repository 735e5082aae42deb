package ma.maharat.impact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An order a cooperative won since the previous round (for the baseline: in the year before training). */
@Entity
@Table(name = "follow_up_order")
public class FollowUpOrder implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String client;

    @Column(nullable = false)
    private int items;

    @Column(name = "value_mad", nullable = false)
    private long valueMad;

    protected FollowUpOrder() {}

    FollowUpOrder(FollowUp followUp, int position, String client, int items, long valueMad) {
        this.followUp = followUp;
        this.position = position;
        this.client = client;
        this.items = items;
        this.valueMad = valueMad;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getClient() {
        return client;
    }

    public int getItems() {
        return items;
    }

    public long getValueMad() {
        return valueMad;
    }
}
