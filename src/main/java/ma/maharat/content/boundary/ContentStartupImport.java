package ma.maharat.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.platform.database.SingleRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports modules-content at every start, so a deployed Maharat always teaches what the files say.
 * Problems are logged with file and line; a course with problems keeps what was imported before. In a
 * cluster the nodes take turns ({@code platform.database.StartUpTurn}): the first imports, the next finds
 * every course unchanged.
 */
@Startup
@Singleton
@DependsOn("StartUpTurn")
@TransactionManagement(TransactionManagementType.BEAN)
public class ContentStartupImport {

    private static final Logger LOG = Logger.getLogger(ContentStartupImport.class.getName());

    @Inject
    ContentImport contentImport;

    @Inject
    SingleRun singleRun;

    @Inject
    @ConfigProperty(name = "maharat.content.dir", defaultValue = "modules-content")
    String contentDir;

    @PostConstruct
    void importContent() {
        Path folder = Path.of(contentDir).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "No course content imported: " + folder + " is not a folder (set MAHARAT_CONTENT_DIR)");
            return;
        }
        // An administrator's import may be running on another node (this node's own start-up turn does not stop it).
        boolean ran = singleRun.runAlone(ImportContent.JOB, () -> logged(folder, contentImport.importFolder(folder, (done, total) -> { })));
        if (!ran) {
            LOG.info("Course content not imported at this start: another node is importing it now");
        }
    }

    private static void logged(Path folder, ImportReport report) {
        LOG.info(() -> "Imported course content from " + folder + ": " + report.count(CourseImportResult.Outcome.CREATED) + " created, "
                + report.count(CourseImportResult.Outcome.UPDATED) + " updated, " + report.count(CourseImportResult.Outcome.UNCHANGED)
                + " unchanged, " + report.count(CourseImportResult.Outcome.REJECTED) + " rejected");
        report.problems().forEach(problem -> LOG.warning(() -> "Content problem: " + problem));
    }

    public Path folder() {
        return Path.of(contentDir).toAbsolutePath().normalize();
    }
}
