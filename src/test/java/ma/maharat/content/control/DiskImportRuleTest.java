package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ma.maharat.content.control.DiskImportRule.Decision;
import ma.maharat.content.entity.CourseSource.Origin;
import org.junit.jupiter.api.Test;

/** The restart rule: the disk wins only when its files changed since they were last imported. */
class DiskImportRuleTest {

    private static final String DISK_V1 = "a".repeat(64);
    private static final String BROWSER_V2 = "b".repeat(64);
    private static final String DISK_V3 = "c".repeat(64);

    @Test
    void aCourseImportedFromDiskIsImportedAsAlways() {
        assertEquals(Decision.IMPORT, DiskImportRule.decide(DISK_V3, Origin.DISK, DISK_V1, DISK_V1));
        assertEquals(Decision.IMPORT, DiskImportRule.decide(DISK_V1, null));
    }

    @Test
    void unchangedDiskFilesKeepTheVersionPublishedInTheBrowser() {
        assertEquals(Decision.KEEP_PUBLISHED, DiskImportRule.decide(DISK_V1, Origin.BROWSER, BROWSER_V2, DISK_V1));
    }

    @Test
    void diskFilesChangedSinceTheirLastImportReplaceTheBrowserVersion() {
        assertEquals(Decision.IMPORT_OVER_PUBLISHED, DiskImportRule.decide(DISK_V3, Origin.BROWSER, BROWSER_V2, DISK_V1));
        assertEquals(Decision.IMPORT_OVER_PUBLISHED, DiskImportRule.decide(DISK_V3, Origin.BROWSER, BROWSER_V2, null),
                "never imported from disk since sources are kept: the disk is taken as changed");
    }

    @Test
    void diskFilesEqualToTheBrowserVersionAreSimplyTheSameCourse() {
        assertEquals(Decision.IMPORT, DiskImportRule.decide(BROWSER_V2, Origin.BROWSER, BROWSER_V2, DISK_V1),
                "the export was copied into modules-content");
    }
}
