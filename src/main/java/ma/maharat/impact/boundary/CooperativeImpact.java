package ma.maharat.impact.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.impact.control.FollowUps;
import ma.maharat.impact.control.ImpactData;
import ma.maharat.impact.control.ImpactFacts;
import ma.maharat.impact.control.Indicator;
import ma.maharat.impact.control.Indicators;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.intake.control.CooperativeBeginnings;

/**
 * {@code /admin/cooperative-impact.xhtml?id=}: one cooperative's story, from its application (when it came
 * through a call: what it wanted to learn, its field visit's needs, the committee's decision) and its cohorts'
 * indicators to each follow-up recorded, its orders and its words. Without an id it lists the cooperatives to choose from;
 * an unknown id answers 404.
 */
@Named
@RequestScoped
public class CooperativeImpact {

    @PersistenceContext
    EntityManager em;

    @Inject
    FollowUps followUps;

    @Inject
    ImpactFacts facts;

    @Inject
    Cooperatives cooperatives;

    @Inject
    CooperativeBeginnings beginnings;

    private Cooperative cooperative;
    private List<Cooperative> choices = List.of();
    private List<FollowUp> rounds = List.of();
    private List<Indicator> indicators = List.of();
    private CooperativeBeginnings.Beginning beginning;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || id.isBlank()) {
            choices = cooperatives.all();
            return;
        }
        try {
            cooperative = em.find(Cooperative.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            cooperative = null;
        }
        if (cooperative == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        beginning = beginnings.of(cooperative.getId()).orElse(null);
        rounds = followUps.ofCooperative(cooperative.getId());
        ImpactData data = facts.of(facts.cohorts(null, null, null)).ofCooperatives(Set.of(cooperative.getId()));
        indicators = Indicators.of(data);
    }

    /** The page's view action: the lookup above has run before anything is written. */
    public void lookUp() {
        // Done in @PostConstruct.
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    /** The cooperatives to choose from, when the address names none. */
    public List<Cooperative> getChoices() {
        return choices;
    }

    /** Its application, field visit and the committee's decision; null when it did not come through a call. */
    public CooperativeBeginnings.Beginning getBeginning() {
        return beginning;
    }

    public List<FollowUp> getRounds() {
        return rounds;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }
}
