package ma.maharat.quiz.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;

/**
 * Calculated question templates read from their stored form, each once: a class of thirty starting the same
 * quiz shares a few templates. Bounded like {@code QuestionCache}; a template is immutable, so sharing is safe.
 */
final class CalculatedQuestions {

    private static final int CAPACITY = 500;
    private static final CalculatedQuestionReader READER = new CalculatedQuestionReader();
    private static final Map<String, CalculatedQuestion> READ = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CalculatedQuestion> eldest) {
            return size() > CAPACITY;
        }
    });

    private CalculatedQuestions() {
    }

    /** The template of a stored question, which the importer checked over its whole grid. */
    static CalculatedQuestion parse(String stored) {
        return READ.computeIfAbsent(stored, READER::readStored);
    }
}
