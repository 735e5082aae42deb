package ma.maharat.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each picture has its SVG (safe to serve), its PNG for the cards, a label in every language, and its licence beside it. */
class PictureFilesTest {

    private static final Path SVG_FOLDER = Path.of("src/main/webapp/resources/maharat/pictures");
    private static final Pattern UNSAFE = Pattern.compile("<script|<foreignObject|<!ENTITY|[\\s\"'/]on[a-z]+\\s*=|javascript:|href\\s*=|url\\(|@import",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @EnumSource(Picture.class)
    void theSvgIsThereAndCarriesNoScriptNorLink(Picture picture) throws IOException {
        String svg = Files.readString(SVG_FOLDER.resolve(picture.getName() + ".svg"));
        assertTrue(svg.contains("<svg"), picture + " is not an SVG");
        assertFalse(UNSAFE.matcher(svg).find(), picture + " holds a script, an event handler or a link");
        String readme = Files.readString(SVG_FOLDER.resolve("README.md"));
        assertTrue(readme.contains("`" + picture.getName() + ".svg`"), picture + " is missing from the pictures' README");
        assertTrue(Files.readString(SVG_FOLDER.resolve("LICENSE.txt")).contains("Attribution-ShareAlike 4.0"));
    }

    @ParameterizedTest
    @EnumSource(Picture.class)
    void thePngOfTheCardsIsThere(Picture picture) throws IOException {
        try (InputStream png = Picture.class.getResourceAsStream("/ma/maharat/identity/pictures/" + picture.getName() + ".png")) {
            assertTrue(png != null, picture + " has no PNG");
            byte[] header = png.readNBytes(8);
            assertEquals((byte) 0x89, header[0]);
            assertEquals('P', header[1]);
        }
    }

    @ParameterizedTest
    @EnumSource(Picture.class)
    void everyPictureHasALabelInEachLanguage(Picture picture) throws IOException {
        for (String language : new String[] {"ar", "fr", "en"}) {
            Properties messages = new Properties();
            try (var reader = Files.newBufferedReader(Path.of("src/main/resources/ma/maharat/i18n/messages_" + language + ".properties"))) {
                messages.load(reader);
            }
            String label = messages.getProperty(picture.getMessageKey());
            assertTrue(label != null && !label.isBlank(), picture + " has no label in " + language);
        }
    }
}
