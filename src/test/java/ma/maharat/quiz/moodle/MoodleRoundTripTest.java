package ma.maharat.quiz.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.calculated.CalculatedQuestionWriter;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Questions written as Moodle XML and read back are the same questions, in every type, in Arabic and French. */
class MoodleRoundTripTest {

    private static final Path CONTENT = Path.of("modules-content");
    private static final String AWKWARD = "Coût < 10 DH & « marge » ]]> fin — {pas une variable} 'x' \"y\"";
    private static final String ARABIC = "ما هو ثمن 1400 قميص T-shirt؟ <b>السعر</b> & الهامش ]]> (AQL 2.5)";

    private final MoodleXmlWriter writer = new MoodleXmlWriter();
    private final MoodleXmlReader reader = new MoodleXmlReader();

    static Stream<Arguments> texts() {
        return Stream.of(Arguments.of(Language.FR, AWKWARD), Arguments.of(Language.AR, ARABIC));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyOrdinaryTypeComesBackEqual(Language language, String text) {
        List<Question> questions = ordinaryQuestions(text);
        MoodleReading reading = roundTrip(questions.stream().map(BankEntry::of).toList(), language);
        assertEquals(List.of(), reading.problems());
        assertEquals(questions.size(), reading.entries().size());
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(questions.get(i), ((BankEntry.Ordinary) reading.entries().get(i)).question(), questions.get(i).name());
        }
    }

    @Test
    void aNumericalRangeComesBackAsItsMiddleAndHalfWidthAcceptingTheSameNumbers() {
        QuestionHeader header = new QuestionHeader("range", "quality/sampling", "Entre 2 et 3 ?", TextFormat.MOODLE, "");
        NumericalQuestion question = new NumericalQuestion(header, List.of(NumericalAnswer.of(ValueRange.of("2", "3"))));
        Question back = ((BankEntry.Ordinary) roundTrip(List.of(BankEntry.of(question)), Language.FR).entries().get(0)).question();
        assertEquals(ValueWithTolerance.of("2.5", "0.5"), ((NumericalQuestion) back).answers().get(0).target());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void calculatedQuestionsComeBackWithTheirWholeTemplate(Language language, String unused) {
        for (CalculatedQuestion question : calculatedQuestions()) {
            MoodleReading reading = roundTrip(List.of(BankEntry.of(question)), language);
            assertEquals(List.of(), reading.problems(), question.name());
            CalculatedQuestion back = ((BankEntry.Calculated) reading.entries().get(0)).template();
            assertEquals(yaml(question), yaml(back), question.name());
            assertEquals(List.of(), reading.copiedTexts(), "every language came with the template");
        }
    }

    @Test
    void arithmeticFormulasAreWrittenForMoodleAndReadBackWithoutTheTemplate() {
        CalculatedQuestion question = calculatedQuestions().get(0);
        String xml = writer.write(List.of(BankEntry.of(question)), Language.FR, "");
        assertTrue(xml.contains("<text>round(({fabric}*{price})+{trims}*(1+0.20),2)</text>"), xml);
        assertTrue(xml.contains("<tolerancetype>1</tolerancetype>"), "relative tolerance");
        assertTrue(xml.contains("<tolerance>0.02</tolerance>"), "2% is 0.02 in Moodle");
        assertTrue(xml.contains("<unit_name>DH</unit_name>"));
        String moodleOnly = xml.replaceAll("(?s)<maharat_template.*</maharat_template>", "");
        MoodleReading reading = reader.read(moodleOnly.getBytes(StandardCharsets.UTF_8), Language.FR);
        assertEquals(List.of(), reading.problems());
        CalculatedQuestion back = ((BankEntry.Calculated) reading.entries().get(0)).template();
        for (long index = 0; index < question.gridSize(); index++) {
            Map<String, BigDecimal> values = question.gridPoint(index);
            assertEquals(0, question.solve(values).answer().compareTo(back.solve(values).answer()), values.toString());
        }
        assertFalse(reading.notes().isEmpty(), "says what changed on the way in");
        assertEquals(List.of("costing-c01"), reading.copiedTexts(), "its Arabic text is the French one, to translate");
    }

    @Test
    void aTradeTableFormulaShipsPrecomputedAnswersOneItemPerDraw() throws Exception {
        CalculatedQuestion question = calculatedQuestions().get(1);
        String xml = writer.write(List.of(BankEntry.of(question)), Language.FR, "");
        assertTrue(xml.contains("<text>{answer}</text>"), "AQL_ACCEPT has no Moodle form: the answer is a dataset");
        XmlTree.Element calculated = XmlTree.read(xml.getBytes(StandardCharsets.UTF_8)).all("question").get(1);
        List<XmlTree.Element> datasets = calculated.first("dataset_definitions").orElseThrow().all("dataset_definition");
        assertEquals(List.of("lot", "aql", "answer"), datasets.stream().map(d -> d.textOf("name").orElseThrow()).toList());
        List<List<String>> items = datasets.stream().map(d -> d.first("dataset_items").orElseThrow().all("dataset_item").stream()
                .map(item -> item.textOf("value").orElseThrow()).toList()).toList();
        assertEquals(12, items.get(0).size(), "the whole grid: 4 lots × 3 AQLs");
        int found = 0;
        for (int i = 0; i < 12; i++) {
            // ISO 2859-1: a lot of 1,400 at level II is code letter K, 125 pieces; at AQL 2.5, accept 7.
            if (items.get(0).get(i).equals("1400") && items.get(1).get(i).equals("2.5")) {
                assertEquals("7", items.get(2).get(i));
                found++;
            }
        }
        assertEquals(1, found, "item by item, the values and their answer travel together");
    }

    @Test
    void aLargeGridShipsAHundredDrawsAlwaysTheSame() {
        CalculatedQuestion question = calculatedQuestions().get(2);
        assertTrue(question.gridSize() > MoodleXmlWriter.MOST_ITEMS);
        String once = writer.write(List.of(BankEntry.of(question)), Language.FR, "");
        assertEquals(once, writer.write(List.of(BankEntry.of(question)), Language.FR, ""));
        assertTrue(once.contains("<itemcount>100</itemcount>"));
    }

    static Stream<Arguments> courses() throws IOException {
        try (Stream<Path> folders = Files.list(CONTENT)) {
            List<Arguments> arguments = new ArrayList<>();
            for (Path folder : folders.filter(folder -> Files.isDirectory(folder.resolve("quiz"))).sorted().toList()) {
                arguments.add(Arguments.of(folder.getFileName().toString(), Language.FR));
                arguments.add(Arguments.of(folder.getFileName().toString(), Language.AR));
            }
            return arguments.stream();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("courses")
    void theCourseBanksComeBackAsTheSameQuestions(String course, Language language) throws IOException {
        Path quiz = CONTENT.resolve(course).resolve("quiz");
        GiftParseResult gift = new GiftParser().parse(Files.readString(quiz.resolve("bank." + language.code() + ".gift")));
        assertTrue(gift.isValid(), gift.errors().toString());
        List<BankEntry> entries = new ArrayList<>(gift.questions().stream().map(BankEntry::of).toList());
        CalculatedQuestionReader.Reading calculated = new CalculatedQuestionReader().read(Files.readString(quiz.resolve("bank.calculated.yaml")));
        assertTrue(calculated.isValid(), calculated.problems().toString());
        calculated.questions().forEach(question -> entries.add(BankEntry.of(question)));
        assertTrue(calculated.questions().size() >= 3);

        MoodleReading reading = roundTrip(entries, language);

        assertEquals(List.of(), reading.problems());
        assertEquals(describe(entries), describe(reading.entries()));
    }

    private MoodleReading roundTrip(List<BankEntry> entries, Language language) {
        String xml = writer.write(entries, language, "round trip -- test");
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), language);
    }

    /** Each entry as text: GIFT for ordinary questions (ranges as Moodle says them), the stored YAML for templates. */
    private static List<String> describe(List<BankEntry> entries) {
        GiftWriter gift = new GiftWriter();
        return entries.stream().map(entry -> entry instanceof BankEntry.Ordinary ordinary
                ? entry.category() + "\n" + gift.write(moodleForm(ordinary.question()))
                : yaml(((BankEntry.Calculated) entry).template())).toList();
    }

    private static Question moodleForm(Question question) {
        if (question instanceof NumericalQuestion numerical) {
            return new NumericalQuestion(numerical.header(), numerical.answers().stream().map(answer -> {
                BigDecimal[] target = MoodleXmlWriter.valueAndTolerance(answer);
                return new NumericalAnswer(new ValueWithTolerance(target[0], target[1]), answer.weight(), answer.feedback());
            }).toList());
        }
        return question;
    }

    private static String yaml(CalculatedQuestion question) {
        return new CalculatedQuestionWriter().write(question);
    }

    private static List<Question> ordinaryQuestions(String text) {
        QuestionHeader header = new QuestionHeader("q-single", "quality/sampling", text, TextFormat.HTML, "Général : " + text);
        return List.of(
                new SingleChoiceQuestion(header, List.of(Choice.correct(text).withFeedback("Oui ]]> <i>bien</i>"), Choice.weighted("B & C", "-50"),
                        Choice.wrong("لا"))),
                new MultipleResponseQuestion(new QuestionHeader("q-multiple", "quality/sampling", text, TextFormat.MOODLE, ""),
                        List.of(Choice.weighted("A", "33.33333"), Choice.weighted("B", "33.33333"), Choice.weighted("C", "33.33334"),
                                new Choice("D", Weight.of("-100"), "non"))),
                new TrueFalseQuestion(new QuestionHeader("q-true", "", text, TextFormat.PLAIN, ""), false, "Faux <b>!</b>", "صحيح"),
                new ShortAnswerQuestion(new QuestionHeader("q-short", "quality/other", text, TextFormat.MARKDOWN, ""),
                        List.of(AcceptedAnswer.of("AQL"), AcceptedAnswer.weighted("NQA*", "50").withFeedback("presque"),
                                AcceptedAnswer.of("مستوى الجودة")), true),
                new NumericalQuestion(QuestionHeader.of("q-number", text), List.of(
                        NumericalAnswer.of(ValueWithTolerance.of("1822", "0")),
                        new NumericalAnswer(ValueWithTolerance.of("0.44", "0.01"), Weight.of(50), "à 0,01 près"))),
                new MatchingQuestion(QuestionHeader.of("q-match", text), List.of(new MatchingPair("lot < 500", "K & L"),
                        new MatchingPair("AQL", "مستوى"), new MatchingPair("AQL 4", "K & L"))));
    }

    /** Arithmetic with a relative tolerance and a unit; a trade table with value lists; a large grid of ranges with steps. */
    private static List<CalculatedQuestion> calculatedQuestions() {
        String yaml = """
                - name: costing-c01
                  category: marketing/pricing
                  variables:
                    fabric: {from: 1.2, to: 2.0, step: 0.2, ar: "القماش بالمتر", fr: "tissu en mètres"}
                    price: {values: [35, 42.5, 60], ar: "ثمن المتر", fr: "prix du mètre"}
                    trims: {from: 3, to: 5, step: 1, ar: "اللوازم", fr: "fournitures"}
                  steps:
                    - name: cloth
                      formula: fabric * price
                      ar: "ثمن القماش"
                      fr: "coût du tissu"
                  answer:
                    formula: ROUND(cloth + trims * (1 + VAT), 2)
                    tolerance: 2%
                    range: [0, 200]
                    unit: {ar: "درهم", fr: "DH"}
                  text:
                    ar: "قميص يحتاج {fabric} متر بثمن {price} درهم للمتر، و{trims} دراهم لوازم <مع الضريبة> & ]]>. ما التكلفة؟"
                    fr: "Un T-shirt prend {fabric} m à {price} DH le mètre et {trims} DH de fournitures <TVA incluse> & ]]>. Coût ?"
                - name: quality-c01
                  category: quality/sampling
                  variables:
                    lot: {values: [300, 600, 1400, 3000], ar: "حجم الدفعة", fr: "taille du lot"}
                    aql: {values: [1.5, 2.5, 4.0], ar: "AQL", fr: "NQA"}
                  steps:
                    - name: n
                      formula: AQL_SAMPLE(lot, 2, aql)
                      ar: "حجم العينة"
                      fr: "taille de l'échantillon"
                  answer:
                    formula: AQL_ACCEPT(lot, 2, aql)
                    tolerance: 0
                    range: [0, 30]
                  text:
                    ar: "دفعة من {lot} قطعة، AQL = {aql}. ما هو Ac؟"
                    fr: "Lot de {lot} pièces, NQA = {aql}. Quel est Ac ?"
                - name: production-c09
                  variables:
                    pieces: {from: 100, to: 1000, step: 50, ar: "القطع", fr: "pièces"}
                    minutes: {from: 10, to: 20, step: 0.5, ar: "الدقائق", fr: "minutes"}
                  answer:
                    formula: pieces * minutes / 60
                    tolerance: 0.5
                    range: [0, 400]
                    unit: {ar: "ساعة", fr: "h"}
                  text:
                    ar: "{pieces} قطعة، {minutes} دقيقة للقطعة: كم ساعة؟"
                    fr: "{pieces} pièces à {minutes} min : combien d'heures ?"
                """;
        CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(yaml);
        assertTrue(reading.isValid(), reading.problems().toString());
        return reading.questions();
    }
}
