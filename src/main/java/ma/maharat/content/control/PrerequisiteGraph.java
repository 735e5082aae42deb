package ma.maharat.content.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The "must be taken before" relation between courses. It finds circular prerequisites (which would
 * make every course in the circle impossible to start) and orders courses so that prerequisites come
 * first, which is the order the importer can insert them in.
 */
final class PrerequisiteGraph {

    private final Map<String, List<String>> prerequisitesByCourse;

    /** @param prerequisitesByCourse course id to its prerequisites; only ids that are keys are followed */
    PrerequisiteGraph(Map<String, List<String>> prerequisitesByCourse) {
        this.prerequisitesByCourse = prerequisitesByCourse;
    }

    /**
     * For each course that lies on a circle: the shortest circle through it, starting and ending with
     * it, e.g. {@code [a, b, a]}. Courses are visited in name order so the answer is deterministic.
     */
    Map<String, List<String>> cycles() {
        Map<String, List<String>> cycles = new LinkedHashMap<>();
        for (String course : new TreeSet<>(prerequisitesByCourse.keySet())) {
            List<String> cycle = shortestCycleThrough(course);
            if (!cycle.isEmpty()) {
                cycles.put(course, cycle);
            }
        }
        return cycles;
    }

    /** Breadth-first search from the course's prerequisites back to the course. */
    private List<String> shortestCycleThrough(String start) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String course = queue.removeFirst();
            for (String prerequisite : prerequisitesOf(course)) {
                if (prerequisite.equals(start)) {
                    return circleEndingAt(start, course, reachedFrom);
                }
                if (!reachedFrom.containsKey(prerequisite)) {
                    reachedFrom.put(prerequisite, course);
                    queue.addLast(prerequisite);
                }
            }
        }
        return List.of();
    }

    private static List<String> circleEndingAt(String start, String last, Map<String, String> reachedFrom) {
        List<String> reversed = new ArrayList<>();
        reversed.add(start);
        for (String course = last; !course.equals(start); course = reachedFrom.get(course)) {
            reversed.add(course);
        }
        reversed.add(start);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * The given courses with every prerequisite before the courses that need it, otherwise by name.
     * The courses must be closed under prerequisites and free of circles (true for valid courses).
     */
    List<String> prerequisitesFirst(Collection<String> courses) {
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (String course : courses) {
            List<String> inSet = prerequisitesOf(course).stream().filter(courses::contains).toList();
            missing.put(course, inSet.size());
            inSet.forEach(prerequisite -> dependents.computeIfAbsent(prerequisite, key -> new ArrayList<>()).add(course));
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        missing.forEach((course, count) -> {
            if (count == 0) {
                ready.add(course);
            }
        });
        List<String> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            String course = ready.poll();
            ordered.add(course);
            for (String dependent : dependents.getOrDefault(course, List.of())) {
                if (missing.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (ordered.size() != courses.size()) {
            throw new IllegalStateException("courses with circular prerequisites cannot be ordered");
        }
        return ordered;
    }

    private List<String> prerequisitesOf(String course) {
        return prerequisitesByCourse.getOrDefault(course, List.of()).stream()
                .filter(prerequisitesByCourse::containsKey)
                .toList();
    }
}
