package ma.maharat.content.control;

import java.util.List;

import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.QuizBank;

/**
 * The place where the GIFT parser plugs in. This library only makes sure the bank files exist and are
 * not empty; parsing GIFT and comparing the French and Arabic banks (same {@code ::name::} ids, order,
 * types and answers) is done by the quiz module, which implements this interface and returns its
 * problems with file and line, so they are reported and reject the course like any other problem.
 */
@FunctionalInterface
public interface QuestionBankCheck {

    /** Accepts every bank: the default until the GIFT parser is plugged in. */
    QuestionBankCheck NONE = (courseId, moduleIds, bank) -> List.of();

    /**
     * Checks a course's question bank. Called only when the Arabic and French files exist and are not
     * empty, even if the course has other problems (authors get every problem in one pass).
     *
     * @param courseId  the course id (its folder name), for {@code $CATEGORY: <course-id>/<module-id>}
     * @param moduleIds the valid module ids of the course, in order
     * @param bank      the bank files with their text
     * @return the problems found, each with its file (relative to modules-content) and line; empty if none
     */
    List<ContentProblem> check(String courseId, List<String> moduleIds, QuizBank bank);
}
