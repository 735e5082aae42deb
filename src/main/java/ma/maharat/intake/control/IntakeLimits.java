package ma.maharat.intake.control;

/**
 * The limits on an application's documents, from the configuration ({@code maharat.intake.*}, see
 * README): bytes per file, bytes per application, files per application.
 */
public record IntakeLimits(long fileBytes, long applicationBytes, int files) {

    /** The defaults: 5 MiB a file, 20 MiB and 8 files an application (statutes and a few photos). */
    public static final IntakeLimits DEFAULT = new IntakeLimits(5L * 1024 * 1024, 20L * 1024 * 1024, 8);

    public IntakeLimits {
        if (fileBytes < 1 || applicationBytes < fileBytes || files < 1) {
            throw new IllegalArgumentException("Invalid intake limits: " + fileBytes + ", " + applicationBytes + ", " + files);
        }
    }
}
