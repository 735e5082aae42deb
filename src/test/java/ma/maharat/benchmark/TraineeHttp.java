package ma.maharat.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks do as a trainee's browser: sign in through the real Faces sign-in form (view
 * state included) and send the session cookie along. Many simulated trainees share one HTTP client
 * and each passes her own cookie, so that 300 trainees do not cost 300 clients.
 */
final class TraineeHttp {

    static final String DEMO_PASSWORD = "maharat-demo";
    static final String SESSION_COOKIE = "MAHARAT_SESSION";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private TraineeHttp() {
    }

    /** One HTTP/1.1 client that never follows redirects (the benchmarks look at them). */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs every one in, a few at a time; the same username may appear several times (several sessions). */
    static List<String> signIn(URI base, List<String> usernames, String password) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> futures = new ArrayList<>();
            for (String username : usernames) {
                futures.add(CompletableFuture.supplyAsync(() -> signIn(base, username, password), pool));
            }
            List<String> sessions = new ArrayList<>();
            for (CompletableFuture<String> future : futures) {
                sessions.add(future.get());
            }
            return sessions;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** @return the cookies the sign-in set, the session's first, as a {@code Cookie} header value */
    static String signIn(URI base, String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String page = fetch(client, null, base.resolve("/login.xhtml")).body();
            String form = "login=login&submit=&username=" + enc(username) + "&password=" + enc(password)
                    + "&jakarta.faces.ViewState=" + enc(viewState(page));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302) {
                throw new IllegalStateException("Sign-in of " + username + " answered " + response.statusCode());
            }
            // Every cookie, the session first: on a cluster node Payara adds JSESSIONIDVERSION, which a browser sends back.
            List<HttpCookie> all = new ArrayList<>(cookies.getCookieStore().getCookies());
            all.sort(Comparator.comparing(c -> !c.getName().equals(SESSION_COOKIE)));
            if (all.isEmpty() || !all.get(0).getName().equals(SESSION_COOKIE)) {
                throw new IllegalStateException("Sign-in of " + username + " set no " + SESSION_COOKIE + " cookie");
            }
            return String.join("; ", all.stream().map(c -> c.getName() + "=" + c.getValue()).toList());
        } catch (IOException e) {
            throw new IllegalStateException("Sign-in of " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The view state of the (first) Faces form of a page, as the form post sends it back. */
    static String viewState(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the page");
        }
        return viewState.group(1).replace("&#58;", ":");
    }

    /** GET with the session cookie ({@code null}: anonymous), 30 s at most. */
    static HttpResponse<String> fetch(HttpClient client, String session, URI uri) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", session);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form post with the session cookie, 30 s at most. */
    static HttpResponse<String> postForm(HttpClient client, String session, URI uri, String form)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
