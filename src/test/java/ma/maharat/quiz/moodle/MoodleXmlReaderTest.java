package ma.maharat.quiz.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.maharat.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** Hostile and foreign files: refused with a clear problem at its line and column, never read half. */
class MoodleXmlReaderTest {

    private final MoodleXmlReader reader = new MoodleXmlReader();

    private MoodleReading read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), Language.FR);
    }

    private static String only(MoodleReading reading) {
        assertFalse(reading.isValid(), "refused");
        assertEquals(List.of(), reading.entries(), "nothing read from a refused file");
        return reading.problems().get(0).toString();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsFetched() {
        String problem = only(read("""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>
                """));
        assertTrue(problem.startsWith("2:"), problem);
        assertTrue(problem.contains("DOCTYPE"), problem);
    }

    @Test
    void aBillionLaughsIsRefusedAtItsDoctype() {
        String problem = only(read("<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<quiz>&b;</quiz>"));
        assertTrue(problem.contains("DOCTYPE"), problem);
    }

    @Test
    void anOversizeFileIsRefusedBeforeBeingParsed() {
        byte[] big = new byte[MoodleXmlReader.LARGEST_FILE + 1];
        MoodleReading reading = reader.read(big, Language.FR);
        assertTrue(only(reading).contains("at most " + MoodleXmlReader.LARGEST_FILE), reading.problems().toString());
    }

    @Test
    void garbageIsNotWellFormedWithItsPlace() {
        String problem = only(read("<quiz>\n  <question type=\"truefalse\">\n  </quiz>"));
        assertTrue(problem.startsWith("3:"), problem);
        assertTrue(problem.contains("not well-formed"), problem);
        assertTrue(only(read("%PDF-1.4 not xml")).contains("not well-formed"));
        assertTrue(only(reader.read(new byte[0], Language.FR)).contains("empty"));
    }

    @Test
    void anotherRootElementIsNotAMoodleFile() {
        assertTrue(only(read("<html><body/></html>")).contains("<quiz>"));
    }

    @Test
    void deepNestingIsRefused() {
        String problem = only(read("<quiz>" + "<a>".repeat(40) + "</a>".repeat(40) + "</quiz>"));
        assertTrue(problem.contains("nested deeper"), problem);
    }

    @Test
    void tooManyQuestionsAreRefused() {
        String question = "<question type=\"truefalse\"><name><text>x</text></name><questiontext><text>t</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question>";
        String problem = only(read("<quiz>" + question.repeat(MoodleXmlReader.MOST_QUESTIONS + 1) + "</quiz>"));
        assertTrue(problem.contains("at most " + MoodleXmlReader.MOST_QUESTIONS), problem);
    }

    @Test
    void anUnknownTypeIsReportedNotDropped() {
        MoodleReading reading = read("""
                <quiz>
                  <question type="truefalse"><name><text>ok</text></name><questiontext><text>Vrai ?</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
                  <question type="essay"><name><text>dissertation</text></name><questiontext><text>Écrivez</text></questiontext></question>
                </quiz>
                """);
        String problem = only(reading);
        assertTrue(problem.startsWith("4:"), problem);
        assertTrue(problem.contains("'dissertation'") && problem.contains("'essay'"), problem);
    }

    @Test
    void aMoodleCalculatedQuestionIsReadWithItsDatasets() {
        MoodleReading reading = read("""
                <quiz>
                  <question type="category"><category><text>$course$/top/production/line</text></category></question>
                  <question type="calculated">
                    <name><text>heures</text></name>
                    <questiontext format="moodle_auto_format"><text>{p} pièces à {m} min : heures ?</text></questiontext>
                    <answer fraction="100"><text>round({p}*{m}/60, 1)</text><tolerance>0.05</tolerance><tolerancetype>1</tolerancetype>
                      <correctanswerformat>1</correctanswerformat><correctanswerlength>1</correctanswerlength></answer>
                    <units><unit><multiplier>1</multiplier><unit_name>h</unit_name></unit></units>
                    <dataset_definitions>
                      <dataset_definition><status><text>private</text></status><name><text>p</text></name><type>calculated</type>
                        <distribution><text>uniform</text></distribution><minimum><text>100</text></minimum><maximum><text>300</text></maximum>
                        <decimals><text>0</text></decimals><itemcount>2</itemcount>
                        <dataset_items><dataset_item><number>1</number><value>100</value></dataset_item>
                          <dataset_item><number>2</number><value>300</value></dataset_item></dataset_items></dataset_definition>
                      <dataset_definition><status><text>private</text></status><name><text>m</text></name><type>calculated</type>
                        <distribution><text>uniform</text></distribution><minimum><text>12</text></minimum><maximum><text>15</text></maximum>
                        <decimals><text>1</text></decimals><itemcount>2</itemcount>
                        <dataset_items><dataset_item><number>1</number><value>12</value></dataset_item>
                          <dataset_item><number>2</number><value>15.5</value></dataset_item></dataset_items></dataset_definition>
                    </dataset_definitions>
                  </question>
                </quiz>
                """);
        assertEquals(List.of(), reading.problems());
        var template = ((BankEntry.Calculated) reading.entries().get(0)).template();
        assertEquals("production/line", template.category());
        assertEquals("ROUND(p*m/60,1)", template.answer().text());
        assertEquals("5%", template.tolerance().written());
        assertEquals("h", template.unit(Language.FR));
        assertEquals(4, template.gridSize());
        assertFalse(reading.notes().isEmpty());
    }

    @Test
    void aMoodleFormulaMaharatCannotEvaluateIsReportedAtTheAnswer() {
        String problem = only(read("""
                <quiz>
                  <question type="calculated"><name><text>puissance</text></name><questiontext><text>{x} ?</text></questiontext>
                    <answer fraction="100"><text>pow({x}, 2)</text><tolerance>0.01</tolerance><tolerancetype>1</tolerancetype></answer>
                    <dataset_definitions><dataset_definition><name><text>x</text></name>
                      <dataset_items><dataset_item><number>1</number><value>3</value></dataset_item></dataset_items>
                    </dataset_definition></dataset_definitions></question>
                </quiz>
                """));
        assertTrue(problem.startsWith("3:"), problem);
        assertTrue(problem.contains("pow()"), problem);
    }

    @Test
    void aChoiceWithoutTextIsReportedWithItsQuestion() {
        String problem = only(read("<quiz>\n<question type=\"multichoice\"><name><text>vide</text></name><questiontext><text>Q</text></questiontext>"
                + "<single>true</single><answer fraction=\"100\"><text></text></answer><answer fraction=\"0\"><text>b</text></answer></question></quiz>"));
        assertTrue(problem.startsWith("2:") && problem.contains("'vide'") && problem.contains("no text"), problem);
    }
}
