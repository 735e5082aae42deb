package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import ma.maharat.training.entity.Cohort;
import org.junit.jupiter.api.Test;

/** The assignment form of the planning page offers the period of the cohort picked, and only into empty dates. */
class PlanningAssignmentsTest {

    private final Cohort spring = cohort(4, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30));

    private PlanningAssignments form() {
        Planning planning = new Planning();
        planning.allCohorts = List.of(spring);
        PlanningAssignments form = new PlanningAssignments();
        form.planning = planning;
        return form;
    }

    @Test
    void aCohortPickedOffersItsPeriod() {
        PlanningAssignments form = form();
        form.setCohort(4L);
        form.cohortChosen();
        assertEquals(LocalDate.of(2027, 3, 1), form.getFrom());
        assertEquals(LocalDate.of(2027, 4, 30), form.getTo());
    }

    @Test
    void datesAlreadyGivenAreKept() {
        PlanningAssignments form = form();
        form.setFrom(LocalDate.of(2027, 3, 15));
        form.setCohort(4L);
        form.cohortChosen();
        assertEquals(LocalDate.of(2027, 3, 15), form.getFrom());
        assertNull(form.getTo(), "one date given: the other is not filled in behind the planner's back");
    }

    @Test
    void anUnknownOrNoCohortOffersNothing() {
        PlanningAssignments form = form();
        form.setCohort(99L);
        form.cohortChosen();
        assertNull(form.getFrom());
        form.setCohort(null);
        form.cohortChosen();
        assertNull(form.getTo());
        assertTrue(form.planning.programmeOf(null).isEmpty());
        assertTrue(form.planning.programmeOf(99L).isEmpty());
    }

    private static Cohort cohort(long id, LocalDate start, LocalDate end) {
        Cohort cohort = new Cohort("Cycle " + id, start, end, List.of(), List.of());
        try {
            Field field = Cohort.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(cohort, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return cohort;
    }
}
