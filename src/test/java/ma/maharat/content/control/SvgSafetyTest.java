package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SVG check reads SVG as a browser does (an XML parser, namespaces resolved) against an allow-list.
 * The first three cases are the tester's bypasses of the former text patterns (issue 13, item 6).
 */
class SvgSafetyTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    private static List<String> unsafe(String body) {
        return SvgSafety.findUnsafeParts(OPEN + body + "</svg>");
    }

    @Test
    void prefixedScriptBoundToTheSvgNamespaceIsAScript() {
        assertEquals(List.of("contains a <script>"), SvgSafety.findUnsafeParts(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/2000/svg\">"
                        + "<x:script>alert(1)</x:script></svg>"));
    }

    @Test
    void eventHandlerAfterAnAttributeContainingAGreaterThanSignIsFound() {
        assertEquals(List.of("contains the event handler attribute 'onclick'"),
                unsafe("<rect title=\"a>b\" onclick=\"alert(1)\" width=\"10\" height=\"10\"/>").subList(1, 2));
        assertEquals(List.of("contains the event handler attribute 'onmouseover'"),
                unsafe("<rect fill=\"x>\" onmouseover=\"alert(1)\"/>"));
    }

    @Test
    void animationSettingAJavascriptLinkIsRefused() {
        assertEquals(List.of("contains the element <set>", "contains the attribute 'attributeName'",
                "contains the attribute 'to'", "contains a javascript: link"),
                unsafe("<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>"));
        assertEquals(List.of("contains the element <animate>", "contains the attribute 'attributeName'"),
                unsafe("<animate attributeName=\"href\" values=\"#a;#b\"/>"));
    }

    @Test
    void javascriptWithBlanksInsideTheSchemeIsStillJavascript() {
        assertEquals(List.of("contains a javascript: link"), unsafe("<a xlink:href=\"java&#9;script:alert(1)\"><text>x</text></a>"));
    }

    @Test
    void htmlAndUnknownNamespacesAreRefusedButEditorBookkeepingIsNot() {
        assertEquals(List.of("contains the element <h:iframe> of the namespace http://www.w3.org/1999/xhtml"),
                SvgSafety.findUnsafeParts("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
                        + "<h:iframe/></svg>"));
        assertEquals(List.of(), SvgSafety.findUnsafeParts("<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\">"
                + "<g inkscape:label=\"Calque 1\"><rect width=\"4\" height=\"4\" fill=\"url(#g)\"/></g></svg>"));
    }

    @Test
    void doctypeAndEntitiesAreNeverRead() {
        List<String> reasons = SvgSafety.findUnsafeParts("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<text>&x;</text></svg>");
        assertTrue(reasons.contains("contains an XML entity declaration"), reasons.toString());
    }

    @Test
    void externalReferencesInAttributesAndStylesAreRefused() {
        assertEquals(List.of("references the external resource 'https://tracker.example/p.png'"),
                unsafe("<image href=\"https://tracker.example/p.png\"/>"));
        assertEquals(List.of("references the external resource 'https://x.example/f.woff'", "contains a CSS @import"),
                unsafe("<style>text { font: url(https://x.example/f.woff) } @import 'y.css';</style>"));
        assertEquals(List.of("references the external resource 'https://x.example/a.png'"),
                unsafe("<rect style=\"fill: url('https://x.example/a.png')\"/>"));
    }

    @Test
    void notXmlOrNotSvgIsRefused() {
        assertEquals(List.of("is not a real SVG image (no <svg> element)"), SvgSafety.findUnsafeParts("<html/>").subList(0, 1));
        assertTrue(SvgSafety.findUnsafeParts("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>").get(0)
                .startsWith("is not well-formed XML"));
    }

    @Test
    void everyShippedDiagramPasses() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("modules-content"))) {
            for (Path svg : files.filter(path -> path.toString().endsWith(".svg")).toList()) {
                assertEquals(List.of(), SvgSafety.findUnsafeParts(Files.readString(svg, StandardCharsets.UTF_8)), svg.toString());
            }
        }
    }
}
