package ma.maharat.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersAreEscapedInTextAndAttributes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;atelier",
                Html.escape("<script>alert(\"x\")</script> & l'atelier"));
    }

    @Test
    void arabicAndFrenchTextComesOutAsItIs() {
        String name = "فاطمة الزهراء — Leçon n’1";
        assertSame(name, Html.escape(name));
        assertEquals("", Html.escape(null));
    }

    @Test
    void queryValuesAreEncoded() {
        assertEquals("a%26b%3Dc+d%22", Html.query("a&b=c d\""));
    }
}
