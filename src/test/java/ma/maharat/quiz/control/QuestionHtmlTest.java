package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ma.maharat.quiz.question.TextFormat;
import org.junit.jupiter.api.Test;

class QuestionHtmlTest {

    @Test
    void plainTextIsEscaped() {
        assertEquals("1 &lt; 2 &amp; &lt;b&gt;<br>ok", QuestionHtml.render("1 < 2 & <b>\nok", TextFormat.PLAIN));
    }

    @Test
    void markdownIsRenderedAndSanitized() {
        String html = QuestionHtml.render("**Laize** [x](javascript:alert(1)) <script>alert(1)</script>", TextFormat.MARKDOWN);
        assertTrue(html.contains("<strong>Laize</strong>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void htmlKeepsFormattingButLosesHandlersAndScripts() {
        String html = QuestionHtml.render("<p onclick=\"steal()\">Le <em>grammage</em></p><img src=x onerror=alert(1)><script>x()</script>",
                TextFormat.HTML);
        assertEquals("<p>Le <em>grammage</em></p>", html);
    }

    @Test
    void moodleFormatKeepsLineBreaks() {
        assertEquals("a<br />b", QuestionHtml.render("a\nb", TextFormat.MOODLE));
        assertEquals("", QuestionHtml.render("", TextFormat.MOODLE));
    }
}
