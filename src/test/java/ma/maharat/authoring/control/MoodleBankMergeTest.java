package ma.maharat.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.moodle.BankEntry;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import org.junit.jupiter.api.Test;

class MoodleBankMergeTest {

    private static final String FR = "$CATEGORY: quality/sampling\n\n::q1::Vrai ?{T}\n\n$CATEGORY: quality/defects\n\n::q2::Faux ?{F}\n";
    private static final String AR = "$CATEGORY: quality/sampling\n\n::q1::صحيح؟{T}\n\n$CATEGORY: quality/defects\n\n::q2::خطأ؟{F}\n";
    private static final String YAML = """
            - name: quality-c01
              category: quality/sampling
              variables:
                lot: {values: [300, 600], ar: "الدفعة", fr: "lot"}
                pieces: {values: [50, 100, 150, 200, 250], ar: "القطع", fr: "pièces"}
              answer:
                formula: lot / 10 + pieces
                tolerance: 0
                range: [0, 400]
              text:
                ar: "{lot}؟"
                fr: "{lot} ?"
            """;

    private static BankEntry trueFalse(String name, String category) {
        return BankEntry.of(TrueFalseQuestion.of(new QuestionHeader(name, category, "Le lot < 500 & plus ?", TextFormat.MOODLE, ""), true));
    }

    private static BankEntry calculated(String name) {
        return BankEntry.of(new CalculatedQuestionReader().read(YAML.replace("quality-c01", name)).questions().get(0));
    }

    @Test
    void ordinaryQuestionsGoToBothBanksInTheirModuleAndCalculatedOnesToTheYaml() {
        MoodleBankMerge.Merged merged = MoodleBankMerge.merge(Map.of(MoodleBankMerge.FR_BANK, FR, MoodleBankMerge.AR_BANK, AR,
                MoodleBankMerge.CALCULATED, YAML), List.of(trueFalse("q3", "quality/sampling"), trueFalse("q4", "Default for Qualité"),
                calculated("quality-c02")), "quality/defects");
        String fr = new String(merged.contents().get(MoodleBankMerge.FR_BANK), StandardCharsets.UTF_8);
        String ar = new String(merged.contents().get(MoodleBankMerge.AR_BANK), StandardCharsets.UTF_8);
        assertTrue(fr.indexOf("::q3::") < fr.indexOf("$CATEGORY: quality/defects"), fr);
        assertTrue(fr.indexOf("::q4::") > fr.indexOf("::q2::"), "a category that is no module goes to the chosen one");
        assertEquals(new GiftParser().parse(fr).questions().stream().map(q -> q.name()).toList(),
                new GiftParser().parse(ar).questions().stream().map(q -> q.name()).toList(), "both banks, same order");
        CalculatedQuestionReader.Reading yaml = new CalculatedQuestionReader().read(new String(merged.contents()
                .get(MoodleBankMerge.CALCULATED), StandardCharsets.UTF_8));
        assertTrue(yaml.isValid(), yaml.problems().toString());
        assertEquals(List.of("quality-c01", "quality-c02"), yaml.questions().stream().map(q -> q.name()).toList());
        assertTrue(new String(merged.contents().get(MoodleBankMerge.CALCULATED), StandardCharsets.UTF_8)
                .contains("pieces:\n      from: '50'\n      to: '250'\n      step: '50'"), "an even range is written as authors write it");
        assertEquals(List.of(50, 100, 150, 200, 250), yaml.questions().get(1).variables().get(1).values().stream()
                .map(v -> v.intValueExact()).toList(), "and reads back to the same values");
        assertEquals(List.of("q4: Default for Qualité → quality/defects"), merged.notes());
    }

    @Test
    void namesAlreadyInTheDraftRefuseTheWholeFileNamingThemAll() {
        AuthoringRuleViolation refused = assertThrows(AuthoringRuleViolation.class, () -> MoodleBankMerge.merge(
                Map.of(MoodleBankMerge.FR_BANK, FR, MoodleBankMerge.AR_BANK, AR, MoodleBankMerge.CALCULATED, YAML),
                List.of(trueFalse("q1", "quality/sampling"), trueFalse("q9", ""), calculated("quality-c01")), "quality/defects"));
        assertEquals("moodle.import.nameTaken", refused.messageKey());
        assertEquals("q1, quality-c01", refused.arguments()[0]);
    }

    @Test
    void aDraftWithoutCalculatedQuestionsGetsItsFile() {
        MoodleBankMerge.Merged merged = MoodleBankMerge.merge(Map.of(MoodleBankMerge.FR_BANK, FR, MoodleBankMerge.AR_BANK, AR),
                List.of(calculated("quality-c05")), "quality/defects");
        assertEquals(List.of(MoodleBankMerge.CALCULATED), List.copyOf(merged.contents().keySet()), "the GIFT banks are left alone");
    }
}
