package ma.maharat.quiz.calculated;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.platform.i18n.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes one checked question in the authoring format, ranges written out as value lists: the form
 * stored with the bank question and with each attempt's answer, read back by {@link CalculatedQuestionReader#readStored}.
 */
public final class CalculatedQuestionWriter {

    public String write(CalculatedQuestion question) {
        return write(question, false);
    }

    /**
     * The same, for a file authors edit ({@code bank.calculated.yaml}): a variable whose values go up by one step
     * (three values or more) is written {@code from}/{@code to}/{@code step}, as authors write ranges; it reads back
     * to the same values.
     */
    public String writeForAuthors(CalculatedQuestion question) {
        return write(question, true);
    }

    private String write(CalculatedQuestion question, boolean ranges) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", question.name());
        if (!question.category().isEmpty()) {
            map.put("category", question.category());
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (CalculatedVariable variable : question.variables()) {
            Map<String, Object> written = new LinkedHashMap<>();
            BigDecimal step = ranges ? step(variable.values()) : null;
            if (step != null) {
                written.put("from", number(variable.values().get(0)));
                written.put("to", number(variable.values().get(variable.values().size() - 1)));
                written.put("step", number(step));
            } else {
                written.put("values", variable.values().stream().map(CalculatedQuestionWriter::number).toList());
            }
            written.putAll(languages(variable.labels()));
            variables.put(variable.name(), written);
        }
        map.put("variables", variables);
        if (!question.steps().isEmpty()) {
            map.put("steps", question.steps().stream().map(step -> {
                Map<String, Object> written = new LinkedHashMap<>();
                written.put("name", step.name());
                written.put("formula", step.formula().text());
                written.putAll(languages(step.labels()));
                return written;
            }).toList());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("formula", question.answer().text());
        answer.put("tolerance", question.tolerance().written());
        answer.put("range", List.of(number(question.lowest()), number(question.highest())));
        if (!question.units().isEmpty()) {
            answer.put("unit", languages(question.units()));
        }
        map.put("answer", answer);
        map.put("text", languages(question.texts()));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(200);
        return new Yaml(options).dump(List.of(map));
    }

    private static Map<String, Object> languages(Map<Language, String> texts) {
        Map<String, Object> written = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            if (texts.containsKey(language)) {
                written.put(language.code(), texts.get(language));
            }
        }
        return written;
    }

    /** The step between values that go up evenly, three or more of them; null otherwise. */
    private static BigDecimal step(List<BigDecimal> values) {
        if (values.size() < 3) {
            return null;
        }
        BigDecimal step = values.get(1).subtract(values.get(0));
        if (step.signum() <= 0) {
            return null;
        }
        for (int i = 2; i < values.size(); i++) {
            if (values.get(i).subtract(values.get(i - 1)).compareTo(step) != 0) {
                return null;
            }
        }
        return step;
    }

    /** A string, so YAML keeps 2.50 as written and never turns it into a float. */
    private static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
