package ma.maharat.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import ma.maharat.course.boundary.CourseMediaServlet;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.control.LearningRuleViolation;
import ma.maharat.learning.control.LessonReader;
import ma.maharat.learning.control.PublishedLesson;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;

/**
 * The lesson page, {@code /learn/lesson.xhtml?course=…&lesson=…}: the page trainees read most,
 * written without Faces from what is kept in memory (docs/architecture.md, "Lesson page"). An exact
 * servlet mapping, so it wins over the Faces servlet's {@code *.xhtml}; the trainees' area constraint
 * of web.xml, the authentication mechanism and every filter stay in front of it.
 *
 * <p>"I have read this lesson" posts back to the same address. Against cross-site requests: a token
 * kept in the session (one per session, not per page) must come back with the form, and the
 * browser's {@code Sec-Fetch-Site}, when it sends one, must say same-origin; the session cookie is
 * SameSite besides. A refused post is answered 403.
 */
@WebServlet(urlPatterns = "/learn/lesson.xhtml")
public class LessonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TOKEN = "maharat.lessonToken";
    /** The query parameter of the page shown after "I have read this lesson", and the id of its confirmation. */
    static final String JUST_READ = "read";
    static final String CONFIRMATION_ID = "lesson-done";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object[] TOKEN_LOCKS = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    @Inject
    transient LessonReader reader;

    @Inject
    transient Learning learning;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient LanguageSelection language;

    private transient PageChrome chrome;

    @Override
    public void init() {
        chrome = new PageChrome(ma.maharat.identity.control.IdleLimit.configured());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInUser user = currentUser.required();
        String course = request.getParameter("course");
        String lesson = request.getParameter("lesson");
        LessonReader.OpenLesson open = null;
        List<String> errors = List.of();
        if (course != null && lesson != null) {
            try {
                open = reader.open(user.accountId(), course, lesson);
            } catch (LearningRuleViolation e) {
                errors = List.of(message(e));
            }
        }
        write(request, response, user, open, errors);
    }

    /**
     * "I have read this lesson": marks it done and shows the same lesson again, confirmed in words and
     * offering the next lesson (or the course after the last). Jumping straight to the next lesson, as
     * it once did, left testers unsure whether anything had been saved.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if ((site != null && !site.equals("same-origin")) || !tokenMatches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        SignedInUser user = currentUser.required();
        String course = request.getParameter("course");
        String lesson = request.getParameter("lesson");
        try {
            learning.markDone(user.accountId(), course, lesson);
            // Post-redirect-get to the lesson itself: a reload shows the confirmation again, never a second post.
            response.sendRedirect(request.getContextPath() + "/learn/lesson.xhtml?course=" + Html.query(course) + "&lesson="
                    + Html.query(lesson) + "&" + JUST_READ + "=1#" + CONFIRMATION_ID);
        } catch (LearningRuleViolation e) {
            LessonReader.OpenLesson open = null;
            try {
                open = reader.find(user.accountId(), course, lesson);
            } catch (LearningRuleViolation notReadable) {
                // Only the message, as for a lesson that cannot be opened.
            }
            write(request, response, user, open, List.of(message(e)));
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, SignedInUser user, LessonReader.OpenLesson open,
            List<String> errors) throws IOException {
        Language lang = language.current();
        String title = open == null ? chrome.text(lang, "learn.title") : open.lesson().title().in(lang.code());
        PageChrome.Page page = new PageChrome.Page(lang, user, request.getContextPath(), request.getQueryString(), title);
        StringBuilder out = new StringBuilder(open == null ? 4096 : 8192 + open.lesson().htmlIn("fr").map(String::length).orElse(0) * 2);
        chrome.top(out, page, errors);
        if (open != null) {
            lesson(out, page, open, token(request.getSession()), open.done() && "1".equals(request.getParameter(JUST_READ)));
        }
        chrome.bottom(out, page);
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The content of {@code learn/lesson.xhtml}: breadcrumb, fallback notice, the lesson, its actions.
     *
     * @param justRead the trainee has just said she read it: the confirmation is written out (a status the screen
     *     reader announces) and the next step, the next lesson or the course, becomes the page's big button
     */
    private void lesson(StringBuilder out, PageChrome.Page page, LessonReader.OpenLesson open, String token, boolean justRead) {
        Language lang = page.language();
        String cp = Html.escape(page.contextPath());
        PublishedLesson lesson = open.lesson();
        String course = Html.escape(Html.query(open.course().code()));
        Optional<String> own = lesson.htmlIn(lang.code());
        boolean shownInFrench = own.isEmpty();
        out.append("<nav class=\"breadcrumb\" aria-label=\"").append(Html.escape(chrome.text(lang, "learn.breadcrumb"))).append("\">")
                .append("<a href=\"").append(cp).append("/learn/course.xhtml?code=").append(course).append("\">")
                .append(Html.escape(open.course().title().in(lang.code()))).append("</a>\n› ")
                .append(Html.escape(lesson.moduleTitle().in(lang.code()))).append("\n</nav>\n");
        if (shownInFrench) {
            out.append("<p class=\"notice\" id=\"fallback-notice\" role=\"note\">").append(Html.escape(chrome.text(lang, "learn.shownInFrench")))
                    .append("</p>\n");
        }
        LessonAudioBlock.append(out, chrome, page, open); // the audio reading, when the lesson has one
        // The lesson's HTML was sanitized at import (content.control.LessonHtmlPolicy); only its images are pointed at the media address.
        String html = own.orElseGet(() -> lesson.htmlIn("fr").orElse(""))
                .replace("src=\"media/", "src=\"" + Html.escape(CourseMediaServlet.mediaAddress(page.contextPath(), open.course().code())));
        out.append("<article class=\"card lesson\" id=\"lesson-text\" lang=\"").append(shownInFrench ? "fr" : lang.code())
                .append("\" dir=\"").append(shownInFrench ? "ltr" : lang.direction()).append("\">").append(html).append("\n</article>\n");
        out.append("<form id=\"lesson-actions\" name=\"lesson-actions\" method=\"post\" action=\"").append(cp)
                .append("/learn/lesson.xhtml\" class=\"lesson-actions\">\n")
                .append("<input type=\"hidden\" name=\"course\" value=\"").append(Html.escape(open.course().code())).append("\" />\n")
                .append("<input type=\"hidden\" name=\"lesson\" value=\"").append(Html.escape(lesson.code())).append("\" />\n")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(token).append("\" />\n");
        if (justRead) {
            out.append("<p class=\"read-confirmation\" id=\"").append(CONFIRMATION_ID).append("\" role=\"status\" tabindex=\"-1\">")
                    .append("<span class=\"mark\" aria-hidden=\"true\">✔</span> <strong>")
                    .append(Html.escape(chrome.text(lang, "learn.readConfirmed"))).append("</strong>");
            if (open.next().isEmpty()) {
                out.append(" ").append(Html.escape(chrome.text(lang, "learn.lastLessonRead")));
            }
            out.append("</p>\n");
        }
        open.previous().ifPresent(previous -> link(out, cp, course, previous, "lesson-actions:previous", chrome.text(lang, "learn.previous"), false));
        if (open.done() && !justRead) {
            out.append("<span class=\"done-note\" id=\"done-note\">✔ ").append(Html.escape(chrome.text(lang, "learn.done"))).append("</span>\n");
        }
        if (!open.done() && !lesson.hasQuiz()) {
            out.append("<input id=\"lesson-actions:mark-done\" type=\"submit\" name=\"lesson-actions:mark-done\" value=\"")
                    .append(Html.escape(chrome.text(lang, "learn.markDone"))).append("\" class=\"big-button\" />\n");
        }
        if (lesson.hasQuiz()) {
            out.append("<a id=\"lesson-quiz\" class=\"big-button\" href=\"").append(cp).append("/learn/quiz.xhtml?course=").append(course)
                    .append("&amp;quiz=").append(Html.escape(Html.query(lesson.code()))).append("\">")
                    .append(Html.escape(chrome.text(lang, "learn.takeLessonQuiz"))).append("</a>\n");
        }
        // Once the lesson is read, going on is what is left to do: the next lesson is the big button then.
        boolean goOn = justRead || open.done() && !lesson.hasQuiz();
        open.next().ifPresent(next -> link(out, cp, course, next, "lesson-actions:next", chrome.text(lang, "learn.next"), goOn));
        if (justRead && open.next().isEmpty()) {
            out.append("<a id=\"lesson-actions:course\" class=\"big-button\" href=\"").append(cp).append("/learn/course.xhtml?code=")
                    .append(course).append("\">").append(Html.escape(chrome.text(lang, "learn.backToCourse"))).append("</a>\n");
        }
        out.append("</form>\n");
    }

    private static void link(StringBuilder out, String cp, String course, PublishedLesson lesson, String id, String label, boolean big) {
        out.append("<a id=\"").append(id).append("\" href=\"").append(cp).append("/learn/lesson.xhtml?course=").append(course)
                .append("&amp;lesson=").append(Html.escape(Html.query(lesson.code()))).append("\" class=\"")
                .append(big ? "big-button" : "secondary-link").append("\">").append(Html.escape(label)).append("</a>\n");
    }

    private String message(LearningRuleViolation violation) {
        return chrome.text(language.current(), violation.messageKey(), violation.arguments());
    }

    /**
     * The session's token for the form, made on its first lesson page. Two first pages of one session
     * asked at the same instant (two tabs restored together) must not make two tokens, or the older
     * page's form is refused: the check and the making happen under a lock chosen by the session id
     * (the session object itself may be a different facade in each request).
     */
    static String token(HttpSession session) {
        if (session.getAttribute(TOKEN) instanceof String token) {
            return token;
        }
        synchronized (TOKEN_LOCKS[Math.floorMod(session.getId().hashCode(), TOKEN_LOCKS.length)]) {
            if (session.getAttribute(TOKEN) instanceof String token) {
                return token;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(TOKEN, token);
            return token;
        }
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter("token");
        return session != null && sent != null && session.getAttribute(TOKEN) instanceof String expected
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
    }
}
