package ma.maharat.quiz.calculated;

import java.util.Map;
import ma.maharat.platform.i18n.Language;
import ma.maharat.trade.TradeFormula;

/** An intermediate result of the worked solution: a name later formulas may use, its formula and its label. */
public record CalculatedStep(String name, TradeFormula formula, Map<Language, String> labels) {

    public CalculatedStep {
        labels = Map.copyOf(labels);
    }

    public String label(Language language) {
        return Labels.in(labels, language, name);
    }
}
