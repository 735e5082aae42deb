package ma.maharat.practical.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.RubricCriterion;
import ma.maharat.practical.entity.RubricLevel;

/**
 * A task's rubric as a sign-off is checked against it: every current criterion gets exactly one of its
 * current levels, and the task passes when every criterion reaches at least the pass level's points
 * (one weak criterion is enough to ask for the work again: a T-shirt with perfect seams but measurements
 * off the size chart cannot be delivered). Pure: the sign-off and the tests share it.
 *
 * @param passPoints the points every criterion must reach
 * @param criteria   the current criteria in order
 */
public record Rubric(int passPoints, List<Criterion> criteria) {

    /** A criterion and its levels, lowest first. */
    public record Criterion(long id, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }
    }

    /** A level with its points. */
    public record Level(long id, int points) {}

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    public static Rubric of(PracticalTask task) {
        return new Rubric(task.getPassPoints(), task.currentCriteria().stream()
                .map(c -> new Criterion(c.getId(), c.currentLevels().stream().map(l -> new Level(l.getId(), l.getPoints())).toList()))
                .toList());
    }

    /**
     * Checks the levels chosen and tells whether they pass.
     *
     * @param chosen level id by criterion id
     * @return whether every criterion reaches the pass points
     * @throws RubricViolation naming the criteria without a level ({@code practical.levelMissing}) or with a
     *         level that is not theirs ({@code practical.levelUnknown})
     */
    public boolean passes(Map<Long, Long> chosen) {
        List<Long> missing = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        boolean passed = true;
        for (Criterion criterion : criteria) {
            Long levelId = chosen.get(criterion.id());
            if (levelId == null) {
                missing.add(criterion.id());
                continue;
            }
            Level level = criterion.levels().stream().filter(l -> l.id() == levelId).findFirst().orElse(null);
            if (level == null) {
                unknown.add(criterion.id());
            } else if (level.points() < passPoints) {
                passed = false;
            }
        }
        if (!unknown.isEmpty()) {
            throw new RubricViolation("practical.levelUnknown", unknown);
        }
        if (!missing.isEmpty()) {
            throw new RubricViolation("practical.levelMissing", missing);
        }
        return passed;
    }

    /** A sign-off whose levels do not fit the rubric; names the criteria concerned. */
    public static final class RubricViolation extends PracticalRuleViolation {

        private static final long serialVersionUID = 1L;
        private final List<Long> criteria;

        RubricViolation(String messageKey, List<Long> criteria) {
            super(messageKey);
            this.criteria = List.copyOf(criteria);
        }

        /** The ids of the criteria concerned. */
        public List<Long> criteria() {
            return criteria;
        }
    }

    /** The level chosen for a criterion, from the entities (for the sign-off). */
    static RubricLevel level(RubricCriterion criterion, long levelId) {
        return criterion.getLevels().stream().filter(l -> l.getId() == levelId).findFirst().orElseThrow();
    }
}
