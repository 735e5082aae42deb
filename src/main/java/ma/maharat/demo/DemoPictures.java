package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.PicturePasswords;
import ma.maharat.identity.control.PictureSequence;
import ma.maharat.identity.entity.Picture;
import ma.maharat.training.control.Cohorts;

/**
 * Picture sign-in in the demo: "Cycle 2" has it on, and each of its six trainees has fixed pictures,
 * listed in the README, so that anyone trying the demo can sign in as one of them on a registered
 * terminal. A terminal cannot be part of the data (it is a browser's cookie): the README says how to
 * register one. Printing a card draws new pictures, after which the README's no longer hold.
 */
@Stateless
public class DemoPictures {

    /** The README's table, in the same order. */
    static final Map<String, PictureSequence> SEQUENCES = new LinkedHashMap<>();

    static {
        SEQUENCES.put("nadia.elhaddad", PictureSequence.of(Picture.SCISSORS, Picture.SPOOL, Picture.NEEDLE));
        SEQUENCES.put("rkia.boussaid", PictureSequence.of(Picture.DRESS, Picture.HAT, Picture.RULER));
        SEQUENCES.put("meriem.lamrani", PictureSequence.of(Picture.YARN, Picture.T_SHIRT, Picture.GLOVES));
        SEQUENCES.put("soukaina.maelainine", PictureSequence.of(Picture.HANDBAG, Picture.SOCK, Picture.SAFETY_PIN));
        SEQUENCES.put("lahcen.bouh", PictureSequence.of(Picture.NEEDLE, Picture.RULER, Picture.HAT));
        SEQUENCES.put("fatimatou.dahi", PictureSequence.of(Picture.SPOOL, Picture.DRESS, Picture.YARN));
    }

    @Inject
    Accounts accounts;

    @Inject
    PicturePasswords picturePasswords;

    @Inject
    Cohorts cohorts;

    /** Turns picture sign-in on for the cohort and gives its demo trainees their pictures. */
    public void load(long cohortId) {
        cohorts.allowPictureSignIn(cohortId, true);
        SEQUENCES.forEach((username, sequence) -> accounts.byUsername(username)
                .ifPresent(account -> picturePasswords.set(account.getId(), sequence)));
    }
}
