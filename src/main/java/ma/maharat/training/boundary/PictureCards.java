package ma.maharat.training.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.PicturePasswords;
import ma.maharat.identity.control.PictureSequence;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PictureCardPdf;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.entity.Cohort;
import org.omnifaces.cdi.ViewScoped;

/**
 * A cohort's picture cards ({@code admin/picture-cards.xhtml}, {@code trainer/picture-cards.xhtml}):
 * its trainees, whether each has pictures, and the button that draws new pictures for the ticked ones
 * and answers their cards as one PDF. Pictures are stored hashed, so a card can be printed only when its
 * pictures are drawn, and drawing again makes the old card worthless (a lost card is replaced that way).
 * Administrators may do it for any cohort, a trainer for the cohorts she is assigned to (403 otherwise).
 */
@Named
@ViewScoped
public class PictureCards implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient TrainerAssignments assignments;

    @Inject
    transient PicturePasswords picturePasswords;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    /** One line of the page. */
    public record TraineeLine(long id, String fullName, String fullNameAr, String cooperative, Instant picturesSetAt) implements Serializable {}

    private Long cohortId;
    private String cohortName;
    private boolean pictureSignIn;
    private List<TraineeLine> trainees = List.of();
    private Map<Long, Boolean> ticked = new HashMap<>();

    /**
     * The view action: without a cohort the page says where to choose one; a cohort must exist (404) and
     * be this person's to print for (403).
     */
    public void load() throws IOException {
        if (cohortId == null || !allowed()) {
            return;
        }
        reload();
        trainees.forEach(t -> ticked.put(t.id(), t.picturesSetAt() == null));
    }

    private void reload() {
        Cohort cohort = cohorts.find(cohortId);
        cohortName = cohort.getName();
        pictureSignIn = cohort.isPictureSignIn();
        trainees = cohorts.trainees(cohortId).stream()
                .map(a -> new TraineeLine(a.getId(), a.getFullName(), a.getFullNameAr(), a.getCooperative().getNameFr(), a.getPicturesSetAt()))
                .toList();
    }

    public void tickAll() {
        trainees.forEach(t -> ticked.put(t.id(), true));
    }

    /** Draws new pictures for the ticked trainees and answers their cards, never to be cached. */
    public void drawAndPrint() throws IOException {
        if (!allowed()) {
            return;
        }
        List<Long> chosen = trainees.stream().map(TraineeLine::id).filter(id -> Boolean.TRUE.equals(ticked.get(id))).toList();
        if (chosen.isEmpty()) {
            messages.error(null, "cards.noneTicked");
            return;
        }
        // Only trainees of this cohort, as listed now: a forged id of someone else is dropped here.
        Map<Long, Account> current = new HashMap<>();
        cohorts.trainees(cohortId).forEach(a -> current.put(a.getId(), a));
        List<Long> drawFor = chosen.stream().filter(current::containsKey).toList();
        Map<Long, PictureSequence> drawn = picturePasswords.drawFor(drawFor);
        List<PictureCardPdf.Card> cards = new ArrayList<>();
        drawn.forEach((id, sequence) -> {
            Account a = current.get(id);
            cards.add(new PictureCardPdf.Card(a.getFullName(), a.getFullNameAr(), a.getCooperative().getNameFr(),
                    a.getCooperative().getNameAr(), "ar".equals(a.getPreferredLanguage()), sequence));
        });
        byte[] pdf = new PictureCardPdf().render(cohortName, cards);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        // The cards hold the trainees' secrets: no copy in any cache, the browser's included.
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Pragma", "no-cache");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"picture-cards-" + cohortId + ".pdf\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(pdf);
        }
        faces.responseComplete();
    }

    private boolean allowed() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (cohortId == null) {
            return refuse(external, HttpServletResponse.SC_NOT_FOUND);
        }
        try {
            cohorts.find(cohortId);
        } catch (CohortRuleViolation e) {
            return refuse(external, HttpServletResponse.SC_NOT_FOUND);
        }
        var user = currentUser.required();
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (user.role() == Role.TRAINER && assignments.isAssignedToCohort(user.accountId(), cohortId)) {
            return true;
        }
        return refuse(external, HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean refuse(ExternalContext external, int status) throws IOException {
        external.responseSendError(status, null);
        FacesContext.getCurrentInstance().responseComplete();
        return false;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public boolean isCohortChosen() {
        return cohortName != null;
    }

    public String getCohortName() {
        return cohortName;
    }

    public boolean isPictureSignIn() {
        return pictureSignIn;
    }

    public List<TraineeLine> getTrainees() {
        return trainees;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }
}
