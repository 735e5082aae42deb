package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ma.maharat.identity.entity.Role;
import ma.maharat.impact.control.FollowUps;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.impact.entity.OrderLine;
import ma.maharat.impact.entity.TurnoverBand;
import ma.maharat.training.entity.Cohort;

/**
 * The demo's follow-ups of "Cycle 1 — 2026" (January to March 2026): every cooperative's baseline, and the
 * 3-month round of three of them — Tifawin's with its first order of 1,400 garments and its story chosen for
 * the partners' report. Tarfaya Confection's 3-month round and everyone's 6-month round are left missing, so
 * the follow-up page lists missing rounds from the start.
 */
@Stateless
public class DemoFollowUps {

    private static final Logger LOG = Logger.getLogger(DemoFollowUps.class.getName());
    private static final String FIRST_COHORT = "Cycle 1 — 2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    FollowUps followUps;

    public void load() {
        List<Cohort> cohorts = em.createNamedQuery(Cohort.BY_NAME, Cohort.class).setParameter("name", FIRST_COHORT).getResultList();
        if (cohorts.isEmpty()) {
            return;
        }
        Cohort cohort = cohorts.get(0);
        Map<String, Long> ids = new java.util.HashMap<>();
        cohort.getCooperatives().forEach(c -> ids.put(c.getNameFr(), c.getId()));
        // Recorded by the administrator when there is one yet, else as if sent by the presidents' links.
        Long admin = em.createQuery("SELECT a.id FROM Account a WHERE a.role = :role ORDER BY a.id", Long.class).setParameter("role", Role.ADMIN)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        int recorded = 0;
        Long tifawin = ids.get("Coopérative Tifawin de couture");
        if (tifawin != null) {
            record(cohort, tifawin, FollowUpRound.BASELINE, admin, new FollowUpDetails(TurnoverBand.FROM_50K_TO_200K, 24, 0, 3, 0,
                    null, null, 4, null, List.of(new OrderLine("Boutique Lalla Mina, Laâyoune", 120, 36_000L))));
            FollowUp after = record(cohort, tifawin, FollowUpRound.MONTHS_3, null, new FollowUpDetails(TurnoverBand.FROM_200K_TO_500K, 26, 0, 9, 1,
                    "Uniformes de restauration ; caftans prêts-à-porter", "2 machines à coudre industrielles, 1 surjeteuse", 1,
                    "بعد التكوين حسبنا تكاليفنا وقدّمنا عيّنة مطابقة لدفتر التحملات، فحصلنا في ماي على أول طلبية لنا: 1400 بذلة عمل لفندق بالعيون."
                            + " Après la formation, nous avons calculé nos coûts et présenté un échantillon conforme : notre première commande de"
                            + " 1 400 tenues est arrivée en mai.",
                    List.of(new OrderLine("Hôtel de Laâyoune (tenues du personnel)", 1400, 420_000L),
                            new OrderLine("Marché solidaire de Laâyoune", 60, 15_000L))));
            followUps.chooseStory(after.getId(), true);
            recorded += 2;
        }
        Long amal = ids.get("Coopérative Al Amal Textile");
        if (amal != null) {
            record(cohort, amal, FollowUpRound.BASELINE, admin, new FollowUpDetails(TurnoverBand.UNDER_50K, 18, 0, 2, 0, null, null, 2, null,
                    List.of(new OrderLine("Association des parents d’élèves, Laâyoune", 40, 12_000L))));
            record(cohort, amal, FollowUpRound.MONTHS_3, admin, new FollowUpDetails(TurnoverBand.FROM_50K_TO_200K, 19, 0, 4, 0,
                    "Tabliers brodés", null, 0, null, List.of(new OrderLine("École privée Al Massira", 200, 48_000L),
                            new OrderLine("Coopérative de tourisme de Foum El Oued", 80, 20_000L))));
            recorded += 2;
        }
        Long nour = ids.get("Coopérative Nour Es-Semara");
        if (nour != null) {
            record(cohort, nour, FollowUpRound.BASELINE, admin, new FollowUpDetails(TurnoverBand.UNDER_50K, 15, 2, 1, 1, null, null, 3, null, List.of()));
            record(cohort, nour, FollowUpRound.MONTHS_3, null, new FollowUpDetails(TurnoverBand.UNDER_50K, 16, 2, 2, 1, "ملاحف بألوان طبيعية", null, 1,
                    "صرنا نقيس الجودة قبل التسليم، ولم يُرجَع لنا أي منتوج منذ الطلبية الأولى.",
                    List.of(new OrderLine("Moussem de Tan-Tan", 150, 30_000L))));
            recorded += 2;
        }
        Long tarfaya = ids.get("Coopérative Tarfaya Confection");
        if (tarfaya != null) {
            record(cohort, tarfaya, FollowUpRound.BASELINE, admin, new FollowUpDetails(null, 12, 6, 2, 2, null, null, 5, null,
                    List.of(new OrderLine("Port de Tarfaya (gilets)", 100, 20_000L))));
            recorded++;
        }
        int count = recorded;
        LOG.info(() -> "Demo follow-ups of " + FIRST_COHORT + ": " + count + " rounds recorded");
    }

    private FollowUp record(Cohort cohort, long cooperative, FollowUpRound round, Long admin, FollowUpDetails details) {
        return followUps.record(cohort.getId(), cooperative, round, details, admin);
    }
}
