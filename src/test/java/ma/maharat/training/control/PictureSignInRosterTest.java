package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.maharat.training.control.PictureSignInRoster.CooperativeChoice;
import ma.maharat.training.control.PictureSignInRoster.Trainee;
import org.junit.jupiter.api.Test;

class PictureSignInRosterTest {

    private static final List<Trainee> TRAINEES = List.of(
            new Trainee(1, "Nadia El Haddad", "نادية الحداد", 10, "Coopérative Al Wafae", "تعاونية الوفاء"),
            new Trainee(2, "Naïma Belkadi", "نعيمة بلقاضي", 11, "Coopérative Nour", "تعاونية نور"),
            new Trainee(3, "Ahmed Erguibi", "أحمد الركيبي", 10, "Coopérative Al Wafae", "تعاونية الوفاء"),
            new Trainee(4, "Élise Martin", null, 11, "Coopérative Nour", "تعاونية نور"),
            new Trainee(5, "Amina Sbai", "امينة السباعي", 11, "Coopérative Nour", "تعاونية نور"));

    @Test
    void latinLettersOnFrenchPagesWithoutAccents() {
        PictureSignInRoster roster = new PictureSignInRoster(TRAINEES, false);
        assertEquals(List.of("A", "E", "N"), roster.letters());
        assertEquals(List.of("Élise Martin"), roster.withLetter("E").stream().map(Trainee::fullName).toList());
        assertEquals(List.of("Nadia El Haddad", "Naïma Belkadi"), roster.withLetter("N").stream().map(Trainee::fullName).toList());
    }

    @Test
    void arabicLettersOnArabicPagesWithEveryAlifTogether() {
        PictureSignInRoster roster = new PictureSignInRoster(TRAINEES, true);
        // أحمد and امينة under the bare alif; Élise, without an Arabic name, under her Latin letter.
        assertTrue(roster.letters().containsAll(List.of("ا", "ن", "E")), roster.letters().toString());
        assertEquals(3, roster.letters().size());
        assertEquals(List.of(3L, 5L), roster.withLetter("ا").stream().map(Trainee::accountId).sorted().toList());
    }

    @Test
    void cooperativesWithTheirTraineesInThePagesLanguage() {
        PictureSignInRoster roster = new PictureSignInRoster(TRAINEES, false);
        assertEquals(List.of(new CooperativeChoice(10, "Coopérative Al Wafae", 2), new CooperativeChoice(11, "Coopérative Nour", 3)),
                roster.cooperatives());
        assertEquals("تعاونية الوفاء", new PictureSignInRoster(TRAINEES, true).cooperatives().stream()
                .filter(c -> c.id() == 10).findFirst().orElseThrow().name());
        assertEquals(List.of(3L, 1L), roster.ofCooperative(10).stream().map(Trainee::accountId).toList());
    }

    @Test
    void offersOnlyTheListedTrainees() {
        PictureSignInRoster roster = new PictureSignInRoster(TRAINEES, false);
        assertTrue(roster.offers(4));
        assertFalse(roster.offers(99));
        assertTrue(new PictureSignInRoster(List.of(), false).letters().isEmpty());
    }
}
