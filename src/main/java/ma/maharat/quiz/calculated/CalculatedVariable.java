package ma.maharat.quiz.calculated;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import ma.maharat.platform.i18n.Language;

/**
 * A named value of a calculated question and every value it may take (a range with its step is
 * written out), with what it is called in each language for the worked solution.
 */
public record CalculatedVariable(String name, List<BigDecimal> values, Map<Language, String> labels) {

    public CalculatedVariable {
        values = List.copyOf(values);
        labels = Map.copyOf(labels);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a variable takes at least one value");
        }
    }

    public String label(Language language) {
        return Labels.in(labels, language, name);
    }
}
