package ma.maharat.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A topic's need as the visit found it: 0 (masters it) to 4 (everything to learn), with a comment. */
@Embeddable
public class TopicScore implements Serializable {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;
    @Column(nullable = false)
    private int score;
    private String comment;

    protected TopicScore() {}

    public TopicScore(Topic topic, int score, String comment) {
        this.topic = topic;
        this.score = score;
        this.comment = comment;
    }

    public Topic getTopic() {
        return topic;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
