package ma.maharat.training.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A room of the center where sessions take place ("Atelier de couture 1"). A table rather than free
 * text, so that two spellings of the same room cannot hide a double booking. Seeded by V10.
 */
@Entity
@Table(name = "room")
@Cacheable
@NamedQuery(name = Room.ALL, query = "SELECT r FROM Room r ORDER BY r.name")
public class Room implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ALL = "Room.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Room() {}

    public Room(String name) {
        this.name = name.strip();
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
