package ma.maharat.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated trainee taking a course's final quiz the way the quiz page does it: the quiz page,
 * Start (a Faces form post), the attempt page, then one JSON request per answer, each naming the
 * revision it replaces. She remembers every answer the server acknowledged, which is what the checks
 * compare the database and the page with afterwards.
 *
 * <p>An answer whose save got no answer (the server died, the connection broke) is remembered as
 * unconfirmed: the server may or may not have stored it, and either is correct; what must never
 * happen is an acknowledged answer that is not there. A trainee is used by one thread at a time.
 */
final class QuizTrainee {

    /** What a save got back: the HTTP status (-1: no answer at all) and the answer's revision on 200 and 409. */
    record SaveOutcome(int status, int revision, String detail) {
        boolean saved() {
            return status == 200;
        }
    }

    /** An answer at a revision. */
    record Answer(int revision, JsonObject response) {
    }

    private static final Pattern ATTEMPT_ID = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)");

    private final String username;
    private String session;
    /** Set when she keeps every cookie the server sends, as a browser does (see {@link #keepCookies}). */
    private CookieManager cookies;
    private long attemptId;
    private AttemptView view;
    private final Map<Integer, Answer> acknowledged = new TreeMap<>();
    private final Map<Integer, Answer> unconfirmed = new HashMap<>();
    private long savesAcknowledged;
    private long unconfirmedFoundStored;

    QuizTrainee(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }

    long attemptId() {
        return attemptId;
    }

    AttemptView view() {
        return view;
    }

    long savesAcknowledged() {
        return savesAcknowledged;
    }

    /** Saves sent without an answer (the server or the network failed) that no check has found stored yet. */
    int unconfirmedCount() {
        return unconfirmed.size();
    }

    /** Saves that got no answer but that a check found stored: the server had committed them. */
    long unconfirmedFoundStored() {
        return unconfirmedFoundStored;
    }

    void useSession(String session) {
        this.session = session;
    }

    /**
     * From now on she keeps every cookie the server sets and sends them all back, as a browser does. A cluster
     * node needs it: Payara's replicated sessions come with a JSESSIONIDVERSION cookie, and a request without it
     * may be answered as if there were no session (the failover test counted such trainees as signed out).
     */
    void keepCookies(URI base) {
        cookies = new CookieManager();
        for (String pair : session.split(";\\s*")) {
            int equals = pair.indexOf('=');
            HttpCookie cookie = new HttpCookie(pair.substring(0, equals), pair.substring(equals + 1));
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(base, cookie);
        }
    }

    /** Takes in the cookies a response set, when she keeps them. */
    private <T> HttpResponse<T> remember(HttpResponse<T> response) throws IOException {
        if (cookies != null) {
            cookies.put(response.uri(), response.headers().map());
            List<String> pairs = new ArrayList<>();
            for (HttpCookie cookie : cookies.getCookieStore().get(response.uri())) {
                pairs.add(cookie.getName() + "=" + cookie.getValue());
            }
            session = String.join("; ", pairs);
        }
        return response;
    }

    void signIn(URI base) {
        session = TraineeHttp.signIn(base, username, TraineeHttp.DEMO_PASSWORD);
    }

    /** The answer she last saw acknowledged for a slot, {@code null} when none. */
    JsonObject answerOf(int slot) {
        Answer answer = acknowledged.get(slot);
        return answer == null ? null : answer.response();
    }

    /**
     * The question she answers next: the first unanswered one, or now and then (one time in five, and
     * always once all are answered) a change to an earlier answer.
     */
    AttemptView.Slot nextSlot(Random random) {
        List<AttemptView.Slot> slots = view.slots();
        List<AttemptView.Slot> unanswered = slots.stream().filter(s -> answerOf(s.slot()) == null).toList();
        if (!unanswered.isEmpty() && (acknowledged.isEmpty() || random.nextDouble() < 0.8)) {
            return unanswered.get(0);
        }
        List<AttemptView.Slot> answered = slots.stream().filter(s -> answerOf(s.slot()) != null).toList();
        return answered.isEmpty() ? slots.get(0) : answered.get(random.nextInt(answered.size()));
    }

    /** Slots she has answered (acknowledged). */
    int answeredCount() {
        return acknowledged.size();
    }

    /**
     * Opens the quiz page and presses Start, or Continue when an attempt is in progress.
     *
     * @return the attempt's id, from the redirect to its page
     */
    long start(HttpClient client, URI base, String course, Latencies pageLoads, Latencies starts)
            throws IOException, InterruptedException {
        long begin = System.nanoTime();
        HttpResponse<String> page = remember(TraineeHttp.fetch(client, session,
                base.resolve("/learn/quiz.xhtml?course=" + TraineeHttp.enc(course) + "&quiz=course")));
        if (page.statusCode() != 200 || !page.body().contains("id=\"quiz-start\"")) {
            throw new IllegalStateException(username + ": quiz page answered " + page.statusCode() + " without the start form");
        }
        pageLoads.addSince(begin);
        String button = page.body().contains("name=\"quiz-start:continue\"") ? "quiz-start:continue" : "quiz-start:start";
        if (!page.body().contains("name=\"" + button + "\"")) {
            throw new IllegalStateException(username + ": the quiz page offers neither Start nor Continue");
        }
        String form = "quiz-start=quiz-start&course=" + TraineeHttp.enc(course) + "&quiz=course&" + TraineeHttp.enc(button) + "=go"
                + "&jakarta.faces.ViewState=" + TraineeHttp.enc(TraineeHttp.viewState(page.body()));
        begin = System.nanoTime();
        HttpResponse<String> started = remember(TraineeHttp.postForm(client, session, base.resolve("/learn/quiz.xhtml"), form));
        Matcher location = ATTEMPT_ID.matcher(started.headers().firstValue("Location").orElse(""));
        if (started.statusCode() != 302 || !location.find()) {
            throw new IllegalStateException(username + ": Start answered " + started.statusCode() + " " + started.headers().firstValue("Location"));
        }
        starts.addSince(begin);
        long id = Long.parseLong(location.group(1));
        if (attemptId != 0 && id != attemptId) {
            throw new IllegalStateException(username + ": Continue opened attempt " + id + " instead of " + attemptId);
        }
        attemptId = id;
        return id;
    }

    /** Opens (or reloads) the attempt page. */
    AttemptView open(HttpClient client, URI base, Latencies pageLoads) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        HttpResponse<String> page = remember(TraineeHttp.fetch(client, session, base.resolve("/learn/attempt.xhtml?id=" + attemptId)));
        if (page.statusCode() != 200 || !page.body().contains("data-slot=")) {
            throw new IllegalStateException(username + ": attempt page " + attemptId + " answered " + page.statusCode() + " without questions");
        }
        pageLoads.addSince(begin);
        view = AttemptView.parse(page.body());
        return view;
    }

    /** Saves an answer over the last one acknowledged for the slot, as the quiz page's script does. */
    SaveOutcome save(HttpClient client, URI base, int slot, JsonObject response, Latencies saves) throws InterruptedException {
        Answer before = acknowledged.get(slot);
        int revision = before == null ? 0 : before.revision();
        unconfirmed.put(slot, new Answer(revision + 1, response));
        String body = Json.createObjectBuilder().add("attempt", attemptId).add("slot", slot).add("revision", revision)
                .add("response", response).build().toString();
        long begin = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = remember(client.send(HttpRequest.newBuilder(base.resolve("/learn/quiz-answer")).timeout(Duration.ofSeconds(30))
                    .header("Cookie", session).header("Content-Type", "application/json").header("X-Maharat-Quiz", "answer")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            saves.error(username + ": " + e);
            return new SaveOutcome(-1, revision, e.toString());
        }
        long micros = (System.nanoTime() - begin) / 1_000;
        if (answer.statusCode() == 200) {
            JsonObject saved = json(answer.body());
            acknowledged.put(slot, new Answer(saved.getInt("revision"), response));
            unconfirmed.remove(slot);
            savesAcknowledged++;
            saves.add(micros);
            return new SaveOutcome(200, saved.getInt("revision"), "saved");
        }
        String detail = "HTTP " + answer.statusCode() + " " + (answer.body().startsWith("<") ? "(an HTML error page)"
                : answer.body().substring(0, Math.min(200, answer.body().length())));
        saves.error(username + " slot " + slot + ": " + detail);
        if (answer.statusCode() == 409) {
            // Someone else's answer is newer: the page shows theirs and asks; a benchmark trainee takes it.
            JsonObject conflict = json(answer.body());
            acknowledged.put(slot, new Answer(conflict.getInt("revision"),
                    conflict.isNull("response") ? null : conflict.getJsonObject("response")));
            unconfirmed.remove(slot);
            return new SaveOutcome(409, conflict.getInt("revision"), detail);
        }
        return new SaveOutcome(answer.statusCode(), revision, detail);
    }

    /** Hands the attempt in through the attempt page's form (reading its view state first). */
    void handIn(HttpClient client, URI base, Latencies pageLoads) throws IOException, InterruptedException {
        AttemptView page = open(client, base, pageLoads);
        String form = "hand-in=hand-in&id=" + attemptId + "&hand-in%3Asubmit=go&jakarta.faces.ViewState="
                + TraineeHttp.enc(page.handInViewState());
        HttpResponse<String> handedIn = remember(TraineeHttp.postForm(client, session, base.resolve("/learn/attempt.xhtml"), form));
        if (handedIn.statusCode() != 302 || !handedIn.headers().firstValue("Location").orElse("").contains("result.xhtml")) {
            throw new IllegalStateException(username + ": hand-in answered " + handedIn.statusCode());
        }
        attemptId = 0;
        acknowledged.clear();
        unconfirmed.clear();
        view = null;
    }

    /** What the page shows that differs from what she knows was saved (an answer the page lost), one line each. */
    List<String> differencesFrom(AttemptView page) {
        List<String> differences = new ArrayList<>();
        for (AttemptView.Slot slot : page.slots()) {
            String difference = compare(slot.slot(), slot.revision(), slot.shown(), "page");
            if (difference != null) {
                differences.add(difference);
            }
        }
        return differences;
    }

    /** What the database holds that differs from what she knows was saved, one line each. */
    List<String> differencesFrom(Connection database) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (PreparedStatement select = database.prepareStatement("SELECT slot, revision, response FROM attempt_answer WHERE attempt_id = ?")) {
            select.setLong(1, attemptId);
            try (ResultSet row = select.executeQuery()) {
                int rows = 0;
                while (row.next()) {
                    rows++;
                    String stored = row.getString(3);
                    String difference = compare(row.getInt(1), row.getInt(2), stored == null ? null : json(stored), "database");
                    if (difference != null) {
                        differences.add(difference);
                    }
                }
                if (rows == 0) {
                    differences.add(username + ": attempt " + attemptId + " has no answer rows in the database");
                }
            }
        }
        return differences;
    }

    /**
     * Null when the stored answer is the one acknowledged last, or the unconfirmed one after it (which
     * then counts as acknowledged: the server did store it).
     */
    private String compare(int slot, int revision, JsonObject response, String where) {
        Answer expected = acknowledged.getOrDefault(slot, new Answer(0, null));
        if (expected.revision() == revision && java.util.Objects.equals(expected.response(), response)) {
            return null;
        }
        Answer maybe = unconfirmed.get(slot);
        if (maybe != null && maybe.revision() == revision && maybe.response().equals(response)) {
            acknowledged.put(slot, maybe);
            unconfirmed.remove(slot);
            unconfirmedFoundStored++;
            return null;
        }
        return String.format("%s: attempt %d slot %d: %s has revision %d %s, acknowledged was revision %d %s%s", username, attemptId, slot,
                where, revision, response, expected.revision(), expected.response(),
                maybe == null ? "" : " (unconfirmed: revision " + maybe.revision() + " " + maybe.response() + ")");
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
