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
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", question.name());
        if (!question.category().isEmpty()) {
            map.put("category", question.category());
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (CalculatedVariable variable : question.variables()) {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("values", variable.values().stream().map(CalculatedQuestionWriter::number).toList());
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

    /** A string, so YAML keeps 2.50 as written and never turns it into a float. */
    private static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
