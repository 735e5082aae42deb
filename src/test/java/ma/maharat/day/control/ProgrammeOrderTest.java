package ma.maharat.day.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeOrderTest {

    record Card(long courseId, String code) {}

    @Test
    void coursesFollowTheProgrammeAndTheOthersComeAfterInTheirOwnOrder() {
        // As "My courses" gets them: the catalogue's order (alphabetical in the demo).
        List<Card> catalogue = List.of(new Card(6, "marketing"), new Card(2, "modeling"), new Card(9, "hygiene"),
                new Card(5, "production"), new Card(3, "prototyping"), new Card(4, "quality"), new Card(1, "sourcing"),
                new Card(8, "embroidery"));
        Map<Long, Integer> programme = Map.of(1L, 0, 2L, 1, 3L, 2, 4L, 3, 5L, 4, 6L, 5);
        assertEquals(List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing", "hygiene", "embroidery"),
                ProgrammeOrder.of(catalogue, Card::courseId, programme).stream().map(Card::code).toList());
    }

    @Test
    void withoutAProgrammeTheOrderIsKept() {
        List<Card> catalogue = List.of(new Card(6, "marketing"), new Card(2, "modeling"), new Card(1, "sourcing"));
        assertEquals(catalogue, ProgrammeOrder.of(catalogue, Card::courseId, Map.of()));
    }
}
