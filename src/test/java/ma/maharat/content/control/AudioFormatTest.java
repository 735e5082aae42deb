package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Audio readings are recognised by their headers: real tiny files made with ffmpeg pass, and renamed,
 * cut or forged files are refused, cheaply (only header bytes are looked at).
 */
class AudioFormatTest {

    static byte[] resource(String name) {
        try (InputStream in = AudioFormatTest.class.getResourceAsStream("/ma/maharat/content/audio/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test file " + name + " is missing", e);
        }
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    @Test
    void realFilesOfEachTypeAreAccepted() {
        assertEquals(Optional.empty(), AudioFormat.MP3.problem(resource("tone.mp3")), "MP3 starting with a frame");
        assertEquals(Optional.empty(), AudioFormat.MP3.problem(resource("tone-id3.mp3")), "MP3 with an ID3v2 tag");
        assertEquals(Optional.empty(), AudioFormat.OGG.problem(resource("tone-opus.ogg")), "Ogg Opus");
        assertEquals(Optional.empty(), AudioFormat.OGG.problem(resource("tone-vorbis.ogg")), "Ogg Vorbis");
        assertEquals(Optional.empty(), AudioFormat.M4A.problem(resource("tone.m4a")), "M4A (AAC)");
    }

    @Test
    void extensionsNameTheFormatWhateverTheirCase() {
        assertEquals(Optional.of(AudioFormat.MP3), AudioFormat.forFileName("cut.fr.MP3"));
        assertEquals(Optional.of(AudioFormat.OGG), AudioFormat.forFileName("cut.ar.opus"));
        assertEquals(Optional.of(AudioFormat.M4A), AudioFormat.forFileName("cut.ar.m4a"));
        assertEquals(Optional.empty(), AudioFormat.forFileName("cut.ar.wav"));
        assertEquals("mp3, ogg, oga, opus or m4a", AudioFormat.acceptedExtensions());
    }

    @Test
    void aRenamedPictureIsRefusedAsEveryType() {
        for (AudioFormat format : AudioFormat.values()) {
            assertTrue(format.problem(PNG).orElseThrow().contains("not a real " + format.name()), format.name());
        }
    }

    @Test
    void oneAudioTypeRenamedAsAnotherIsRefused() {
        assertTrue(AudioFormat.MP3.problem(resource("tone-opus.ogg")).isPresent());
        assertTrue(AudioFormat.OGG.problem(resource("tone.m4a")).isPresent());
        assertTrue(AudioFormat.M4A.problem(resource("tone.mp3")).isPresent());
    }

    @Test
    void truncatedHeadersAreRefusedWithoutError() {
        for (AudioFormat format : AudioFormat.values()) {
            byte[] real = resource(switch (format) {
                case MP3 -> "tone-id3.mp3";
                case OGG -> "tone-opus.ogg";
                case M4A -> "tone.m4a";
            });
            for (int length : new int[] {1, 3, 4, 9, 11, 20, 27}) {
                assertTrue(format.problem(Arrays.copyOf(real, length)).isPresent(), format + " cut to " + length + " bytes");
            }
            assertEquals("the file is empty", format.problem(new byte[0]).orElseThrow());
        }
    }

    @Test
    void forgedHeadersAreRefused() {
        // An ID3 tag claiming to be longer than the file, with nothing after it.
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0x7F, 0x7F, 0x7F, 0x7F, 0, 0};
        assertTrue(AudioFormat.MP3.problem(id3).isPresent());
        // A lone frame-sync-looking pair followed by garbage: no second frame where the first one ends.
        byte[] sync = new byte[2000];
        sync[0] = (byte) 0xFF;
        sync[1] = (byte) 0xFB;
        sync[2] = (byte) 0x90;
        assertTrue(AudioFormat.MP3.problem(sync).isPresent());
        // An Ogg page carrying a Theora (video) header instead of Opus or Vorbis.
        byte[] theora = Arrays.copyOf(resource("tone-opus.ogg"), 100);
        int packet = 27 + (theora[26] & 0xFF);
        System.arraycopy(new byte[] {(byte) 0x80, 't', 'h', 'e', 'o', 'r', 'a', 0}, 0, theora, packet, 8);
        assertTrue(AudioFormat.OGG.problem(theora).isPresent());
        // An ftyp box whose size runs past the file.
        byte[] ftyp = {0, 0, 0x10, 0, 'f', 't', 'y', 'p', 'M', '4', 'A', ' ', 0, 0, 0, 0};
        assertTrue(AudioFormat.M4A.problem(ftyp).isPresent());
    }

    @Test
    void frameLengthFollowsTheMpegTables() {
        // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding: 144 * 128000 / 44100 = 417 bytes.
        assertEquals(417, AudioFormat.frameLength(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0}, 0));
        // Layer I is not an MP3 frame.
        assertEquals(0, AudioFormat.frameLength(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x90, 0}, 0));
    }

    @Test
    void aReadingOverTheLimitIsRefusedBeforeItsContentIsLookedAt() {
        byte[] big = new byte[AudioFormat.MAX_BYTES + 1];
        System.arraycopy(resource("tone.mp3"), 0, big, 0, 700);
        LessonAudio.Outcome outcome = LessonAudio.check("lessons/cut.fr.mp3", big);
        assertEquals("audio reading is too large (15.0 MiB; the limit is 15 MiB)", outcome.problem());
    }
}
