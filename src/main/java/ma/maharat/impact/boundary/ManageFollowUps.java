package ma.maharat.impact.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import ma.maharat.center.control.PublicAddress;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.impact.control.FollowUpLinks;
import ma.maharat.impact.control.FollowUpRuleViolation;
import ma.maharat.impact.control.FollowUps;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.impact.entity.FollowUpLink;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.entity.Cohort;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /admin/follow-ups.xhtml?cohort=}: a cohort's cooperatives and their rounds (recorded, missing, to
 * come), the form to record or correct one, and the links sent to presidents (created, shown once, revoked).
 */
@Named
@ViewScoped
public class ManageFollowUps implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FollowUps followUps;

    @Inject
    transient FollowUpLinks links;

    @Inject
    transient PageMessages messages;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PublicAddress publicAddress;

    @Inject
    transient HttpServletRequest request;

    private List<Cohort> cohorts;
    private Cohort cohort;
    private List<FollowUps.CooperativeRounds> board = List.of();
    private List<FollowUpLink> cohortLinks = List.of();

    // The form open: which cooperative and round, and what it says.
    private Long cooperativeId;
    private String cooperativeName;
    private FollowUpRound round;
    private FollowUpForm form;
    private boolean storyChosen;

    /** A link just created: its address, shown once. */
    private String newLink;

    @PostConstruct
    void load() {
        cohorts = followUps.cohorts();
        String asked = request.getParameter("cohort");
        try {
            long id = asked == null ? defaultCohort() : Long.parseLong(asked);
            cohort = followUps.cohort(id).orElse(null);
        } catch (NumberFormatException e) {
            cohort = null;
        }
        refresh();
    }

    /** Without a choice: the latest cohort already over (its follow-ups are the ones due), else the latest started, else the first. */
    private long defaultCohort() {
        java.time.LocalDate today = java.time.LocalDate.now(ma.maharat.platform.i18n.CenterDates.CENTER_ZONE);
        return cohorts.stream().filter(c -> c.getEndDate().isBefore(today)).findFirst()
                .or(() -> cohorts.stream().filter(c -> !c.getStartDate().isAfter(today)).findFirst())
                .or(() -> cohorts.stream().findFirst()).map(Cohort::getId).orElse(-1L);
    }

    private void refresh() {
        if (cohort != null) {
            board = followUps.board(cohort.getId());
            cohortLinks = links.ofCohort(cohort.getId());
        }
    }

    /** Opens the form for one cooperative's round, filled when it is recorded. */
    public void open(FollowUps.CooperativeRounds row, FollowUpRound round) {
        this.cooperativeId = row.cooperative().getId();
        this.cooperativeName = row.cooperative().getNameFr();
        this.round = round;
        FollowUp recorded = row.of(round);
        this.form = recorded == null ? FollowUpForm.blank() : FollowUpForm.of(recorded.details());
        this.storyChosen = recorded != null && recorded.isStoryChosen();
        this.newLink = null;
    }

    public void save() {
        try {
            FollowUp saved = followUps.record(cohort.getId(), cooperativeId, round, form.details(), currentUser.required().accountId());
            if (saved.isStoryChosen() != storyChosen) {
                followUps.chooseStory(saved.getId(), storyChosen);
            }
            messages.info("followUps.saved", cooperativeName);
            form = null;
            refresh();
        } catch (FollowUpRuleViolation e) {
            FormProblems.show(messages, "editor", e);
        }
    }

    public void cancel() {
        form = null;
    }

    public void addOrderRows() {
        form.addOrderRows();
    }

    /** Creates a link for one cooperative's round and shows its address once. */
    public void createLink(FollowUps.CooperativeRounds row, FollowUpRound round) {
        try {
            String token = links.create(cohort.getId(), row.cooperative().getId(), round, currentUser.required().accountId());
            newLink = publicAddress.current() + "/follow-up/?t=" + token;
            form = null;
            messages.info("followUps.linkCreated", row.cooperative().getNameFr());
            refresh();
        } catch (FollowUpRuleViolation e) {
            messages.error(e);
        }
    }

    public void revoke(FollowUpLink link) {
        try {
            links.revoke(link.getId());
            messages.info("followUps.linkRevoked", link.getCooperative().getNameFr());
            refresh();
        } catch (FollowUpRuleViolation e) {
            messages.error(e);
        }
    }

    /** A link's state for the list: open, used, revoked or expired. */
    public String linkState(FollowUpLink link) {
        FollowUpLink.Refusal refusal = link.refusalAt(java.time.Instant.now());
        return refusal == null ? "OPEN" : refusal.name();
    }

    public long getMissingCount() {
        return board.stream().mapToLong(FollowUps.CooperativeRounds::missing).sum();
    }

    public FollowUpRound[] getRounds() {
        return FollowUpRound.values();
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<FollowUps.CooperativeRounds> getBoard() {
        return board;
    }

    public List<FollowUpLink> getCohortLinks() {
        return cohortLinks;
    }

    public String getCooperativeName() {
        return cooperativeName;
    }

    public FollowUpRound getRound() {
        return round;
    }

    public FollowUpForm getForm() {
        return form;
    }

    public boolean isStoryChosen() {
        return storyChosen;
    }

    public void setStoryChosen(boolean storyChosen) {
        this.storyChosen = storyChosen;
    }

    public String getNewLink() {
        return newLink;
    }
}
