package ma.maharat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The map of features in docs/architecture.md, enforced: each feature may use only the features below it
 * that the map names, no two features depend on each other (directly or round a loop), and a named query
 * is declared on an entity of the feature whose entities it selects from. When a lower feature needs
 * something from a higher one, it declares an interface or fires an event (learning's
 * {@code CourseQuizzes}, {@code CompletionRequirement}); it never imports it.
 *
 * <p>Changing the map is a decision: change {@link #MAY_USE} and the picture in docs/architecture.md in the
 * same commit, and say why there.
 */
class FeatureMapTest {

    private static final String ROOT = "ma.maharat";

    /** Each feature and the features it may use, lowest first. {@code platform} may be used by all. */
    static final Map<String, Set<String>> MAY_USE = mayUse(
            "platform", "",
            "audit", "",
            "center", "audit",
            "course", "",
            "trade", "",
            "cooperative", "audit",
            "identity", "audit cooperative",
            "learning", "course identity",
            "quiz", "course identity learning trade",
            "practical", "audit cooperative course identity learning",
            "training", "audit cooperative course identity learning practical quiz",
            "intake", "audit cooperative training",
            "content", "course practical quiz",
            "authoring", "audit content course identity quiz training",
            "day", "course identity learning quiz training",
            "certificate", "audit center cooperative course identity learning practical quiz training",
            "impact", "audit center certificate cooperative course identity intake learning practical quiz training",
            "demo", "audit center certificate content cooperative course identity impact intake learning practical quiz training");

    private static JavaClasses classes;

    @BeforeAll
    static void importMaharat() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void everyFeatureIsOnTheMap() {
        Set<String> features = classes.stream().map(FeatureMapTest::featureOf).filter(feature -> !feature.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(MAY_USE.keySet()), features,
                "a new feature goes on the map (MAY_USE here, the picture in docs/architecture.md)");
    }

    @TestFactory
    Stream<DynamicTest> eachFeatureUsesOnlyWhatTheMapAllowsIt() {
        return MAY_USE.entrySet().stream().map(feature -> DynamicTest.dynamicTest(feature.getKey(), () -> {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(feature.getKey()) && !other.equals("platform") && !feature.getValue().contains(other))
                    .map(other -> ROOT + "." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(ROOT + "." + feature.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because("docs/architecture.md: " + feature.getKey() + " may use only " + feature.getValue() + " and platform")
                        .check(classes);
            }
        }));
    }

    @Test
    void noFeaturesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theMapItselfHasNoLoop() {
        for (Map.Entry<String, Set<String>> feature : MAY_USE.entrySet()) {
            for (String lower : feature.getValue()) {
                assertEquals(List.copyOf(MAY_USE.keySet()).indexOf(lower) < List.copyOf(MAY_USE.keySet()).indexOf(feature.getKey()), true,
                        feature.getKey() + " may use " + lower + ", which must then be listed below it");
            }
        }
    }

    /** "FROM Account a": the entity a query (or a subquery) starts from, the one it is about. */
    private static final Pattern ROOT_ENTITY = Pattern.compile("\\bFROM\\s+([A-Z]\\w*)\\b");

    @Test
    void namedQueriesLiveWithTheEntitiesTheySelectFrom() {
        Map<String, String> featureOfEntity = new LinkedHashMap<>();
        classes.stream().filter(c -> c.isAnnotatedWith(Entity.class)).forEach(c -> featureOfEntity.put(c.getSimpleName(), featureOf(c)));
        List<String> misplaced = new ArrayList<>();
        for (JavaClass entity : classes) {
            for (NamedQuery query : namedQueries(entity)) {
                Matcher from = ROOT_ENTITY.matcher(query.query());
                if (from.find()) {
                    String selected = from.group(1);
                    String owner = featureOfEntity.get(selected);
                    if (owner != null && !owner.equals(featureOf(entity))) {
                        misplaced.add(query.name() + " on " + entity.getSimpleName() + " (" + featureOf(entity) + ") selects from "
                                + selected + " (" + owner + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), misplaced, "declare a named query on the entity it selects from, in that entity's feature");
    }

    private static List<NamedQuery> namedQueries(JavaClass entity) {
        List<NamedQuery> queries = new ArrayList<>();
        entity.tryGetAnnotationOfType(NamedQuery.class).ifPresent(queries::add);
        entity.tryGetAnnotationOfType(NamedQueries.class).ifPresent(all -> queries.addAll(List.of(all.value())));
        return queries;
    }

    private static String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Map<String, Set<String>> mayUse(String... pairs) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1].isBlank() ? Set.of() : Set.of(pairs[i + 1].split(" ")));
        }
        return map;
    }
}
