package ma.maharat.center.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.center.entity.CenterSetting;

/**
 * Reads and changes the center's settings. Every change is audited in its transaction and announced
 * ({@link PublicAddressChanged}) once committed, so that {@link PublicAddress} reads it again.
 */
@Stateless
public class CenterSettings {

    /** Present when the database holds the demo data set: certificates may then carry a local address. */
    static final String DEMO_DATA_SET = "demo-data-set";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<PublicAddressChanged> publicAddressChanged;

    Clock clock = Clock.systemUTC();

    public Optional<CenterSetting> publicAddress() {
        return Optional.ofNullable(em.find(CenterSetting.class, CenterSetting.PUBLIC_ADDRESS));
    }

    /**
     * Sets the address people reach Maharat at.
     *
     * @throws CenterRuleViolation with the key of what is wrong with the address
     */
    public CenterSetting setPublicAddress(String typed, String configured) {
        Optional<String> problem = PublicAddressRules.problemWith(typed);
        if (problem.isPresent()) {
            throw new CenterRuleViolation(problem.get());
        }
        String address = PublicAddressRules.normalize(typed).orElseThrow();
        Optional<CenterSetting> existing = publicAddress();
        String before = existing.map(CenterSetting::getValue).orElse(configured);
        CenterSetting setting = existing.orElseGet(() -> new CenterSetting(CenterSetting.PUBLIC_ADDRESS, address, now(), actor()));
        setting.change(address, now(), actor());
        if (existing.isEmpty()) {
            em.persist(setting);
        }
        audit.record("center.publicAddressSet", "center", CenterSetting.PUBLIC_ADDRESS,
                AuditMessage.of("audit.message.center.publicAddressSet", address, before));
        publicAddressChanged.fire(new PublicAddressChanged(address));
        return setting;
    }

    /** Whether this database holds the demo data set. */
    public boolean holdsDemoDataSet() {
        return em.find(CenterSetting.class, DEMO_DATA_SET) != null;
    }

    /** Called by the demo data set as it loads into an empty database. */
    public void markDemoDataSet() {
        if (!holdsDemoDataSet()) {
            em.persist(new CenterSetting(DEMO_DATA_SET, "loaded", now(), actor()));
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "system" : caller.getName();
    }
}
