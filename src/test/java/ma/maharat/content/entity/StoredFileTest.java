package ma.maharat.content.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheHashOfItsBytesAndACopyOfThem() {
        byte[] bytes = utf8("# Couper");
        StoredFile file = new StoredFile("lessons/cut.fr.md", bytes);
        bytes[0] = 'X';

        assertEquals(CourseFiles.sha256(utf8("# Couper")), file.getContentHash());
        assertArrayEquals(utf8("# Couper"), file.getContent());
        assertEquals(8, file.getSize());
    }

    @Test
    void comparesByContentNotByPath() {
        StoredFile file = new StoredFile("quiz/bank.fr.gift", utf8("::q:: x {T}"));

        assertTrue(file.hasSameContent(new StoredFile("quiz/bank.ar.gift", utf8("::q:: x {T}"))));
        assertFalse(file.hasSameContent(new StoredFile("quiz/bank.fr.gift", utf8("::q:: x {F}"))));
    }

    @Test
    void refusesAPathOutsideTheCourseFolder() {
        assertThrows(IllegalArgumentException.class, () -> new StoredFile("../other/course.yaml", utf8("x")));
        assertThrows(IllegalArgumentException.class, () -> new StoredFile("/etc/passwd", utf8("x")));
    }

    @Test
    void turnsBackIntoTheFolderItCameFrom() {
        CourseFiles folder = CourseFiles.of(Map.of("course.yaml", utf8("id: x"), "media/a.png", new byte[] {1, 2, 3}));

        List<StoredFile> stored = folder.paths().stream().map(path -> StoredFile.of(folder, path)).toList();

        assertEquals(folder, StoredFile.folder(stored));
        assertThrows(IllegalArgumentException.class, () -> StoredFile.of(folder, "lessons/missing.fr.md"));
    }

    @Test
    void aRowTakesANewContentForItsPathOnly() {
        StoredFileRow row = new StoredFileRow(new StoredFile("course.yaml", utf8("id: x"))) { };

        row.replace(new StoredFile("course.yaml", utf8("id: y")));

        assertArrayEquals(utf8("id: y"), row.getFile().getContent());
        assertThrows(IllegalArgumentException.class, () -> row.replace(new StoredFile("media/a.png", utf8("id: z"))));
        assertEquals("course.yaml", row.getFile().getPath());
    }
}
