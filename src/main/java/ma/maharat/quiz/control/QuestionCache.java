package ma.maharat.quiz.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.question.Question;

/**
 * Questions parsed from the GIFT stored with attempts. Three hundred trainees sitting the same quiz
 * share a dozen question texts, so each is parsed once rather than at every save.
 */
final class QuestionCache {

    private static final int CAPACITY = 2_000;
    private static final GiftParser PARSER = new GiftParser();
    private static final Map<String, Question> PARSED = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Question> eldest) {
            return size() > CAPACITY;
        }
    });

    private QuestionCache() {
    }

    /** The one question of a GIFT text that the importer already checked. */
    static Question parse(String gift) {
        Question cached = PARSED.get(gift);
        if (cached != null) {
            return cached;
        }
        GiftParseResult result = PARSER.parse(gift);
        if (!result.isValid() || result.questions().size() != 1) {
            throw new IllegalStateException("A stored question no longer parses as one GIFT question: " + result.errors());
        }
        Question question = result.questions().get(0);
        PARSED.put(gift, question);
        return question;
    }
}
