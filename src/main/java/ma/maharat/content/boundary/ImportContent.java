package ma.maharat.content.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.course.entity.Course;
import ma.maharat.platform.database.SingleRun;

/**
 * The administrators' "Import content" button: runs one import at a time in the background, and
 * tells the page how far it is and, at the end, what it did. One at a time in the whole cluster too
 * ({@link SingleRun}, job {@value #JOB}, shared with the import at start): an import already running on
 * another node makes this one do nothing, as a second click here does.
 */
@Named
@ApplicationScoped
public class ImportContent {

    private static final Logger LOG = Logger.getLogger(ImportContent.class.getName());
    static final String JOB = "content-import";

    @Inject
    ContentImport contentImport;

    @Inject
    ContentStartupImport startup;

    @Resource
    ManagedExecutorService executor;

    @Inject
    SingleRun singleRun;

    @PersistenceContext
    EntityManager em;

    private final AtomicInteger percent = new AtomicInteger(0);
    private final AtomicReference<ImportReport> lastReport = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts an import unless one is running; returns whether it started. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        percent.set(0);
        executor.submit(() -> {
            try {
                boolean ran = singleRun.runAlone(JOB,
                        () -> lastReport.set(contentImport.importFolder(startup.folder(), (done, total) -> percent.set(done * 100 / Math.max(1, total)))));
                if (!ran) {
                    LOG.info("Content import not started here: another node is importing the content now");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Content import failed", e);
            } finally {
                percent.set(100);
                running.set(false);
            }
        });
        return true;
    }

    public boolean isRunning() {
        return running.get();
    }

    public int getPercent() {
        return percent.get();
    }

    /**
     * A course of the report by its title in the reader's language, as staff know it (the report names
     * courses by their folder's code); the code itself for a course refused before it was ever saved.
     */
    public String courseTitle(String code, String language) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getResultStream().findFirst()
                .map(course -> course.getTitle().in(language)).orElse(code);
    }

    public ImportReport getLastReport() {
        return lastReport.get();
    }
}
