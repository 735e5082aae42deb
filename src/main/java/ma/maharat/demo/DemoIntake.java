package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.control.References;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.TurnoverBand;
import ma.maharat.platform.i18n.CenterDates;

/**
 * The demo's call for applications, open today so that anyone trying the demo can apply on /apply/,
 * with 30 applications: the demo cooperatives (as they would have applied) and fourteen more of the
 * region, two of them withdrawn. Names and figures are seeded, so that the demo reads the same each time; references are random, as always.
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
        for (Cooperative cooperative : em.createNamedQuery(Cooperative.ALL, Cooperative.class).getResultList()) {
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
        for (int i = 0; i < applicants.size(); i++) {
            IntakeApplication application = new IntakeApplication(call, references.next(), applicants.get(i),
                    sent.plus(i * 13L, ChronoUnit.HOURS));
            if (i == APPLICATIONS - 1 || i == APPLICATIONS - 6) {
                application.withdraw(sent.plus(i * 13L + 48, ChronoUnit.HOURS));
            }
            em.persist(application);
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
