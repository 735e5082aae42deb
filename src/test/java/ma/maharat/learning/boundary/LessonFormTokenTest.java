package ma.maharat.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LessonFormTokenTest {

    /**
     * A session as each request sees it: a facade of its own over shared attributes. Reading an
     * attribute is slowed down, so that first pages asked together all find no token yet unless the
     * making of it is guarded.
     */
    private static HttpSession facadeOf(String id, Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> {
                        Object value = attributes.get((String) args[0]);
                        Thread.sleep(20);
                        yield value;
                    }
                    case "setAttribute" -> {
                        attributes.put((String) args[0], args[1]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void firstLessonPagesOfOneSessionAskedTogetherShareOneToken() throws Exception {
        Map<String, Object> attributes = new ConcurrentHashMap<>();
        int pages = 6;
        ExecutorService requests = Executors.newFixedThreadPool(pages);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Callable<String>> firstPages = java.util.stream.IntStream.range(0, pages).<Callable<String>>mapToObj(i -> () -> {
                together.await();
                return LessonServlet.token(facadeOf("session-1", attributes));
            }).toList();
            List<Future<String>> tokens = firstPages.stream().map(requests::submit).toList();
            together.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> token : tokens) {
                distinct.add(token.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, distinct.size(), "one token for the session: " + distinct);
            assertEquals(distinct.iterator().next(), attributes.get(LessonServlet.TOKEN));
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void eachSessionHasItsOwnToken() {
        String first = LessonServlet.token(facadeOf("a", new ConcurrentHashMap<>()));
        String second = LessonServlet.token(facadeOf("b", new ConcurrentHashMap<>()));
        assertNotEquals(first, second);
        assertEquals(32, first.length(), "24 random bytes, base64url");
    }
}
