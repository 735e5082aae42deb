package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;

/**
 * Draws trainees' picture sequences and stores them hashed. A sequence is known in clear only in the
 * request that drew it, to print the cards: like a temporary password, it cannot be read back, and a
 * lost card means drawing new pictures (which makes the old card worthless). Who may draw for whom
 * (an administrator, or a trainer of the trainee's cohort) is the caller's check.
 */
@Stateless
public class PicturePasswords {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** New pictures for each of these trainees (other accounts are left alone), by account id, in the given order. */
    public Map<Long, PictureSequence> drawFor(Collection<Long> traineeIds) {
        Map<Long, PictureSequence> drawn = new LinkedHashMap<>();
        for (Long id : traineeIds) {
            Account account = em.find(Account.class, id);
            if (account == null || account.getRole() != Role.TRAINEE) {
                continue;
            }
            PictureSequence sequence = PictureSequence.draw();
            set(account, sequence);
            drawn.put(id, sequence);
        }
        if (!drawn.isEmpty()) {
            audit.record("account.picturesDrawn", "account", drawn.size() == 1 ? drawn.keySet().iterator().next() : null,
                    AuditMessage.of("audit.message.account.picturesDrawn", drawn.size()));
        }
        return drawn;
    }

    /** Sets a known sequence: the demo data's, whose pictures are listed in the README. */
    public void set(long traineeId, PictureSequence sequence) {
        Account account = em.find(Account.class, traineeId);
        if (account == null || account.getRole() != Role.TRAINEE) {
            throw new AccountRuleViolation("account.notFound");
        }
        set(account, sequence);
    }

    private void set(Account account, PictureSequence sequence) {
        account.setPictures(hashing.hash(sequence.secret()), clock.instant());
    }
}
