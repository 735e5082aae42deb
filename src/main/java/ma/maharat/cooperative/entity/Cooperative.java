package ma.maharat.cooperative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A textile cooperative of the programme, named in French and in Arabic. */
@Entity
@Table(name = "cooperative")
@NamedQuery(name = Cooperative.ALL, query = "SELECT c FROM Cooperative c ORDER BY c.nameFr")
@NamedQuery(name = Cooperative.COUNT, query = "SELECT COUNT(c) FROM Cooperative c")
public class Cooperative {

    public static final String ALL = "Cooperative.all";
    public static final String COUNT = "Cooperative.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @Column(nullable = false)
    private String city;

    @Column(name = "women_led", nullable = false)
    private boolean womenLed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Cooperative() {}

    public Cooperative(String nameFr, String nameAr, String city, boolean womenLed) {
        this.nameFr = nameFr;
        this.nameAr = nameAr;
        this.city = city;
        this.womenLed = womenLed;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameAr() {
        return nameAr;
    }

    /** The name in the reader's script: Arabic for Arabic pages, French otherwise. */
    public String nameIn(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }

    public String getCity() {
        return city;
    }

    public boolean isWomenLed() {
        return womenLed;
    }
}
