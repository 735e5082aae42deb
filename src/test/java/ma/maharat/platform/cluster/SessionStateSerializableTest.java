package ma.maharat.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clustered Maharat keeps web sessions in Payara's data grid ({@code <distributable/>} in web.xml): what
 * a session holds is serialized after each request and read back on another node when its own dies. Every
 * session-, view- and conversation-scoped bean is therefore {@link Serializable}, and so is everything it
 * holds: its fields are values that serialize, or injected references the container replaces with
 * serializable proxies (normal-scoped beans, EJBs, the container's own beans). A field that fails here
 * would make the trainee's session fail to replicate, which Payara only logs.
 */
class SessionStateSerializableTest {

    private static final Set<String> PASSIVATING_SCOPES = Set.of("jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.ConversationScoped", "jakarta.faces.view.ViewScoped", "org.omnifaces.cdi.ViewScoped");
    /** Scopes whose beans the container injects as client proxies, which serialize as a reference to the bean. */
    private static final Set<String> PROXIED_SCOPES = Set.of("jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.ConversationScoped", "jakarta.faces.view.ViewScoped", "org.omnifaces.cdi.ViewScoped",
            "jakarta.ejb.Stateless", "jakarta.ejb.Singleton", "jakarta.ejb.Stateful");
    /** Collection interfaces whose implementations in the JDK all serialize when their elements do. */
    private static final Set<Class<?>> SERIALIZABLE_CONTAINERS = Set.of(List.class, Set.class, Map.class, Collection.class,
            java.util.SortedMap.class, java.util.SortedSet.class, java.util.NavigableMap.class,
            // The JDK's clocks (system, fixed, offset, tick) are all Serializable, though Clock is not.
            java.time.Clock.class);

    static List<Class<?>> passivatingBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.maharat")) {
            if (javaClass.getAnnotations().stream().anyMatch(a -> PASSIVATING_SCOPES.contains(a.getRawType().getName()))) {
                beans.add(javaClass.reflect());
            }
        }
        return beans;
    }

    @Test
    void findsThePagesThatKeepState() {
        List<Class<?>> beans = passivatingBeans();
        // The scan itself must work: these pages hold state across requests today.
        assertTrue(beans.stream().anyMatch(b -> b.getSimpleName().equals("LanguageSelection")), beans.toString());
        assertTrue(beans.size() >= 20, "only " + beans.size() + " passivating beans found: " + beans);
    }

    @Test
    void everySessionAndViewScopedBeanSerializesWithWhatItHolds() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            problems.addAll(problemsOf(bean, bean.getSimpleName(), new HashSet<>()));
        }
        assertEquals(List.of(), problems.stream().sorted().toList(), "state a replicated session could not carry");
    }

    @Test
    void aFieldThatCannotSerializeIsFound() {
        assertEquals(1, problemsOf(HoldsAThread.class, "HoldsAThread", new HashSet<>()).size());
        assertEquals(1, problemsOf(HoldsAnOptional.class, "HoldsAnOptional", new HashSet<>()).size());
        assertEquals(1, problemsOf(NotSerializable.class, "NotSerializable", new HashSet<>()).size());
        assertEquals(List.of(), problemsOf(HoldsValues.class, "HoldsValues", new HashSet<>()));
    }

    static List<String> problemsOf(Class<?> type, String path, Set<Class<?>> seen) {
        List<String> problems = new ArrayList<>();
        if (!seen.add(type)) {
            return problems;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return problems;
        }
        for (Class<?> level = type; level != null && level.getName().startsWith("ma.maharat."); level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String fieldPath = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class) && injectedAsProxy(field.getType())) {
                    continue;
                }
                problems.addAll(problemsOfType(field.getGenericType(), fieldPath, seen));
            }
        }
        return problems;
    }

    private static List<String> problemsOfType(Type type, String path, Set<Class<?>> seen) {
        if (type instanceof Class<?> raw) {
            if (raw.isPrimitive()) {
                return List.of();
            }
            if (raw.isArray()) {
                return problemsOfType(raw.getComponentType(), path + "[]", seen);
            }
            if (raw.getName().startsWith("ma.maharat.")) {
                return problemsOf(raw, path, seen);
            }
            if (Serializable.class.isAssignableFrom(raw) || SERIALIZABLE_CONTAINERS.contains(raw) || raw.isEnum()) {
                return List.of();
            }
            return List.of(path + ": " + raw.getName() + " is not Serializable");
        }
        if (type instanceof ParameterizedType parameterized) {
            List<String> problems = new ArrayList<>(problemsOfType(parameterized.getRawType(), path, seen));
            for (Type argument : parameterized.getActualTypeArguments()) {
                problems.addAll(problemsOfType(argument, path + "<>", seen));
            }
            return problems;
        }
        if (type instanceof GenericArrayType array) {
            return problemsOfType(array.getGenericComponentType(), path + "[]", seen);
        }
        if (type instanceof WildcardType || type instanceof TypeVariable<?>) {
            return List.of();
        }
        return List.of(path + ": cannot tell whether " + type + " serializes");
    }

    /** The container's own beans (Event, Instance, FacesContext...) and normal-scoped or EJB beans arrive as proxies. */
    private static boolean injectedAsProxy(Class<?> type) {
        if (type.getName().startsWith("jakarta.") || type.getName().startsWith("org.eclipse.microprofile.")
                || type.getName().startsWith("org.omnifaces.") || type.getName().startsWith("org.primefaces.")) {
            return true;
        }
        for (Annotation annotation : type.getAnnotations()) {
            if (PROXIED_SCOPES.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    static class HoldsAThread implements Serializable {
        private static final long serialVersionUID = 1L;

        Thread worker;
    }

    static class HoldsAnOptional implements Serializable {
        private static final long serialVersionUID = 1L;

        Optional<String> maybe;
    }

    static class NotSerializable {
        String name;
    }

    static class HoldsValues implements Serializable {
        private static final long serialVersionUID = 1L;

        String name;
        int count;
        List<Map<String, Long>> rows;
        transient Thread notKept;
    }
}
