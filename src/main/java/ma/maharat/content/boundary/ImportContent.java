package ma.maharat.content.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.ImportReport;

/**
 * The administrators' "Import content" button: runs one import at a time in the background, and
 * tells the page how far it is and, at the end, what it did.
 */
@Named
@ApplicationScoped
public class ImportContent {

    private static final Logger LOG = Logger.getLogger(ImportContent.class.getName());

    @Inject
    ContentImport contentImport;

    @Inject
    ContentStartupImport startup;

    @Resource
    ManagedExecutorService executor;

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
                lastReport.set(contentImport.importFolder(startup.folder(), (done, total) -> percent.set(done * 100 / Math.max(1, total))));
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

    public ImportReport getLastReport() {
        return lastReport.get();
    }
}
