package ma.maharat.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every text exists in Arabic, French and English, and every key a page or bean uses exists. */
class BundleCompletenessTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/ma/maharat/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheFrenchKeys(Language language) throws IOException {
        assertEquals(new TreeSet<>(bundle("fr").stringPropertyNames()), new TreeSet<>(bundle(language.code()).stringPropertyNames()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsEmptyOrLeftInAnotherLanguage(Language language) throws IOException {
        Properties texts = bundle(language.code());
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertTrue(!text.isBlank(), key + " is empty in " + language);
            if (language == Language.AR && !key.equals("app.name") && !text.matches("^[\\p{Punct}\\s]*$")) {
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                        key + " is not translated into Arabic: " + text);
            }
        }
    }

    @Test
    void everyKeyUsedInPagesExists() throws IOException {
        Set<String> keys = bundle("fr").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = used.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyMessageKeyThrownByTheCodeExists() throws IOException {
        Set<String> keys = bundle("fr").stringPropertyNames();
        Pattern used = Pattern.compile("(?:\\w*RuleViolation|messages\\.(?:error|info))\\((?:null, )?\"([a-zA-Z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = used.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
