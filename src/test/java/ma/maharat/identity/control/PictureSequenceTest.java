package ma.maharat.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ma.maharat.identity.entity.Picture;
import org.junit.jupiter.api.Test;

class PictureSequenceTest {

    @Test
    void theSecretIsThePicturesNamesInOrder() {
        assertArrayEquals("scissors spool safety-pin".toCharArray(),
                PictureSequence.of(Picture.SCISSORS, Picture.SPOOL, Picture.SAFETY_PIN).secret());
    }

    @Test
    void theOrderCounts() {
        char[] one = PictureSequence.of(Picture.SCISSORS, Picture.SPOOL, Picture.NEEDLE).secret();
        char[] other = PictureSequence.of(Picture.NEEDLE, Picture.SPOOL, Picture.SCISSORS).secret();
        assertFalse(Arrays.equals(one, other));
    }

    @Test
    void aSequenceHasExactlyThreePictures() {
        assertThrows(IllegalArgumentException.class, () -> PictureSequence.of(Picture.SCISSORS, Picture.SPOOL));
        assertThrows(IllegalArgumentException.class,
                () -> PictureSequence.of(Picture.SCISSORS, Picture.SPOOL, Picture.NEEDLE, Picture.HAT));
        List<Picture> withNull = new ArrayList<>(Arrays.asList(Picture.SCISSORS, null, Picture.HAT));
        assertThrows(IllegalArgumentException.class, () -> new PictureSequence(withNull));
    }

    @Test
    void aSequenceCannotBeChangedAfterwards() {
        List<Picture> pictures = new ArrayList<>(List.of(Picture.SCISSORS, Picture.SPOOL, Picture.NEEDLE));
        PictureSequence sequence = new PictureSequence(pictures);
        pictures.set(0, Picture.HAT);
        assertEquals(Picture.SCISSORS, sequence.pictures().get(0));
        assertThrows(UnsupportedOperationException.class, () -> sequence.pictures().set(0, Picture.HAT));
    }

    @Test
    void drawnSequencesUseThreeDifferentPicturesAndVary() {
        Random random = new Random(12);
        Set<List<Picture>> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            PictureSequence drawn = PictureSequence.draw(random);
            assertEquals(3, new HashSet<>(drawn.pictures()).size(), drawn.toString());
            seen.add(drawn.pictures());
        }
        // 1,320 sequences are possible; 200 draws repeating often would mean a broken draw.
        assertFalse(seen.size() < 180, "only " + seen.size() + " different sequences in 200 draws");
    }

    @Test
    void twelveDifferentPicturesWithDistinctNames() {
        assertEquals(12, Picture.values().length);
        for (Picture picture : Picture.values()) {
            assertEquals(picture, Picture.named(picture.getName()).orElseThrow());
        }
        assertFalse(Picture.named("unknown").isPresent());
    }
}
