package ma.maharat.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.certificate.control.CertificateIssuing;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.EligibilityReport;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Issuing to everyone the preview ({@link CertificateCandidates}) says will receive a certificate,
 * {@value #BATCH} at a time by the page's poll, each batch in its own transaction: 400 certificates never
 * make one long request, the progress bar moves, and a run broken off is simply started again (batches
 * skip whoever already holds one).
 */
@Named
@ViewScoped
public class BulkIssuing implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int BATCH = 20;

    @Inject
    transient CertificateIssuing issuing;

    @Inject
    transient PageMessages messages;

    @Inject
    CertificateCandidates candidates;

    @Inject
    CertificateSearch search;

    /** What the run issues: a course's certificates (programme null), or a cohort's programme certificates. */
    private Long courseId;
    private Long programmeId;
    private final ArrayDeque<Long> pending = new ArrayDeque<>();
    private int total;
    private int issued;
    private int skipped;
    private boolean running;

    /** Starts issuing to everyone the preview, shown again now, says will receive one; the poll does the work. */
    public void start() {
        candidates.show();
        EligibilityReport report = candidates.getReport();
        if (report == null) {
            return;
        }
        programmeId = report.programme() == null ? null : report.programme().getId();
        courseId = report.course() == null ? null : report.course().getId();
        pending.clear();
        pending.addAll(report.toIssue());
        total = pending.size();
        issued = 0;
        skipped = 0;
        running = total > 0;
        if (!running) {
            messages.info("certificates.nobodyToIssue");
        }
    }

    /** One batch, called by the poll while bulk issuing runs. */
    public void issueNextBatch() {
        if (!running) {
            return;
        }
        List<Long> batch = new ArrayList<>();
        while (!pending.isEmpty() && batch.size() < BATCH) {
            batch.add(pending.poll());
        }
        try {
            CertificateIssuing.BatchOutcome outcome = programmeId != null
                    ? issuing.issueProgrammeBatch(programmeId, batch)
                    : issuing.issueBatch(courseId, batch);
            issued += outcome.issuedNumbers().size();
            skipped += outcome.skipped();
        } catch (CertificateRuleViolation e) {
            messages.error(e);
            pending.clear();
        }
        if (pending.isEmpty()) {
            running = false;
            messages.info("certificates.bulkDone", issued, skipped);
            candidates.show();
            search.find();
        }
    }

    public int getPercent() {
        return total == 0 ? 0 : (total - pending.size()) * 100 / total;
    }

    public int getProcessed() {
        return total - pending.size();
    }

    public boolean isRunning() {
        return running;
    }

    public int getTotal() {
        return total;
    }

    public int getIssued() {
        return issued;
    }
}
