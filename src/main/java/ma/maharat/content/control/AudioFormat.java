package ma.maharat.content.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The audio types a lesson's reading may have, each with its file extensions and a check of its
 * headers. The content is checked, not the name: a picture renamed .mp3 is refused, because the lesson
 * page's player and the media endpoint go by the type found here. Nothing is decoded: a hostile file
 * costs a few header bytes read at fixed offsets, whatever its size.
 */
public enum AudioFormat {
    /** MPEG-1/2 Layer III, with or without an ID3v2 tag in front. */
    MP3("audio/mpeg", List.of("mp3")),
    /** An Ogg stream whose first packet is an Opus or Vorbis header (not Theora video, not FLAC). */
    OGG("audio/ogg", List.of("ogg", "oga", "opus")),
    /** An MP4 container (ISO base media file) with AAC audio, as phones record and ffmpeg writes it. */
    M4A("audio/mp4", List.of("m4a"));

    /**
     * Largest audio reading accepted: 15 MiB (about 30 minutes of speech at 64 kbit/s, an hour at 32).
     * A constant, not a setting: readings are kept in course_media.content, a MEDIUMBLOB (16 MiB), and
     * MariaDB's default max_allowed_packet is 16 MiB; a larger limit needs a migration first.
     */
    public static final int MAX_BYTES = 15 * 1024 * 1024;

    /** MP4 brands that announce an ISO/MP4 file: the major brand or a compatible one must be one of them. */
    private static final List<String> MP4_BRANDS = List.of("M4A ", "M4B ", "mp41", "mp42", "isom", "iso2", "iso4", "iso5", "iso6", "dash");

    private final String mediaType;
    private final List<String> extensions;

    AudioFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a file name's extension (case-insensitive), if it is one we accept. */
    public static Optional<AudioFormat> forFileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }

    /** The extensions listed in messages: "mp3, ogg, oga, opus or m4a". */
    public static String acceptedExtensions() {
        List<String> all = Arrays.stream(values()).flatMap(format -> format.extensions.stream()).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    /** Whether the name ends in one of the accepted audio extensions. */
    public static boolean isAudioName(String name) {
        return forFileName(name).isPresent();
    }

    /**
     * Why the bytes are not a file of this format, or empty when their headers say they are.
     * Only a few bytes at fixed offsets are read.
     */
    public Optional<String> problem(byte[] content) {
        if (content.length == 0) {
            return Optional.of("the file is empty");
        }
        boolean real = switch (this) {
            case MP3 -> isMp3(content);
            case OGG -> isOggOpusOrVorbis(content);
            case M4A -> isMp4(content);
        };
        return real ? Optional.empty()
                : Optional.of("it is not a real " + name() + " audio file (its content does not match the extension)");
    }

    /** An ID3v2 tag followed by a frame, or a frame at the start followed by another. */
    private static boolean isMp3(byte[] content) {
        if (startsWith(content, 0, ascii("ID3"))) {
            // ID3v2: "ID3", major version 2-4, revision, flags, then the tag's size in 4 "syncsafe" bytes.
            if (content.length < 10 || content[3] < 2 || content[3] > 4 || (content[3] & 0xFF) == 0xFF) {
                return false;
            }
            long size = 0;
            for (int i = 6; i < 10; i++) {
                if ((content[i] & 0x80) != 0) {
                    return false;
                }
                size = (size << 7) | content[i];
            }
            long frame = 10 + size + ((content[5] & 0x10) != 0 ? 10 : 0);
            return frame < content.length && frameLength(content, (int) frame) > 0;
        }
        int first = frameLength(content, 0);
        if (first <= 0) {
            return false;
        }
        // One valid-looking header can be chance (0xFFFB is common in any binary): a second must follow,
        // unless the file ends with the first frame.
        return first >= content.length || frameLength(content, first) > 0;
    }

    private static final int[][] BITRATES_KBPS = {
        // MPEG-1 Layer III
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0},
        // MPEG-2 and 2.5 Layer III
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0},
    };
    private static final int[][] SAMPLE_RATES = {
        {44100, 48000, 32000, 0}, // MPEG-1
        {22050, 24000, 16000, 0}, // MPEG-2
        {11025, 12000, 8000, 0},  // MPEG-2.5
    };

    /** The length of the Layer III frame whose header starts at {@code offset}, or 0 if none starts there. */
    static int frameLength(byte[] content, int offset) {
        if (offset < 0 || content.length < offset + 4) {
            return 0;
        }
        int b1 = content[offset + 1] & 0xFF;
        int b2 = content[offset + 2] & 0xFF;
        if ((content[offset] & 0xFF) != 0xFF || (b1 & 0xE0) != 0xE0) {
            return 0;
        }
        int version = (b1 >> 3) & 0x03; // 0: 2.5, 1: reserved, 2: MPEG-2, 3: MPEG-1
        int layer = (b1 >> 1) & 0x03;   // 1: Layer III
        int bitrateIndex = (b2 >> 4) & 0x0F;
        int rateIndex = (b2 >> 2) & 0x03;
        if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        boolean mpeg1 = version == 3;
        int bitrate = BITRATES_KBPS[mpeg1 ? 0 : 1][bitrateIndex] * 1000;
        int sampleRate = SAMPLE_RATES[mpeg1 ? 0 : version == 2 ? 1 : 2][rateIndex];
        int padding = (b2 >> 1) & 0x01;
        return (mpeg1 ? 144 : 72) * bitrate / sampleRate + padding;
    }

    /** The first Ogg page begins a stream (BOS) and its first packet is an Opus or Vorbis identification header. */
    private static boolean isOggOpusOrVorbis(byte[] content) {
        if (content.length < 28 || !startsWith(content, 0, ascii("OggS")) || content[4] != 0 || (content[5] & 0x02) == 0) {
            return false;
        }
        int segments = content[26] & 0xFF;
        int packet = 27 + segments;
        return startsWith(content, packet, ascii("OpusHead"))
                || startsWith(content, packet, new byte[] {1, 'v', 'o', 'r', 'b', 'i', 's'});
    }

    /** A first box "ftyp" of a sane size naming an MP4 brand (major or compatible). */
    private static boolean isMp4(byte[] content) {
        if (content.length < 16 || !startsWith(content, 4, ascii("ftyp"))) {
            return false;
        }
        long size = ((content[0] & 0xFFL) << 24) | ((content[1] & 0xFF) << 16) | ((content[2] & 0xFF) << 8) | (content[3] & 0xFF);
        if (size < 16 || size > 256 || size > content.length || size % 4 != 0) {
            return false;
        }
        for (int offset = 8; offset + 4 <= size; offset += 4) {
            if (offset == 12) {
                continue; // the minor version, not a brand
            }
            String brand = new String(content, offset, 4, StandardCharsets.US_ASCII);
            if (MP4_BRANDS.contains(brand)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (offset < 0 || content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
