package ma.maharat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: keeps cookies, does not follow redirects (tests assert
 * them), and can sign in through the real sign-in form, view state included.
 */
public final class WebClient {

    /** The nonce PrimeFaces' script adds to every form of a page (see platform.security.ContentSecurityPolicy). */
    private static final Pattern FORM_NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private String formNonce;

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /** A download (a spreadsheet, a PDF), with this client's session. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("Request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** Any request (a Range header, a multipart form), with this client's session; the body as bytes. */
    public HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("Request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Authorization", authorization).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String authorization) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Posts JSON with extra headers (name, value, name, value...), with this client's session. */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the sign-in page; returns the response to the form post (a redirect when it worked). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("username", username);
        form.put("password", password);
        form.put("submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return postForm("login.xhtml", form);
    }

    /** A client at {@code base} already signed in; the test fails, with the page, unless the sign-in redirects. */
    public static WebClient signedIn(URI base, String username, String password) {
        WebClient client = new WebClient(base);
        HttpResponse<String> signIn = client.signIn(username, password);
        if (signIn.statusCode() != 302) {
            throw new AssertionError(username + " could not sign in (" + signIn.statusCode() + "):\n" + signIn.body());
        }
        return client;
    }

    /**
     * Posts a form as the browser would. A Faces form also carries the nonce of the page it was read from,
     * which PrimeFaces' script adds in a browser: the last page this client read that had one, unless the
     * caller gives it (or an empty one, to see the refusal).
     */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        if (formNonce != null && fields.containsKey("jakarta.faces.ViewState") && !fields.containsKey("primefaces.nonce")) {
            fields = new LinkedHashMap<>(fields);
            fields.put("primefaces.nonce", formNonce);
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The nonce PrimeFaces' script would add to the page's forms, for a form this client builds itself (multipart). */
    public static String formNonce(String html) {
        Matcher matcher = FORM_NONCE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No script nonce in page:\n" + html);
        }
        return matcher.group(1);
    }

    /** The first group of the first match of {@code pattern} in a page; the test fails, with the page, when nothing matches. */
    public static String firstMatch(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("nothing matches " + pattern + " in:\n" + html);
        }
        return matcher.group(1);
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No view state in page:\n" + html);
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    public URI resolve(String path) {
        return base.resolve(path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher nonce = FORM_NONCE.matcher(response.body());
            if (nonce.find()) {
                formNonce = nonce.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
