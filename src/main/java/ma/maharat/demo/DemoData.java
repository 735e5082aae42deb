package ma.maharat.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import ma.maharat.center.control.CenterSettings;
import ma.maharat.cooperative.entity.AgeBand;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.MemberRole;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.control.CohortEnrollment;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data set ({@code MAHARAT_DEMO}) into an empty database: one that has no cooperative
 * and no account but the initial administrator. The accounts and passwords are listed in README.md.
 */
@Startup
@Singleton
@DependsOn({"InitialAdministrator", "ContentStartupImport"})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    /** The password of every demo account, published in README.md: demo data is for trying Maharat out. */
    public static final String PASSWORD = "maharat-demo";
    /** The six courses of the programme, in the order trainees take them. */
    private static final List<String> PROGRAMME = List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing");
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @Inject
    DemoPracticalWork practicalWork;

    @Inject
    Learning learning;

    @Inject
    Cohorts cohorts;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves answerSaves;

    @Inject
    DemoPlanning planning;

    @Inject
    DemoCertificates demoCertificates;

    @Inject
    DemoFollowUps demoFollowUps;

    @Inject
    DemoDiagnostics demoDiagnostics;

    @Inject
    DemoIntake intake;

    @Inject
    CenterSettings centerSettings;

    @Inject
    @ConfigProperty(name = "maharat.demo")
    Optional<Boolean> demoConfigured;

    @Inject
    @ConfigProperty(name = "maharat.db.url", defaultValue = "embedded")
    String databaseUrl;

    record DemoTrainee(String username, String fullName, String fullNameAr, String language, int cooperative) {}

    @PostConstruct
    void loadIntoEmptyDatabase() {
        boolean wanted = demoConfigured.orElse("embedded".equals(databaseUrl));
        if (!wanted || !isEmpty()) {
            return;
        }
        centerSettings.markDemoDataSet();
        List<Cooperative> cooperatives = List.of(
                new Cooperative("Coopérative Tifawin de couture", "تعاونية تيفاوين للخياطة", "Laâyoune", true),
                new Cooperative("Coopérative Al Amal Textile", "تعاونية الأمل للنسيج", "Laâyoune", true),
                new Cooperative("Coopérative Nour Es-Semara", "تعاونية نور السمارة", "Es-Semara", true),
                new Cooperative("Coopérative Tarfaya Confection", "تعاونية طرفاية للخياطة", "Tarfaya", false));
        cooperatives.forEach(em::persist);
        em.flush();

        List<DemoTrainee> trainees = List.of(
                new DemoTrainee("fatima.zahra", "Fatima Zahra Bouchra", "فاطمة الزهراء بشرى", "ar", 0),
                new DemoTrainee("khadija.elidrissi", "Khadija El Idrissi", "خديجة الإدريسي", "fr", 0),
                new DemoTrainee("aicha.benali", "Aïcha Benali", "عائشة بنعلي", "ar", 0),
                new DemoTrainee("mariam.ouali", "Mariam Ouali", "مريم والي", "ar", 1),
                new DemoTrainee("salma.lahlou", "Salma Lahlou", "سلمى لحلو", "fr", 1),
                new DemoTrainee("hind.amrani", "Hind Amrani", "هند العمراني", "ar", 2),
                new DemoTrainee("naima.belkadi", "Naïma Belkadi", "نعيمة بلقاضي", "fr", 2),
                new DemoTrainee("brahim.sbai", "Brahim Sbai", "إبراهيم السباعي", "ar", 3),
                new DemoTrainee("zineb.tazi", "Zineb Tazi", "زينب التازي", "fr", 3));
        for (DemoTrainee trainee : trainees) {
            // The cooperatives' members are women, but for Brahim: labels agree with each (Présente, Présent).
            GrammaticalGender gender = trainee.username().equals("brahim.sbai") ? GrammaticalGender.MALE : GrammaticalGender.FEMALE;
            // The first trainee of each cooperative is its president (the follow-up link goes to her); ages spread over the bands.
            boolean president = trainees.stream().filter(t -> t.cooperative() == trainee.cooperative()).findFirst().orElseThrow() == trainee;
            AgeBand age = AgeBand.values()[trainees.indexOf(trainee) % AgeBand.values().length];
            accounts.create(new NewAccount(trainee.username(), trainee.fullName(), trainee.fullNameAr(), Role.TRAINEE,
                    PASSWORD, trainee.language(), cooperatives.get(trainee.cooperative()).getId(), true, gender, age,
                    president ? MemberRole.PRESIDENT : MemberRole.MEMBER));
        }
        accounts.create(new NewAccount("samira.bennani", "Samira Bennani", "سميرة بناني", Role.TRAINER, PASSWORD, "fr", null, true,
                GrammaticalGender.FEMALE));
        accounts.create(new NewAccount("omar.alaoui", "Omar Alaoui", "عمر العلوي", Role.TRAINER, PASSWORD, "ar", null, true,
                GrammaticalGender.MALE));
        enrollWithProgress();
        enrollFirstCohort(cooperatives);
        planning.load(PASSWORD);
        practicalWork.signOffFirstPrototype();
        demoCertificates.load();
        demoFollowUps.load();
        demoDiagnostics.load();
        intake.load();
        LOG.info(() -> "Loaded the demo data set: " + cooperatives.size() + " cooperatives, " + trainees.size()
                + " trainees, 2 trainers (password '" + PASSWORD + "', see README.md)");
    }

    /**
     * Every demo trainee takes the first programme courses; some have made progress, one finished
     * Modeling (so Prototyping opens for her) while another still finds Prototyping locked.
     */
    private void enrollWithProgress() {
        Map<String, Course> courses = enrollments.courses().stream().collect(Collectors.toMap(Course::getCode, c -> c));
        List<Account> trainees = accounts.all().stream().filter(a -> a.getRole() == Role.TRAINEE).toList();
        for (String code : PROGRAMME) {
            Course course = courses.get(code);
            if (course != null) {
                enrollments.enroll(course.getId(), trainees.stream().map(Account::getId).toList());
            }
        }
        Map<String, Long> ids = trainees.stream().collect(Collectors.toMap(Account::getUsername, Account::getId));
        readLessons(ids.get("fatima.zahra"), courses.get("modeling"), Integer.MAX_VALUE);
        passQuiz(ids.get("fatima.zahra"), courses.get("modeling"), Quiz.COURSE_SCOPE);
        readLessons(ids.get("fatima.zahra"), courses.get("sourcing"), 2);
        readLessons(ids.get("fatima.zahra"), courses.get("prototyping"), 1);
        readLessons(ids.get("khadija.elidrissi"), courses.get("sourcing"), 1);
        readLessons(ids.get("khadija.elidrissi"), courses.get("modeling"), 2);
        readLessons(ids.get("mariam.ouali"), courses.get("quality"), 3);
        readLessons(ids.get("salma.lahlou"), courses.get("marketing"), 2);
    }

    /**
     * The first 60-day cycle: the four cooperatives through the six courses in order. Its trainees are
     * already enrolled above, so enrolling the cohort finds every enrolment made and adds none.
     */
    private void enrollFirstCohort(List<Cooperative> cooperatives) {
        Map<String, Course> courses = enrollments.courses().stream().collect(Collectors.toMap(Course::getCode, c -> c));
        List<Long> programme = PROGRAMME.stream().filter(courses::containsKey).map(code -> courses.get(code).getId()).toList();
        if (programme.isEmpty()) {
            return;
        }
        LocalDate start = LocalDate.of(2026, 1, 5);
        Cohort cohort = cohorts.create(new CohortDetails("Cycle 1 — 2026", start, start.plusDays(59),
                cooperatives.stream().map(Cooperative::getId).toList(), programme));
        em.flush();
        CohortEnrollment enrolled = cohorts.enrollCohort(cohort.getId());
        LOG.info(() -> "Demo cohort " + cohort.getName() + ": " + enrolled);
    }

    private void readLessons(Long traineeId, Course course, int howMany) {
        if (traineeId == null || course == null) {
            return;
        }
        Set<String> quizzes = Set.copyOf(em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_COURSE, String.class)
                .setParameter("course", course.getId()).getResultList());
        course.currentLessons().stream().limit(howMany).forEach(lesson -> {
            if (quizzes.contains(lesson.getCode())) {
                passQuiz(traineeId, course, lesson.getCode());
            } else {
                learning.markDone(traineeId, course.getCode(), lesson.getCode());
            }
        });
    }

    /** Takes a quiz the way the quiz page does, answering every question right, and hands it in. */
    private void passQuiz(Long traineeId, Course course, String scope) {
        if (traineeId == null || course == null) {
            return;
        }
        QuizAttempt attempt = attempts.startOrResume(traineeId, course.getCode(), scope, Language.FR);
        for (AttemptAnswer answer : attempt.getAnswers()) {
            answerSaves.save(traineeId, attempt.getId(), answer.getSlot(), 0, AnswerKey.rightResponseJson(answer.getQuestionGift()));
        }
        attempts.submit(traineeId, attempt.getId());
    }

    private boolean isEmpty() {
        long cooperativeCount = em.createNamedQuery(Cooperative.COUNT, Long.class).getSingleResult();
        long accountCount = em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
        return cooperativeCount == 0 && accountCount <= 1;
    }
}
