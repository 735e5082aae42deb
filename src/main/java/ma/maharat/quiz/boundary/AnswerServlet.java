package ma.maharat.quiz.boundary;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.ResponseCodec;

/**
 * Where the quiz page sends each answer the moment it is given ({@code POST /learn/quiz-answer}, JSON),
 * under the trainees' area, so only a signed-in trainee reaches it and only for her own attempts.
 *
 * <pre>
 * request   {"attempt": 12, "slot": 3, "revision": 1, "response": {"choice": 2}}
 * 200       {"status": "saved", "revision": 2}
 * 409       {"status": "conflict", "revision": 3, "response": {...the newer answer...}}
 * 410       {"status": "closed", "timeUp": true}
 * 404       {"status": "not_found"}     400 {"status": "invalid"}     403 {"status": "forbidden"}
 * 503       {"status": "unavailable"}   (the database cannot be reached: the page retries)
 * </pre>
 *
 * Against cross-site requests: the page sends a custom header, which a foreign site cannot add
 * without a CORS preflight that Maharat never grants, and the browser's own {@code Sec-Fetch-Site}
 * must not say cross-site (on top of the session cookie being SameSite=Lax).
 */
@WebServlet(urlPatterns = "/learn/quiz-answer")
public class AnswerServlet extends HttpServlet {

    /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String REQUEST_HEADER = "X-Maharat-Quiz";
    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = ResponseCodec.MAX_LENGTH + 200;
    private static final Logger LOG = Logger.getLogger(AnswerServlet.class.getName());

    @Inject
    transient AnswerSaves saves;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String site = request.getHeader("Sec-Fetch-Site");
        if (request.getHeader(REQUEST_HEADER) == null || (site != null && !site.equals("same-origin"))) {
            answer(response, 403, JSON.createObjectBuilder().add("status", "forbidden"));
            return;
        }
        JsonObject body;
        try {
            body = read(request);
        } catch (RuntimeException e) {
            answer(response, 400, JSON.createObjectBuilder().add("status", "invalid"));
            return;
        }
        long trainee = currentUser.required().accountId();
        try {
            AnswerSaves.Outcome outcome = saves.save(trainee, body.getJsonNumber("attempt").longValueExact(),
                    body.getInt("slot"), body.getInt("revision"), body.getJsonObject("response").toString());
            if (outcome instanceof AnswerSaves.Saved saved) {
                answer(response, 200, JSON.createObjectBuilder().add("status", "saved").add("revision", saved.revision()));
            } else if (outcome instanceof AnswerSaves.Conflict conflict) {
                answer(response, 409, JSON.createObjectBuilder().add("status", "conflict").add("revision", conflict.revision())
                        .add("response", conflict.storedResponse() == null ? JsonValue.NULL
                                : JSON.createReader(new StringReader(conflict.storedResponse())).readObject()));
            } else if (outcome instanceof AnswerSaves.Closed closed) {
                answer(response, 410, JSON.createObjectBuilder().add("status", "closed").add("timeUp", closed.timeUp()));
            } else {
                answer(response, 404, JSON.createObjectBuilder().add("status", "not_found"));
            }
        } catch (ResponseCodec.InvalidResponse | NullPointerException | ClassCastException | ArithmeticException e) {
            LOG.log(Level.FINE, "Refused an answer that is not one", e);
            answer(response, 400, JSON.createObjectBuilder().add("status", "invalid"));
        } catch (IllegalStateException e) {
            // The database is unreachable (restarting, network): the page keeps the answer and retries.
            LOG.log(Level.WARNING, "An answer could not be saved; the page retries it", e);
            answer(response, 503, JSON.createObjectBuilder().add("status", "unavailable"));
        }
    }

    private static JsonObject read(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("answer too long");
            }
            try (var reader = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                return reader.readObject();
            }
        }
    }

    private static void answer(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
