package ma.maharat.learning.boundary;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import ma.maharat.identity.control.IdleLimit;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;

/**
 * The layout of {@code WEB-INF/templates/layout.xhtml} and {@code WEB-INF/includes/topbar.xhtml}
 * written without Faces, for the pages served by plain servlets (the lesson page). Same markup, same
 * texts from the same bundle. {@code LessonPageIT} compares it with the chrome Faces renders around
 * "My courses", so a change to one that is not made to the other fails the build.
 *
 * <p>The head links the stylesheets the Faces pages load (PrimeFaces' theme and components, for the
 * messages, and Maharat's own) and none of PrimeFaces' scripts: nothing on these pages needs them. Its
 * scripts are files, as the Content-Security-Policy ({@code script-src 'self'}) runs no inline script:
 * the top bar's own for trainees (terminal.js, without any library), which the Faces pages load from the
 * same place in the top bar, and the page's own (lesson-page.js: the audio button, closing messages).
 */
final class PageChrome {

    /** What the page around the content says. */
    record Page(Language language, SignedInUser user, String contextPath, String queryString, String title) {}

    /**
     * The version query PrimeFaces puts on its stylesheets' addresses, PrimeFaces Extensions' included (it
     * adds {@code e=}): the same addresses as on the Faces pages, so that one cached copy serves both.
     */
    private static final String PRIMEFACES = "v=15.0.8&amp;e=15.0.8";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    private final IdleLimit idleLimit;

    /** @param idleLimit what a trainee's countdown says to terminal.js, as the Faces pages do ({@code SharedTerminal}) */
    PageChrome(IdleLimit idleLimit) {
        this.idleLimit = idleLimit;
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(PageMessages.BUNDLE, language.locale()));
        }
    }

    String text(Language language, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundles.get(language).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** From the doctype to the page's heading and its messages (errors, escaped), where the content starts. */
    void top(StringBuilder out, Page page, Iterable<String> errors) {
        Language language = page.language();
        Function<String, String> msg = key -> Html.escape(text(language, key));
        String cp = Html.escape(page.contextPath());
        String title = Html.escape(page.title());
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language.code())
                .append("\" dir=\"").append(language.direction()).append("\"><head>")
                .append("<link rel=\"stylesheet\" href=\"").append(cp).append("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue&amp;")
                .append(PRIMEFACES).append("\" />")
                .append("<link rel=\"stylesheet\" href=\"").append(cp).append("/jakarta.faces.resource/primeicons/primeicons.css.xhtml?ln=primefaces&amp;")
                .append(PRIMEFACES).append("\" />")
                .append("<link rel=\"stylesheet\" href=\"").append(cp).append("/jakarta.faces.resource/maharat/css/maharat.css.xhtml\" />")
                .append("<link rel=\"stylesheet\" href=\"").append(cp).append("/jakarta.faces.resource/components.css.xhtml?ln=primefaces&amp;")
                .append(PRIMEFACES).append("\" />\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(title).append(" · ").append(msg.apply("app.name")).append("</title></head>")
                .append("<body class=\"").append(language.direction()).append("\">\n")
                .append("<a href=\"#main\" class=\"skip-link\">").append(msg.apply("a11y.skipToContent")).append("</a>\n");
        topbar(out, page, msg, cp);
        out.append("<main id=\"main\" class=\"page\" tabindex=\"-1\">\n<h1 class=\"page-title\">").append(title).append("</h1>")
                .append("<div id=\"messages\" class=\"ui-messages ui-widget\" aria-live=\"polite\">");
        boolean first = true;
        for (String error : errors) {
            if (first) {
                out.append("<div class=\"ui-messages-error\"><a href=\"#\" class=\"ui-messages-close\" aria-label=\"")
                        .append(msg.apply("messages.close")).append("\">")
                        .append("<span class=\"ui-icon ui-icon-close\"></span></a><span class=\"ui-messages-error-icon\"></span><ul>");
                first = false;
            }
            out.append("<li><span class=\"ui-messages-error-summary\">").append(Html.escape(error))
                    .append("</span></li>");
        }
        if (!first) {
            out.append("</ul></div>");
        }
        out.append("</div>\n");
    }

    /** From the end of the content to the end of the document. */
    void bottom(StringBuilder out, Page page) {
        out.append("</main>\n<footer class=\"footer\">\n<p>").append(Html.escape(text(page.language(), "footer.center")))
                .append("</p>\n</footer>\n<script src=\"").append(Html.escape(page.contextPath()))
                .append("/jakarta.faces.resource/maharat/js/lesson-page.js.xhtml\"></script>\n</body>\n</html>\n");
    }

    private void topbar(StringBuilder out, Page page, Function<String, String> msg, String cp) {
        Role role = page.user() == null ? null : page.user().role();
        out.append("<header class=\"topbar\">\n<a class=\"brand\" href=\"").append(cp).append("/\">\n<span class=\"brand-name\">")
                .append(msg.apply("app.name")).append("</span>\n<span class=\"brand-tagline\">").append(msg.apply("app.tagline"))
                .append("</span>\n</a>\n<nav class=\"menu\" aria-label=\"").append(msg.apply("menu.label")).append("\">\n");
        // The same links, in the same order, as WEB-INF/includes/topbar.xhtml (CurriculumIT compares them).
        if (role == Role.TRAINEE) {
            menu(out, cp, "menu-learn", "/learn/", msg.apply("menu.learn"));
            menu(out, cp, "menu-my-certificates", "/learn/certificates.xhtml", msg.apply("menu.myCertificates"));
            menu(out, cp, "menu-my-planning", "/learn/planning.xhtml", msg.apply("menu.myPlanning"));
        }
        if (role == Role.TRAINER) {
            menu(out, cp, "menu-trainer", "/trainer/", msg.apply("menu.trainer"));
            menu(out, cp, "menu-calendar", "/trainer/calendar.xhtml", msg.apply("menu.calendar"));
            menu(out, cp, "menu-progress", "/trainer/cohorts.xhtml", msg.apply("menu.progress"));
            menu(out, cp, "menu-quizzes", "/trainer/quizzes.xhtml", msg.apply("menu.quizzes"));
            menu(out, cp, "menu-gift", "/trainer/gift.xhtml", msg.apply("menu.gift"));
            menu(out, cp, "menu-practical", "/trainer/practical.xhtml", msg.apply("menu.practical"));
        }
        if (role == Role.ADMIN) {
            menu(out, cp, "menu-admin", "/admin/", msg.apply("menu.admin"));
            menu(out, cp, "menu-accounts", "/admin/accounts.xhtml", msg.apply("menu.accounts"));
            menu(out, cp, "menu-cooperatives", "/admin/cooperatives.xhtml", msg.apply("menu.cooperatives"));
            menu(out, cp, "menu-enrollments", "/admin/enrollments.xhtml", msg.apply("menu.enrollments"));
            menu(out, cp, "menu-cohorts", "/admin/cohorts.xhtml", msg.apply("menu.cohorts"));
            menu(out, cp, "menu-planning", "/admin/planning.xhtml", msg.apply("menu.planning"));
            menu(out, cp, "menu-content", "/admin/content.xhtml", msg.apply("menu.content"));
            menu(out, cp, "menu-audit", "/admin/audit.xhtml", msg.apply("menu.audit"));
            menu(out, cp, "menu-signing-keys", "/admin/signing-keys.xhtml", msg.apply("menu.signingKeys"));
            menu(out, cp, "menu-certificates", "/admin/certificates.xhtml", msg.apply("menu.certificates"));
        }
        if (role == Role.TRAINER || role == Role.ADMIN) {
            menu(out, cp, "menu-author", "/author/", msg.apply("menu.author"));
        }
        if (role == null) {
            menu(out, cp, "menu-verify", "/verify/", msg.apply("menu.verify"));
        }
        if (role != null) {
            menu(out, cp, "menu-profile", "/profile/", msg.apply("menu.profile"));
        }
        out.append("</nav>\n<nav class=\"languages\" aria-label=\"").append(msg.apply("language.label")).append("\">\n");
        for (Language other : Language.values()) {
            boolean current = other == page.language();
            out.append("<a id=\"lang-").append(other.code()).append("\" href=\"").append(Html.escape(LanguageSelection.linkTo(page.queryString(), other)))
                    .append("\" lang=\"").append(other.code()).append("\" hreflang=\"").append(other.code()).append('"')
                    .append(current ? " class=\"current\"" : "").append(" aria-current=\"").append(current).append("\">")
                    .append(Html.escape(other.getNativeName())).append("</a>\n");
        }
        out.append("</nav>\n");
        if (page.user() != null) {
            out.append("<form class=\"signout\" method=\"post\" action=\"").append(cp).append("/logout\">\n<bdi class=\"who\">")
                    .append(Html.escape(page.user().fullNameFor(page.language() == Language.AR))).append("</bdi>\n");
            if (role == Role.TRAINEE) {
                out.append("<button id=\"not-me\" class=\"not-me\" type=\"submit\" name=\"reason\" value=\"notMe\">")
                        .append(msg.apply("terminal.notMe")).append("</button>\n");
            }
            out.append("<button id=\"signout\" type=\"submit\">").append(msg.apply("menu.signOut")).append("</button>\n</form>\n");
        }
        out.append("</header>\n");
        if (role == Role.TRAINEE) {
            terminal(out, msg, cp);
        }
    }

    /** The countdown of a shared terminal and its script, as in topbar.xhtml (terminal.js). */
    private void terminal(StringBuilder out, Function<String, String> msg, String cp) {
        out.append("<div id=\"terminal\" class=\"terminal\" hidden=\"hidden\" data-idle-seconds=\"").append(idleLimit.idleSeconds())
                .append("\" data-countdown-seconds=\"").append(idleLimit.countdownSeconds())
                .append("\" data-still-here-url=\"").append(cp).append("/learn/still-here\" data-sign-in-url=\"").append(cp)
                .append("/login.xhtml\">\n<div class=\"terminal-box\" role=\"alertdialog\" aria-modal=\"true\" aria-labelledby=\"terminal-title\"")
                .append(" aria-describedby=\"terminal-text\">\n<h2 id=\"terminal-title\">").append(msg.apply("terminal.stillThere"))
                .append("</h2>\n<p id=\"terminal-text\" data-template=\"").append(msg.apply("terminal.countdown")).append("\"></p>\n")
                .append("<button id=\"terminal-stay\" class=\"big-button\" type=\"button\">").append(msg.apply("terminal.stay"))
                .append("</button>\n</div>\n</div>\n<script src=\"").append(cp)
                .append("/jakarta.faces.resource/maharat/js/terminal.js.xhtml\"></script>\n");
    }

    private static void menu(StringBuilder out, String cp, String id, String path, String label) {
        out.append("<a id=\"").append(id).append("\" href=\"").append(cp).append(path).append("\">").append(label).append("</a>\n");
    }
}
