package ma.maharat.learning.boundary;

import java.util.Optional;
import ma.maharat.learning.control.LessonReader;
import ma.maharat.learning.control.PublishedLesson;
import ma.maharat.platform.i18n.Language;

/**
 * The top of a lesson page when the lesson can be listened to, for trainees who read with difficulty:
 * a large "Listen to the lesson" button and the browser's own audio player under it (keyboard and
 * screen-reader accessible, and it works on phones even without script). The reading in the page's
 * language, else the French one, the language lessons fall back to, said so in a note. The button is
 * shown by the page's script only (lesson-page.js), so that without script nobody sees a button that does nothing.
 */
final class LessonAudioBlock {

    /** Play and pause drawn inline (no font has to carry them; shared terminals have no emoji font). */
    private static final String ICONS = "<svg class=\"lesson-audio-icon icon-play\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\">"
            + "<path d=\"M7 4.5v15l12.5-7.5z\" fill=\"currentColor\"/></svg>"
            + "<svg class=\"lesson-audio-icon icon-pause\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\">"
            + "<path d=\"M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z\" fill=\"currentColor\"/></svg>";

    private LessonAudioBlock() {}

    static void append(StringBuilder out, PageChrome chrome, PageChrome.Page page, LessonReader.OpenLesson open) {
        Language lang = page.language();
        PublishedLesson lesson = open.lesson();
        Optional<PublishedLesson.Audio> own = lesson.audioIn(lang.code());
        Optional<PublishedLesson.Audio> audio = own.or(() -> lesson.audioIn(Language.FR.code()));
        if (audio.isEmpty()) {
            return;
        }
        String spoken = own.isPresent() ? lang.code() : Language.FR.code();
        String src = LessonAudioServlet.address(page.contextPath(), open.course().code(), audio.get().fileName(), audio.get().contentHash());
        String listen = chrome.text(lang, "learn.audio.listen");
        out.append("<section class=\"card lesson-audio\" id=\"lesson-audio\" aria-labelledby=\"lesson-audio-heading\">\n")
                .append("<h2 class=\"visually-hidden\" id=\"lesson-audio-heading\">").append(Html.escape(listen)).append("</h2>\n")
                .append("<button type=\"button\" class=\"big-button lesson-audio-play\" id=\"lesson-audio-play\" hidden=\"hidden\"")
                .append(" aria-controls=\"lesson-audio-player\" aria-pressed=\"false\" data-listen=\"").append(Html.escape(listen))
                .append("\" data-pause=\"").append(Html.escape(chrome.text(lang, "learn.audio.pause"))).append("\">")
                .append(ICONS).append("<span id=\"lesson-audio-label\">")
                .append(Html.escape(listen)).append("</span></button>\n");
        if (own.isEmpty()) {
            out.append("<p class=\"notice\" id=\"lesson-audio-in-french\" role=\"note\">")
                    .append(Html.escape(chrome.text(lang, "learn.audio.inFrench"))).append("</p>\n");
        }
        out.append("<audio id=\"lesson-audio-player\" controls=\"controls\" preload=\"metadata\" lang=\"").append(spoken)
                .append("\" aria-label=\"").append(Html.escape(listen)).append("\" src=\"").append(Html.escape(src)).append("\">")
                .append(Html.escape(chrome.text(lang, "learn.audio.unsupported"))).append("</audio>\n")
                .append("</section>\n");
    }
}
