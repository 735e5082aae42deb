package ma.maharat.cooperative.control;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: nothing at all when there are problems, otherwise how many records it created,
 * changed and found already up to date (a second import of the same file creates and changes none).
 */
public record ImportOutcome(int created, int updated, int unchanged, List<ImportProblem> problems) implements Serializable {

    public ImportOutcome {
        problems = List.copyOf(problems);
    }

    static ImportOutcome refused(List<ImportProblem> problems) {
        return new ImportOutcome(0, 0, 0, problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
