package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.control.References;
import ma.maharat.intake.control.Selection;
import ma.maharat.intake.control.SelectionScoring;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.Assessment;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.Topic;
import ma.maharat.intake.entity.TurnoverBand;
import ma.maharat.platform.i18n.CenterDates;

/**
 * The demo's call for applications, open today so that anyone trying the demo can apply on /apply/,
 * with 30 applications: the demo cooperatives (as they would have applied) and fourteen more of the
 * region, two of them withdrawn; the field visits' assessments and the committee's decisions (the demo
 * cooperatives among the 20 selected). Names and figures are seeded, so that the demo reads the same each time; references are random, as always.
 */
@Stateless
public class DemoIntake {

    static final String TITLE_FR = "Appel à candidatures 2026 — Laâyoune-Sakia El Hamra";
    static final int APPLICATIONS = 30;

    private static final String[][] MORE = {
        {"Coopérative Lemsid Tissage", "تعاونية لمسيد للنسيج", "Laâyoune", "Lemsid"},
        {"Coopérative Dcheira Broderie", "تعاونية الدشيرة للطرز", "Laâyoune", "Dcheira"},
        {"Coopérative Boukraa Couture", "تعاونية بوكراع للخياطة", "Laâyoune", "Boukraa"},
        {"Association Femmes d’El Hagounia", "جمعية نساء الحكونية", "Tarfaya", "El Hagounia"},
        {"Coopérative Tichla Melhfa", "تعاونية تشلا للملحفة", "Boujdour", "Boujdour"},
        {"Coopérative Jraifia Laine", "تعاونية اجريفية للصوف", "Boujdour", "Jraifia"},
        {"Coopérative Mahbes Artisanat", "تعاونية المحبس للصناعة التقليدية", "Es-Semara", "Es-Semara"},
        {"Coopérative Sidi Ahmed Laaroussi", "تعاونية سيدي أحمد العروسي", "Es-Semara", "Sidi Ahmed Laaroussi"},
        {"GIE Laâyoune Mode", "مجموعة النفع الاقتصادي العيون للموضة", "Laâyoune", "Laâyoune"},
        {"Coopérative Oum Saad Couture", "تعاونية أم سعد للخياطة", "Laâyoune", "Laâyoune"},
        {"Coopérative Daoura Textile", "تعاونية الدورة للنسيج", "Laâyoune", "Daoura"},
        {"Association Al Ihsane Tarfaya", "جمعية الإحسان طرفاية", "Tarfaya", "Tarfaya"},
        {"Coopérative Gueltat Zemmour", "تعاونية كلتة زمور", "Boujdour", "Gueltat Zemmour"},
        {"Coopérative Tifariti Création", "تعاونية تيفاريتي للإبداع", "Es-Semara", "Es-Semara"},
    };
    private static final Map<Topic, String> NEED_COMMENTS = Map.of(
            Topic.SOURCING, "Achète le tissu au détail, sans fournisseur régulier",
            Topic.MODELING, "Pas de patrons : tout est coupé à l’œil",
            Topic.PROTOTYPING, "Aucun prototype avant la série",
            Topic.QUALITY, "Finitions irrégulières, pas de contrôle",
            Topic.PRODUCTION, "Pas de planning, retards fréquents",
            Topic.MARKETING, "Vend seulement au souk hebdomadaire",
            Topic.MANAGEMENT, "Pas de comptabilité tenue");
    private static final String[] PRODUCTS = {"Melhfas, voiles teints", "Caftans, djellabas", "Tapis, tissage de laine",
        "Broderie, linge de maison", "Uniformes scolaires", "Sacs brodés"};
    private static final String[] WISHES = {"Modélisme et patronage", "Contrôle qualité", "Vendre en ligne", "Organiser la production"};

    @PersistenceContext
    EntityManager em;

    public void load() {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(CenterDates.CENTER_ZONE);
        IntakeCall call = new IntakeCall(new CallDetails("طلب الترشيحات 2026 — جهة العيون الساقية الحمراء", TITLE_FR,
                "يدعو المركز تعاونيات النسيج بالجهة إلى الترشح لبرنامج تنمية الكفاءات: 20 تعاونية ستستفيد من تكوين يلائم حاجياتها.",
                "Le centre invite les coopératives textiles de la région à candidater à son programme de développement des "
                        + "compétences : 20 coopératives bénéficieront d’une formation adaptée à leurs besoins.",
                today.minusDays(20), today.plusDays(25), 20, "Laâyoune-Sakia El Hamra",
                EnumSet.of(LegalForm.COOPERATIVE, LegalForm.ASSOCIATION, LegalForm.GIE), true, 5), Instant.now().minus(30, ChronoUnit.DAYS));
        em.persist(call);
        List<ApplicationDetails> applicants = new ArrayList<>();
        List<Cooperative> cooperatives = em.createNamedQuery(Cooperative.ALL, Cooperative.class).getResultList();
        for (Cooperative cooperative : cooperatives) {
            applicants.add(fromCooperative(cooperative.details(), random));
        }
        for (int i = 0; applicants.size() < APPLICATIONS && i < MORE.length; i++) {
            String[] more = MORE[i];
            int members = 6 + random.nextInt(30);
            applicants.add(new ApplicationDetails(more[1], more[0], more[0].startsWith("GIE") ? LegalForm.GIE
                    : more[0].startsWith("Association") ? LegalForm.ASSOCIATION : LegalForm.COOPERATIVE, null, more[2], more[3],
                    2008 + random.nextInt(17), members, members - random.nextInt(3), random.nextInt(10) < 8, true,
                    PRODUCTS[random.nextInt(PRODUCTS.length)], "Machines à coudre", "Clientes du quartier, souk hebdomadaire",
                    TurnoverBand.values()[random.nextInt(3)], WISHES[random.nextInt(WISHES.length)], "Contact " + more[3],
                    "0661" + (100000 + random.nextInt(899999)), null));
        }
        References references = new References();
        Instant sent = Instant.now().minus(19, ChronoUnit.DAYS);
        List<IntakeApplication> applications = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            IntakeApplication application = new IntakeApplication(call, references.next(), applicants.get(i),
                    sent.plus(i * 13L, ChronoUnit.HOURS));
            if (i == APPLICATIONS - 1 || i == APPLICATIONS - 6) {
                application.withdraw(sent.plus(i * 13L + 48, ChronoUnit.HOURS));
            }
            em.persist(application);
            applications.add(application);
        }
        assessAndDecide(call, applications, cooperatives, random, today);
    }

    /**
     * Every application still standing was visited; the committee selected the demo's cooperatives (as the
     * programme did: they are the ones the centre trains) and the best-ranked others up to the places, put
     * the next three on the waiting list and refused the rest with a reason.
     */
    private void assessAndDecide(IntakeCall call, List<IntakeApplication> applications, List<Cooperative> cooperatives, Random random,
            LocalDate today) {
        String[] visitors = {"samira.bennani", "omar.alaoui", "latifa.mansouri"};
        Instant decidedAt = Instant.now().minus(2, ChronoUnit.DAYS);
        List<IntakeApplication> others = new ArrayList<>();
        Map<IntakeApplication, BigDecimal> totals = new HashMap<>();
        for (int i = 0; i < applications.size(); i++) {
            IntakeApplication application = applications.get(i);
            if (application.isWithdrawn()) {
                continue;
            }
            boolean trained = i < cooperatives.size();
            Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
            Map<Topic, String> comments = new EnumMap<>(Topic.class);
            for (Topic topic : Topic.values()) {
                // The cooperatives the centre trains needed it most; the others less, and unevenly.
                int score = trained ? 2 + random.nextInt(3) : random.nextInt(4);
                scores.put(topic, score);
                if (score >= 3) {
                    comments.put(topic, NEED_COMMENTS.getOrDefault(topic, "Besoin important"));
                }
            }
            Assessment assessment = new Assessment(application, new AssessmentDetails(today.minusDays(12 - i % 10),
                    i % 3 == 0 ? "Agent de la délégation provinciale" : null, scores, comments,
                    "Atelier visité, machines en état de marche ; l’équipe est motivée."), visitors[i % visitors.length],
                    decidedAt.minus(3, ChronoUnit.DAYS));
            em.persist(assessment);
            if (trained) {
                application.decide(Decision.SELECTED, null, "admin", decidedAt);
                application.convertedInto(cooperatives.get(i).getId());
            } else {
                others.add(application);
                totals.put(application, SelectionScoring.score(Selection.weights(call), scores.values(), application.getMembers(),
                        application.isLedByWoman()).total());
            }
        }
        // The others in the order of the ranking the committee saw.
        others.sort(Comparator.comparing(totals::get, Comparator.reverseOrder()));
        int free = call.getPlaces() - cooperatives.size();
        for (int i = 0; i < others.size(); i++) {
            IntakeApplication application = others.get(i);
            if (i < free) {
                application.decide(Decision.SELECTED, null, "admin", decidedAt);
            } else if (i < free + 3) {
                application.decide(Decision.WAITING_LIST, "Places toutes prises ; rang " + (i - free + 1) + " sur la liste d’attente.",
                        "admin", decidedAt);
            } else {
                application.decide(Decision.REFUSED, "Besoins relevés à la visite moins prioritaires que ceux des structures retenues.",
                        "admin", decidedAt);
            }
        }
    }

    private static ApplicationDetails fromCooperative(CooperativeDetails c, Random random) {
        int members = c.membersCount() == null ? 8 + random.nextInt(20) : Math.max(1, c.membersCount());
        String phone = c.contactPhone() == null ? "0662" + (100000 + random.nextInt(899999)) : c.contactPhone().replaceAll("[^+0-9]", "");
        return new ApplicationDetails(c.nameAr(), c.nameFr(), c.legalForm(), null, c.province() == null ? c.city() : c.province(),
                c.city(), c.yearFounded(), members, c.womenLed() ? members : Math.max(0, members - 4), c.womenLed(), true,
                c.mainProducts() == null ? PRODUCTS[random.nextInt(PRODUCTS.length)] : c.mainProducts(), "Machines à coudre, surjeteuse",
                "Boutiques de Laâyoune", TurnoverBand.values()[1 + random.nextInt(2)], WISHES[random.nextInt(WISHES.length)],
                c.contactName() == null ? "Présidente" : c.contactName(), phone, c.contactEmail());
    }
}
