package ma.maharat.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AwaitedCertificatesTest {

    record Completed(long courseId, String code) {}

    @Test
    void aCompletedCourseWithoutCertificateIsAwaitedInTheOrderGiven() {
        List<Completed> completed = List.of(new Completed(2, "modeling"), new Completed(1, "sourcing"), new Completed(4, "quality"));
        assertEquals(List.of("modeling", "quality"),
                AwaitedCertificates.awaited(completed, Completed::courseId, Set.of(1L)).stream().map(Completed::code).toList());
        assertTrue(AwaitedCertificates.awaited(completed, Completed::courseId, Set.of(1L, 2L, 4L)).isEmpty(), "all issued");
    }

    @Test
    void onlyATraineeWhoCompletedNothingIsEncouragedToFinishACourse() {
        assertTrue(AwaitedCertificates.encouragement(0, 0));
        assertFalse(AwaitedCertificates.encouragement(1, 0), "she finished one: the center will issue it");
        assertFalse(AwaitedCertificates.encouragement(1, 1));
        assertFalse(AwaitedCertificates.encouragement(0, 1), "a certificate, though her completion was undone since");
    }
}
