package ma.maharat.quiz.calculated;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import ma.maharat.platform.i18n.Language;

/**
 * What the author sees of one calculated question before a trainee does: one fresh draw of its values, the
 * question as a trainee would read it with them, and the worked solution (each step, the table rows used,
 * the answer with its unit and tolerance). Plain strings, so the editor's page can keep it in view scope.
 *
 * @param name   the question's name
 * @param text   the question with the drawn values written in
 * @param values the drawn values as stored with an attempt ({@code lot=1400;aql=2.5}), for tests and logs
 * @param worked the worked solution for those values, as the result page shows it (no answer given)
 */
public record CalculatedPreview(String name, String text, String values, WorkedSolution worked) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Draws values and solves the question with them. The question comes from a checked reading, which solved
     * every draw of its grid, so the solution exists.
     */
    public static CalculatedPreview draw(CalculatedQuestion question, Random random, Language language) {
        Map<String, BigDecimal> values = question.draw(random);
        return new CalculatedPreview(question.name(), question.text(language, values), DrawnValues.write(values),
                WorkedSolution.of(question, values, null, language));
    }
}
