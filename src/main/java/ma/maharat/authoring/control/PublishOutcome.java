package ma.maharat.authoring.control;

import java.util.List;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseImportResult;

/**
 * What pressing "Publish" did: either the problems that block it (nothing was changed), or the import's
 * result with the new version's number.
 *
 * @param problems every problem of the draft, with file and line; empty when published
 * @param result   the import's result, {@code null} when blocked
 * @param number   the published version's number, 0 when blocked
 */
public record PublishOutcome(List<ContentProblem> problems, CourseImportResult result, int number) {

    public PublishOutcome {
        problems = List.copyOf(problems);
    }

    public static PublishOutcome blocked(List<ContentProblem> problems) {
        return new PublishOutcome(problems, null, 0);
    }

    public boolean isPublished() {
        return result != null;
    }
}
