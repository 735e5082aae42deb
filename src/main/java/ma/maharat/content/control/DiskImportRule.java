package ma.maharat.content.control;

import ma.maharat.content.entity.CourseSource;

/**
 * What a disk import does with a course that may have been published from the browser since. The
 * disk is re-imported at every start; without this rule a restart would silently put back the older
 * files over what an author published. The rule: the disk wins only when its files changed since
 * they were last imported (someone edited modules-content on purpose); otherwise the version
 * published in the browser stays.
 */
public final class DiskImportRule {

    private DiskImportRule() {}

    /** The three outcomes. */
    public enum Decision {
        /** New course, or nothing published from the browser is at stake: import as always. */
        IMPORT,
        /** The disk files are those already imported once; the browser's newer version stays. */
        KEEP_PUBLISHED,
        /** The disk files changed since their last import and replace a version published in the browser. */
        IMPORT_OVER_PUBLISHED
    }

    /**
     * @param diskFingerprint the {@link CourseFingerprint} of the course folder on disk
     * @param source          what the current version was imported from, or {@code null} (new course,
     *                        or imported before sources were kept)
     */
    public static Decision decide(String diskFingerprint, CourseSource source) {
        return source == null ? Decision.IMPORT
                : decide(diskFingerprint, source.getOrigin(), source.getContentHash(), source.getDiskHash());
    }

    /**
     * @param origin      where the current version came from
     * @param currentHash the current version's fingerprint
     * @param diskHash    the disk files' fingerprint at their last import, or {@code null} if never
     */
    public static Decision decide(String diskFingerprint, CourseSource.Origin origin, String currentHash, String diskHash) {
        if (origin != CourseSource.Origin.BROWSER || diskFingerprint.equals(currentHash)) {
            return Decision.IMPORT;
        }
        return diskFingerprint.equals(diskHash) ? Decision.KEEP_PUBLISHED : Decision.IMPORT_OVER_PUBLISHED;
    }
}
