package ma.maharat.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Start-up tasks run on one node at a time (issue 19): every {@code @Startup} bean of Maharat runs inside the
 * node's turn, that is after {@link StartUpTurn} and before {@link StartUpTurnOver}. A new start-up bean that
 * forgets either would run on two nodes at once again; this test names it.
 */
class StartUpTurnTest {

    private static final Set<String> OUTSIDE_THE_TURN = Set.of("DatabaseMigrator", "StartUpTurn", "StartUpTurnOver");

    private final Map<String, Set<String>> dependsOn = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.maharat").stream()
            .filter(type -> type.isAnnotatedWith(Startup.class))
            .collect(Collectors.toMap(JavaClass::getSimpleName, StartUpTurnTest::dependencies));

    @Test
    void everyStartUpTaskWaitsForTheTurn() {
        Set<String> outside = new TreeSet<>();
        for (String task : tasks()) {
            if (!reaches(task, "StartUpTurn")) {
                outside.add(task);
            }
        }
        assertEquals(Set.of(), outside, "start-up beans that do not @DependsOn(\"StartUpTurn\") (directly or through another)");
    }

    @Test
    void theTurnEndsAfterEveryStartUpTask() {
        Set<String> after = new TreeSet<>();
        for (String task : tasks()) {
            if (!reaches("StartUpTurnOver", task)) {
                after.add(task);
            }
        }
        assertEquals(Set.of(), after, "start-up beans that StartUpTurnOver's @DependsOn does not name");
        assertTrue(reaches("StartUpTurn", "DatabaseMigrator"), "the turn is taken once the schema is migrated");
    }

    /**
     * Payara (GlassFish's SingletonLifeCycleManager) pushes every bean a {@code @DependsOn} names before it
     * visits any of them, so a list naming A and B where B depends on A is refused as a "cyclic dependency"
     * and the application does not deploy (found when StartUpTurnOver named every task).
     */
    @Test
    void noDependsOnNamesABeanAndOneThatDependsOnIt() {
        Set<String> refused = new TreeSet<>();
        for (Map.Entry<String, Set<String>> bean : dependsOn.entrySet()) {
            for (String a : bean.getValue()) {
                for (String b : bean.getValue()) {
                    if (!a.equals(b) && reaches(b, a)) {
                        refused.add(bean.getKey() + ": " + b + " already depends on " + a);
                    }
                }
            }
        }
        assertEquals(Set.of(), refused);
    }

    private Set<String> tasks() {
        Set<String> tasks = new TreeSet<>(dependsOn.keySet());
        tasks.removeAll(OUTSIDE_THE_TURN);
        assertTrue(tasks.containsAll(Set.of("InitialAdministrator", "ContentStartupImport", "SigningKeyAtStart", "DemoData")), tasks.toString());
        return tasks;
    }

    private boolean reaches(String from, String to) {
        Deque<String> next = new ArrayDeque<>(dependsOn.getOrDefault(from, Set.of()));
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String bean = next.pop();
            if (bean.equals(to)) {
                return true;
            }
            if (seen.add(bean)) {
                next.addAll(dependsOn.getOrDefault(bean, Set.of()));
            }
        }
        return false;
    }

    private static Set<String> dependencies(JavaClass type) {
        return type.isAnnotatedWith(DependsOn.class) ? Set.of(type.getAnnotationOfType(DependsOn.class).value()) : Set.of();
    }
}
