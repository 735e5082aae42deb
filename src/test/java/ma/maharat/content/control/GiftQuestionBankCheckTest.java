package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseReadResult;

/**
 * The GIFT check plugged into the course reader, one broken thing at a time, on a course written to a
 * temporary modules-content folder. The banks are built from blocks joined by blank lines; with all
 * blocks in place the lines are: 1 $CATEGORY, 3 q01 (single choice), 9 q02 (multiple response),
 * 15 q03 (true/false), 17 q04 (numerical), 19 q05 (matching), 24 q06 (short answer).
 */
class GiftQuestionBankCheckTest {

    private static final String FR = "sourcing/quiz/bank.fr.gift";
    private static final String AR = "sourcing/quiz/bank.ar.gift";
    private static final String EN = "sourcing/quiz/bank.en.gift";

    private static final String CATEGORY = "$CATEGORY: sourcing/suppliers";

    private static final List<String> FRENCH = List.of(CATEGORY,
            """
            ::q01:: Quel fournisseur choisir ? {
            =Le moins cher, transport compris
            ~Le premier qui répond
            ~%50%Le plus proche
            }""",
            """
            ::q02:: Quelles sont les deux bonnes pratiques ? {
            ~%50%Comparer le coût rendu
            ~%50%Envoyer la même demande à chacun
            ~%-100%Comparer un prix TTC et un prix HT
            }""",
            "::q03:: Le coton fond à la flamme. {F}",
            "::q04:: Quel est le grammage, en g/m² ? {#=158:1 =%50%150..165}",
            """
            ::q05:: Associez chaque fibre à sa famille. {
            =Coton -> fibre naturelle
            =Polyester -> fibre synthétique
            }""",
            "::q06:: Quel sigle désigne la quantité minimale de commande ? {=MOQ =%50%QMC}");

    private static final List<String> ARABIC = List.of(CATEGORY,
            """
            ::q01:: أي مورد نختار؟ {
            =الأرخص مع النقل
            ~أول من يرد
            ~%50%الأقرب
            }""",
            """
            ::q02:: ما هما الممارستان الجيدتان؟ {
            ~%50%مقارنة التكلفة مع النقل
            ~%50%إرسال نفس الطلب إلى الجميع
            ~%-100%مقارنة سعر بالضريبة بسعر دون ضريبة
            }""",
            "::q03:: القطن يذوب في اللهب. {F}",
            "::q04:: ما هو الوزن بالغرام للمتر المربع؟ {#=158:1 =%50%150..165}",
            """
            ::q05:: صِل كل ليف بعائلته. {
            =القطن -> ليف طبيعي
            =البوليستر -> ليف صناعي
            }""",
            "::q06:: ما هو اختصار الحد الأدنى للطلب؟ {=MOQ =%50%الحد الأدنى}");

    private static final List<String> ENGLISH = List.of(CATEGORY,
            """
            ::q01:: Which supplier do you choose? {
            =The cheapest, delivered
            ~The first to answer
            ~%50%The nearest
            }""",
            """
            ::q02:: Which are the two good practices? {
            ~%50%Compare the delivered cost
            ~%50%Send every supplier the same request
            ~%-100%Compare a price with tax to one without
            }""",
            "::q03:: Cotton melts in a flame. {F}",
            "::q04:: What is the fabric weight in g/m²? {#=158:1 =%50%150..165}",
            """
            ::q05:: Match each fibre with its family. {
            =Cotton -> natural fibre
            =Polyester -> synthetic fibre
            }""",
            "::q06:: Which acronym means minimum order quantity? {=MOQ =%50%minimum order}");

    @TempDir
    Path modulesContent;

    private Path course;

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
        writeBank("fr", FRENCH);
        writeBank("ar", ARABIC);
    }

    private void writeBank(String language, List<String> blocks) {
        CourseFixture.write(course, "quiz/bank." + language + ".gift", String.join("\n\n", blocks) + "\n");
    }

    /** The Arabic bank with {@code old} replaced in it; fails if it is not there, to keep tests honest. */
    private void writeArabicWith(String old, String replacement) {
        String bank = String.join("\n\n", ARABIC) + "\n";
        assertTrue(bank.contains(old), "Arabic bank has no '" + old + "'");
        CourseFixture.write(course, "quiz/bank.ar.gift", bank.replace(old, replacement));
    }

    private CourseReadResult read() {
        return new CourseFolderReader(new GiftQuestionBankCheck()).read(course);
    }

    // --- positive cases

    @Test
    void identicalAnswerKeysInFrenchArabicAndEnglishAreValid() {
        writeBank("en", ENGLISH);
        CourseReadResult result = read();
        assertProblems(result);
        assertTrue(result.isValid());
    }

    @Test
    void theFixtureBanksWithoutCategoriesAreValid() {
        CourseFixture.write(course, "quiz/bank.fr.gift", "::sourcing-q01:: Un bon fournisseur livre à temps {T}\n");
        CourseFixture.write(course, "quiz/bank.ar.gift", "::sourcing-q01:: المورد الجيد يسلّم في الوقت {T}\n");
        assertTrue(read().isValid());
    }

    // --- GIFT syntax

    @Test
    void giftErrorIsReportedAtItsLineWithTheColumnInTheMessage() {
        List<String> broken = new ArrayList<>(FRENCH);
        broken.set(3, "::q03:: Le coton fond à la flamme. {F");
        writeBank("fr", broken);
        assertProblems(read(), problem(FR, 15, "column 36: the answer block is not closed with '}' before the end"
                + " of the question (a blank line ends a question)"));
    }

    @Test
    void aTranslationWithGiftErrorsIsNotComparedWithTheFrenchBank() {
        String bank = String.join("\n\n", ARABIC).replace("~%50%الأقرب", "~%25%الأقرب")
                .replace("في اللهب. {F}", "في اللهب. {T") + "\n";
        CourseFixture.write(course, "quiz/bank.ar.gift", bank);
        assertProblems(read(), problem(AR, 15, "column 30: the answer block is not closed with '}' before the end"
                + " of the question (a blank line ends a question)"));
    }

    // --- names

    @Test
    void questionWithoutNameIsReportedInEachBank() {
        List<String> french = new ArrayList<>(FRENCH);
        french.set(3, "Le coton fond à la flamme. {F}");
        writeBank("fr", french);
        writeArabicWith("::q03:: القطن", "القطن");
        assertProblems(read(),
                problem(AR, 15, "question has no ::name:: (Maharat identifies questions by it, e.g. ::sourcing-q01::)"),
                problem(FR, 15, "question has no ::name:: (Maharat identifies questions by it, e.g. ::sourcing-q01::)"));
    }

    @Test
    void duplicateNameIsReportedAtTheSecondUse() {
        writeArabicWith("::q03::", "::q01::");
        assertProblems(read(), problem(AR, 15, "column 1: duplicate question name 'q01', already used on line 3"));
    }

    @Test
    void renamedTranslationIsMissingInOneBankAndUnknownInTheOther() {
        writeArabicWith("::q04::", "::q4::");
        assertProblems(read(),
                problem(AR, 17, "question 'q4' is not in bank.fr.gift"),
                problem(FR, 17, "question 'q04' is missing from bank.ar.gift"));
    }

    @Test
    void questionsInAnotherOrderAreReportedOnceAtTheFirstMisplacedOne() {
        List<String> swapped = new ArrayList<>(ARABIC);
        swapped.set(3, ARABIC.get(4));
        swapped.set(4, ARABIC.get(3));
        writeBank("ar", swapped);
        assertProblems(read(), problem(AR, 15,
                "question 'q04' is where bank.fr.gift has 'q03': keep the questions in the same order"));
    }

    // --- categories

    @Test
    void categoryOfAnotherCourseIsNotCourseSlashModule() {
        writeArabicWith(CATEGORY, "$CATEGORY: approvisionnement/suppliers");
        assertProblems(read(), problem(AR, 1,
                "$CATEGORY 'approvisionnement/suppliers' is not <course-id>/<module-id>: write sourcing/<module-id>"));
    }

    @Test
    void nestedCategoryIsNotCourseSlashModule() {
        List<String> french = new ArrayList<>(FRENCH);
        french.set(0, "$CATEGORY: sourcing/suppliers/level-1");
        writeBank("fr", french);
        assertProblems(read(), problem(FR, 1,
                "$CATEGORY 'sourcing/suppliers/level-1' is not <course-id>/<module-id>: write sourcing/<module-id>"));
    }

    @Test
    void misspeltModuleInCategoryGetsASuggestion() {
        List<String> french = new ArrayList<>(FRENCH);
        french.set(0, "$CATEGORY: sourcing/supplier");
        writeBank("fr", french);
        writeArabicWith(CATEGORY, "$CATEGORY: sourcing/supplier");
        assertProblems(read(),
                problem(AR, 1, "$CATEGORY 'sourcing/supplier' names no module of course.yaml (did you mean 'suppliers'?)"),
                problem(FR, 1, "$CATEGORY 'sourcing/supplier' names no module of course.yaml (did you mean 'suppliers'?)"));
    }

    @Test
    void unknownModuleInCategoryListsTheModules() {
        List<String> french = new ArrayList<>(FRENCH);
        french.set(0, "$CATEGORY: sourcing/marketing");
        writeBank("fr", french);
        assertProblems(read(),
                problem(FR, 1, "$CATEGORY 'sourcing/marketing' names no module of course.yaml (modules: suppliers)"));
    }

    @Test
    void questionFiledUnderAnotherModuleInTheTranslationIsReported() {
        CourseFixture.editManifest(course, "      - id: comparing-offers", "  - id: offers\n"
                + "    title: {ar: العروض, fr: Les offres}\n"
                + "    lessons:\n"
                + "      - id: comparing-offers");
        List<String> arabic = new ArrayList<>(ARABIC);
        arabic.add(6, "$CATEGORY: sourcing/offers");
        writeBank("ar", arabic);
        assertProblems(read(), problem(AR, 26,
                "question 'q06' is in category 'sourcing/suppliers' in bank.fr.gift but category 'sourcing/offers' here"));
    }

    @Test
    void translationWithoutCategoriesIsReportedAtEachQuestion() {
        List<String> french = new ArrayList<>(FRENCH.subList(0, 2));
        List<String> arabic = new ArrayList<>(ARABIC.subList(1, 2));
        writeBank("fr", french);
        writeBank("ar", arabic);
        assertProblems(read(), problem(AR, 1,
                "question 'q01' is in category 'sourcing/suppliers' in bank.fr.gift but no category here"));
    }

    // --- answer keys

    @Test
    void differentTypeIsReported() {
        writeArabicWith("~%50%مقارنة التكلفة مع النقل\n~%50%", "=مقارنة التكلفة مع النقل\n~");
        assertProblems(read(), problem(AR, 9,
                "question 'q02' is multiple_response in bank.fr.gift but single_choice here"));
    }

    @Test
    void differentNumberOfChoicesIsReported() {
        writeArabicWith("~%50%الأقرب\n", "");
        assertProblems(read(), problem(AR, 3, "question 'q01' has 3 choices in bank.fr.gift but 2 choices here"));
    }

    @Test
    void differentSingleChoiceWeightIsReported() {
        writeArabicWith("~%50%الأقرب", "~%25%الأقرب");
        assertProblems(read(), problem(AR, 3, "question 'q01' has choice 3 worth 50% in bank.fr.gift but 25% here"));
    }

    @Test
    void rightAnswerInAnotherPlaceIsReported() {
        writeArabicWith("=الأرخص مع النقل\n~أول من يرد", "~الأرخص مع النقل\n=أول من يرد");
        assertProblems(read(), problem(AR, 3, "question 'q01' has choice 1 worth 100% in bank.fr.gift but 0% here"));
    }

    @Test
    void differentMultipleResponseWeightIsReported() {
        writeArabicWith("~%-100%", "~%-50%");
        assertProblems(read(), problem(AR, 9, "question 'q02' has choice 3 worth -100% in bank.fr.gift but -50% here"));
    }

    @Test
    void differentTrueFalseAnswerIsReported() {
        writeArabicWith("في اللهب. {F}", "في اللهب. {T}");
        assertProblems(read(), problem(AR, 15, "question 'q03' is false in bank.fr.gift but true here"));
    }

    @Test
    void differentNumericalToleranceIsReported() {
        writeArabicWith("{#=158:1 ", "{#=158:2 ");
        assertProblems(read(), problem(AR, 17,
                "question 'q04' has numerical answer 1 = 158:1 (100%) in bank.fr.gift but 158:2 (100%) here"));
    }

    @Test
    void differentNumericalRangeIsReported() {
        writeArabicWith("=%50%150..165}", "=%50%150..160}");
        assertProblems(read(), problem(AR, 17,
                "question 'q04' has numerical answer 2 = 150..165 (50%) in bank.fr.gift but 150..160 (50%) here"));
    }

    @Test
    void differentNumericalWeightIsReported() {
        writeArabicWith("=%50%150..165}", "=%40%150..165}");
        assertProblems(read(), problem(AR, 17,
                "question 'q04' has numerical answer 2 = 150..165 (50%) in bank.fr.gift but 150..165 (40%) here"));
    }

    @Test
    void differentNumberOfNumericalAnswersIsReported() {
        writeArabicWith("{#=158:1 =%50%150..165}", "{#158:1}");
        assertProblems(read(), problem(AR, 17,
                "question 'q04' has 2 numerical answers in bank.fr.gift but 1 numerical answer here"));
    }

    @Test
    void differentNumberOfMatchingPairsIsReported() {
        writeArabicWith("=البوليستر -> ليف صناعي\n", "=البوليستر -> ليف صناعي\n=الكتان -> ليف طبيعي\n");
        assertProblems(read(), problem(AR, 19,
                "question 'q05' has 2 matching pairs in bank.fr.gift but 3 matching pairs here"));
    }

    @Test
    void differentNumberOfShortAnswersIsReported() {
        writeArabicWith(" =%50%الحد الأدنى}", "}");
        assertProblems(read(), problem(AR, 24,
                "question 'q06' has 2 accepted answers in bank.fr.gift but 1 accepted answer here"));
    }

    @Test
    void differentShortAnswerWeightIsReported() {
        writeArabicWith("=%50%الحد الأدنى", "=الحد الأدنى");
        assertProblems(read(), problem(AR, 24,
                "question 'q06' has accepted answer 2 worth 50% in bank.fr.gift but 100% here"));
    }

    @Test
    void englishBankIsComparedWithTheFrenchOneToo() {
        List<String> english = new ArrayList<>(ENGLISH);
        english.set(3, "::q03:: Cotton melts in a flame. {T}");
        writeBank("en", english);
        assertProblems(read(), problem(EN, 15, "question 'q03' is false in bank.fr.gift but true here"));
    }
}
