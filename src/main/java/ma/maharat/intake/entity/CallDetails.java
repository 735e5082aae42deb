package ma.maharat.intake.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import ma.maharat.cooperative.entity.LegalForm;

/**
 * What an administrator types for a call: title and text in Arabic and French, the first and last days
 * applications are accepted (the centre's dates), the number of places and the eligibility rules.
 */
public record CallDetails(String titleAr, String titleFr, String textAr, String textFr, LocalDate opensOn, LocalDate closesOn,
        Integer places, String region, Set<LegalForm> legalForms, boolean textileRequired, Integer minimumMembers)
        implements Serializable {

    public CallDetails {
        legalForms = legalForms == null ? Set.of() : Set.copyOf(legalForms);
    }
}
