package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.PasswordHashing;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.platform.i18n.DateDisplay;
import ma.maharat.training.control.Attendances;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PersonalisedProgrammes;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import ma.maharat.training.entity.CourseTreatment;
import ma.maharat.training.entity.Room;
import ma.maharat.training.entity.SessionDetails;
import ma.maharat.training.entity.TrainingSession;

/**
 * The people and the planning of the demo data set, added to what {@link DemoData} loads (and inside
 * its transaction): twelve more cooperatives of the Laâyoune–Sakia El Hamra region with one trainee
 * each, a third trainer, two more cohorts around today's date, the trainers assigned to courses of the
 * three cohorts, a few weeks of sessions planned through the planning rules, and attendance of the
 * sessions already past. Dates follow today's so that the calendars always show something.
 */
@Stateless
public class DemoPlanning {

    private static final String FIRST_COHORT = "Cycle 1 — 2026";
    private static final Logger LOG = Logger.getLogger(DemoPlanning.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Enrollments enrollments;

    @Inject
    Cohorts cohorts;

    @Inject
    TrainerAssignments assignments;

    @Inject
    TrainingSessions sessions;

    @Inject
    Attendances attendances;

    @Inject
    DemoPictures pictures;

    @Inject
    PersonalisedProgrammes personalised;

    record DemoMember(String username, String fullName, String fullNameAr, String language) {}

    /** The members who are men; the others are women. */
    private static final java.util.Set<String> MEN = java.util.Set.of("lahcen.bouh", "ahmed.erguibi");

    /** Adds the people and the planning, once DemoData loaded its cooperatives, accounts and "Cycle 1 — 2026". */
    public void load(String password) {
        // One hash for all these demo accounts: PBKDF2 is slow on purpose, and their password is public anyway.
        String hash = hashing.hash(password.toCharArray());
        Map<Cooperative, DemoMember> members = cooperativesWithOneMember(hash);
        Account latifa = new Account("latifa.mansouri", "Latifa Mansouri", Role.TRAINER, hash);
        latifa.setFullNameAr("لطيفة المنصوري");
        latifa.setGrammaticalGender(GrammaticalGender.FEMALE);
        latifa.setPreferredLanguage("fr");
        em.persist(latifa);
        em.flush();
        Cohort firstCohort = cohorts.all().stream().filter(c -> c.getName().equals(FIRST_COHORT)).findFirst().orElse(null);
        Map<String, Course> courses = enrollments.courses().stream().collect(Collectors.toMap(Course::getCode, c -> c));
        if (firstCohort == null || !courses.keySet().containsAll(List.of("sourcing", "modeling", "prototyping", "quality"))) {
            LOG.info("Demo planning skipped: the programme's courses are not imported");
            return;
        }
        long samira = trainer("samira.bennani");
        long omar = trainer("omar.alaoui");
        long latifaId = latifa.getId();

        // Cycle 1 (January to March 2026), already over: who taught it.
        Cohort first = cohorts.find(firstCohort.getId());
        assign(first, courses.get("sourcing"), omar, first.getStartDate(), first.getEndDate());
        assign(first, courses.get("modeling"), samira, first.getStartDate(), first.getEndDate());
        assign(first, courses.get("prototyping"), samira, first.getStartDate(), first.getEndDate());
        assign(first, courses.get("quality"), latifaId, first.getStartDate(), first.getEndDate());

        List<Cooperative> added = List.copyOf(members.keySet());
        List<Long> programme = first.getProgramme().stream().map(Course::getId).toList();
        LocalDate today = LocalDate.now(DateDisplay.CENTER_ZONE);
        LocalDate secondStart = today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Cohort second = cohorts.create(new CohortDetails("Cycle 2 — Laâyoune et Boujdour", secondStart, secondStart.plusDays(59),
                added.subList(0, 6).stream().map(Cooperative::getId).toList(), programme));
        LocalDate thirdStart = today.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Cohort third = cohorts.create(new CohortDetails("Cycle 3 — Tarfaya et Es-Semara", thirdStart, thirdStart.plusDays(59),
                added.subList(6, 12).stream().map(Cooperative::getId).toList(), programme));
        em.flush();
        cohorts.enrollCohort(second.getId());
        cohorts.enrollCohort(third.getId());
        pictures.load(second.getId());

        Map<String, Long> rooms = sessions.rooms().stream().collect(Collectors.toMap(Room::getName, Room::getId));
        assign(second, courses.get("sourcing"), omar, secondStart, secondStart.plusDays(41));
        assign(second, courses.get("modeling"), samira, secondStart, secondStart.plusDays(41));
        assign(third, courses.get("quality"), latifaId, thirdStart, thirdStart.plusDays(27));
        assign(third, courses.get("prototyping"), samira, thirdStart, thirdStart.plusDays(27));

        // Two of Cycle 3's cooperatives get a programme personalised from their field visits (ADR 23): Cycle 3
        // has not started, so no completion changes under the other demo stories. Latifa, who teaches Quality,
        // then asks for the measurements at least (SHORTENED rather than OPTIONAL).
        Cooperative firstOfThird = added.get(6);
        personalised.proposeFromNeeds(third.getId(), firstOfThird.getId(),
                Map.of("sourcing", 1, "modeling", 3, "prototyping", 2, "quality", 4, "management", 2));
        personalised.proposeFromNeeds(third.getId(), added.get(7).getId(), Map.of("sourcing", 4, "modeling", 2, "prototyping", 3, "quality", 0));
        personalised.adjust(third.getId(), firstOfThird.getId(), courses.get("quality").getId(), CourseTreatment.SHORTENED, latifaId,
                Role.TRAINER);

        int planned = 0;
        for (LocalDate day = secondStart; day.isBefore(secondStart.plusWeeks(6)); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday.getValue() <= DayOfWeek.THURSDAY.getValue()) {
                plan(second, courses.get("modeling"), samira, rooms.get("Salle de modélisme"), day, "09:00", "12:00");
                plan(second, courses.get("sourcing"), omar, rooms.get("Atelier de couture 1"), day, "14:00", "17:00");
                planned += 2;
            }
        }
        for (LocalDate day = thirdStart; day.isBefore(thirdStart.plusWeeks(4)); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.THURSDAY) {
                plan(third, courses.get("quality"), latifaId, rooms.get("Atelier de couture 2"), day, "09:00", "12:00");
                planned++;
            }
            if (weekday == DayOfWeek.FRIDAY) {
                plan(third, courses.get("prototyping"), samira, rooms.get("Salle de modélisme"), day, "09:00", "12:00");
                planned++;
            }
        }
        int marked = markPastAttendance(second, today);
        int count = planned;
        LOG.info(() -> "Demo planning: " + added.size() + " more cooperatives, 3 cohorts with trainers, " + count
                + " sessions, attendance of " + marked + " past sessions");
    }

    /**
     * Attendance of the second cycle's sessions before today: nearly everyone came; one trainee misses
     * one session in five, another was excused once.
     */
    private int markPastAttendance(Cohort cohort, LocalDate today) {
        List<TrainingSession> past = sessions.between(cohort.getStartDate(), today, cohort.getId(), null, null);
        int index = 0;
        for (TrainingSession session : past) {
            var sheet = attendances.sheet(session.getId(), session.getTrainer().getId(), false);
            Map<Long, AttendanceStatus> statuses = new LinkedHashMap<>();
            for (int t = 0; t < sheet.lines().size(); t++) {
                AttendanceStatus status = AttendanceStatus.PRESENT;
                if (t == 1 && index % 5 == 2) {
                    status = AttendanceStatus.ABSENT;
                } else if (t == 3 && index == 4) {
                    status = AttendanceStatus.EXCUSED;
                }
                statuses.put(sheet.lines().get(t).traineeId(), status);
            }
            attendances.record(session.getId(), statuses, session.getTrainer().getId(), false);
            index++;
        }
        return past.size();
    }

    private void assign(Cohort cohort, Course course, long trainerId, LocalDate from, LocalDate to) {
        assignments.create(new AssignmentDetails(cohort.getId(), course.getId(), trainerId, from, to));
    }

    private void plan(Cohort cohort, Course course, long trainerId, Long roomId, LocalDate day, String start, String end) {
        sessions.plan(new SessionDetails(cohort.getId(), course.getId(), trainerId, roomId, day, LocalTime.parse(start),
                LocalTime.parse(end)));
    }

    private long trainer(String username) {
        return accounts.byUsername(username).orElseThrow().getId();
    }

    /** Twelve cooperatives of the region, most of them led by women, each sending one member to the center. */
    private Map<Cooperative, DemoMember> cooperativesWithOneMember(String hash) {
        record DemoCooperative(CooperativeDetails details, DemoMember member) {}
        List<DemoCooperative> list = List.of(
                new DemoCooperative(new CooperativeDetails("Coopérative Al Wafae de couture", "تعاونية الوفاء للخياطة", "Laâyoune",
                        "Laâyoune", LegalForm.COOPERATIVE, 2014, 28, true, "Caftans, djellabas", "Nadia El Haddad", "+212 661 23 45 67", null),
                        new DemoMember("nadia.elhaddad", "Nadia El Haddad", "نادية الحداد", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Tamount Textile", "تعاونية تامونت للنسيج", "Laâyoune",
                        "El Marsa", LegalForm.COOPERATIVE, 2018, 15, true, "Uniformes, linge de maison", "Rkia Boussaid", "+212 662 11 20 30", null),
                        new DemoMember("rkia.boussaid", "Rkia Boussaid", "رقية بوسعيد", "ar")),
                new DemoCooperative(new CooperativeDetails("Association Nissae Al Marsa", "جمعية نساء المرسى", "Laâyoune",
                        "El Marsa", LegalForm.ASSOCIATION, 2011, 40, true, "Broderie, couture", "Meriem Lamrani", "+212 528 99 10 11",
                        "nissae.almarsa@example.ma"),
                        new DemoMember("meriem.lamrani", "Meriem Lamrani", "مريم اللمراني", "fr")),
                new DemoCooperative(new CooperativeDetails("Coopérative Melhfa Boujdour", "تعاونية الملحفة بوجدور", "Boujdour",
                        "Boujdour", LegalForm.COOPERATIVE, 2016, 22, true, "Melhfas, voiles teints", "Soukaina Ma El Ainine", "+212 663 40 50 60", null),
                        new DemoMember("soukaina.maelainine", "Soukaina Ma El Ainine", "سكينة ماء العينين", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Rimal Al Janoub", "تعاونية رمال الجنوب", "Boujdour",
                        "Boujdour", LegalForm.COOPERATIVE, 2019, 12, false, "Tentes, sacs en toile", "Lahcen Bouh", "+212 664 70 80 90", null),
                        new DemoMember("lahcen.bouh", "Lahcen Bouh", "لحسن بوه", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Foum El Oued Création", "تعاونية فم الواد للإبداع", "Laâyoune",
                        "Foum El Oued", LegalForm.COOPERATIVE, 2023, 11, true, "Vêtements d’enfants", "Fatimatou Dahi", "+212 665 12 13 14", null),
                        new DemoMember("fatimatou.dahi", "Fatimatou Dahi", "فاطمتو الداهي", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Akhfennir Broderie", "تعاونية أخفنير للطرز", "Tarfaya",
                        "Akhfennir", LegalForm.COOPERATIVE, 2020, 10, true, "Broderie", "Hafsa Kabbaj", "+212 666 15 16 17", null),
                        new DemoMember("hafsa.kabbaj", "Hafsa Kabbaj", "حفصة القباج", "fr")),
                new DemoCooperative(new CooperativeDetails("GIE Tarfaya Couture Solidaire", "مجموعة النفع الاقتصادي طرفاية للخياطة التضامنية",
                        "Tarfaya", "Tarfaya", LegalForm.GIE, 2021, 35, true, "Confection en série", "Ghalia Laroussi", "+212 528 89 70 71",
                        "gie.tarfaya@example.ma"),
                        new DemoMember("ghalia.laroussi", "Ghalia Laroussi", "غالية العروسي", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Tah Tissage", "تعاونية الطاح للنسيج", "Tarfaya",
                        "Tah", LegalForm.COOPERATIVE, 2017, 18, true, "Tapis, tissage de laine", "Mbarka Sid Ahmed", "+212 667 18 19 20", null),
                        new DemoMember("mbarka.sidahmed", "Mbarka Sid Ahmed", "امباركة سيد أحمد", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Saguia Al Hamra Confection", "تعاونية الساقية الحمراء للخياطة",
                        "Es-Semara", "Es-Semara", LegalForm.COOPERATIVE, 2013, 30, true, "Melhfas, tenues traditionnelles", "Khadijetou Lebsir",
                        "+212 668 21 22 23", null),
                        new DemoMember("khadijetou.lebsir", "Khadijetou Lebsir", "خديجتو لبصير", "ar")),
                new DemoCooperative(new CooperativeDetails("Coopérative Amgala Cuir et Textile", "تعاونية أمكالة للجلد والنسيج", "Es-Semara",
                        "Amgala", LegalForm.COOPERATIVE, 2022, 9, true, "Maroquinerie, sacs brodés", "Salka Ould Ali", "+212 669 24 25 26", null),
                        new DemoMember("salka.ouldali", "Salka Ould Ali", "السالكة ولد علي", "ar")),
                new DemoCooperative(new CooperativeDetails("Association Tawassoul Haouza", "جمعية التواصل الحوزة", "Es-Semara",
                        "Haouza", LegalForm.ASSOCIATION, 2015, 25, false, "Couture, retouches", "Ahmed Erguibi", "+212 670 27 28 29", null),
                        new DemoMember("ahmed.erguibi", "Ahmed Erguibi", "أحمد الركيبي", "fr")));
        Map<Cooperative, DemoMember> members = new LinkedHashMap<>();
        for (DemoCooperative entry : list) {
            Cooperative cooperative = cooperatives.create(entry.details());
            DemoMember member = entry.member();
            Account account = accounts.createImportedTrainee(member.username(), member.fullName(), member.fullNameAr(),
                    member.language(), cooperative, hash);
            account.setPasswordByOwner(hash);
            // Women of the cooperatives, and Lahcen and Ahmed: attendance labels agree with each (حاضرة, حاضر).
            account.setGrammaticalGender(MEN.contains(member.username()) ? GrammaticalGender.MALE : GrammaticalGender.FEMALE);
            members.put(cooperative, member);
        }
        em.flush();
        return members;
    }
}
