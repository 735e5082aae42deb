package ma.maharat.content.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decides whether an SVG may be served. An SVG is a document, not just a picture: opened directly from
 * the media URL, or from an exported course opened elsewhere, it can run scripts, follow links and load
 * other resources. Diagrams need none of that, so anything of the kind is refused (an author can always
 * remove it; nothing is silently rewritten).
 *
 * <p>The SVG is read by an XML parser, namespaces resolved, as a browser reads it, and every element and
 * attribute must be on an allow-list of what static diagrams use. Searching the text with patterns, as
 * before, was bypassed three ways (issue 13, item 6): a prefixed {@code <x:script>} bound to the SVG
 * namespace, a {@code >} inside an attribute value hiding the event handler after it, and
 * {@code <set attributeName="href" to="javascript:…">}. Animation elements are not on the list at all.
 * No DTD is read, so no entity can expand or reach outside.
 */
final class SvgSafety {

    static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    /** Editors' own bookkeeping (Inkscape, Sodipodi, RDF metadata): browsers ignore these namespaces. */
    private static final Set<String> INERT_NAMESPACES = Set.of(
            "http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://purl.org/dc/elements/1.1/",
            "http://creativecommons.org/ns#",
            "http://web.resource.org/cc/");

    /** Shapes, text, grouping, paint servers and filters: no script, animation, embedded HTML or switch. */
    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "a",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
            "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "pattern",
            "clipPath", "mask", "marker", "style", "filter", "feGaussianBlur", "feOffset", "feBlend",
            "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode", "feMorphology",
            "feDropShadow");

    /** Geometry, presentation, text layout and accessibility attributes. */
    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "class", "style", "transform", "viewBox", "preserveAspectRatio", "version", "baseProfile",
            "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
            "d", "points", "pathLength", "href",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
            "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity",
            "color", "display", "visibility", "overflow", "vector-effect", "paint-order", "shape-rendering",
            "text-rendering", "image-rendering", "color-interpolation", "color-interpolation-filters",
            "isolation", "mix-blend-mode",
            "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch",
            "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
            "word-spacing", "text-decoration", "writing-mode", "direction", "unicode-bidi", "dx", "dy",
            "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "lang",
            "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
            "patternUnits", "patternContentUnits", "patternTransform", "clip-path", "clip-rule",
            "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "marker-start", "marker-mid",
            "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
            "filter", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode",
            "operator", "k1", "k2", "k3", "k4", "values", "type", "flood-color", "flood-opacity", "radius",
            "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable");

    private static final Pattern JAVASCRIPT = Pattern.compile("(?:java|vb)script:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROLS_AND_BLANKS = Pattern.compile("[\\x00-\\x20\\x7F]+");

    private SvgSafety() {
    }

    /**
     * What makes this SVG unsafe, as message endings such as "contains a <script>"; empty when safe.
     */
    static List<String> findUnsafeParts(String svg) {
        Set<String> reasons = new LinkedHashSet<>();
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        boolean root = true;
        boolean inStyle = false;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(svg));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    switch (event) {
                        case XMLStreamConstants.DTD -> reasons.add(reader.getText().toUpperCase(Locale.ROOT)
                                .contains("<!ENTITY") ? "contains an XML entity declaration" : "contains a DOCTYPE");
                        case XMLStreamConstants.ENTITY_REFERENCE ->
                            reasons.add("contains the entity reference &" + reader.getLocalName() + ";");
                        case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                            reasons.add("contains the processing instruction <?" + reader.getPITarget() + "?>");
                        case XMLStreamConstants.START_ELEMENT -> {
                            QName name = reader.getName();
                            if (root && !(SVG.equals(name.getNamespaceURI()) && name.getLocalPart().equals("svg"))) {
                                reasons.add("is not a real SVG image (no <svg> element)");
                            }
                            root = false;
                            element(name, reasons);
                            inStyle = SVG.equals(name.getNamespaceURI()) && name.getLocalPart().equals("style");
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                attribute(reader.getAttributeName(i), reader.getAttributeValue(i), reasons);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> inStyle = false;
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (inStyle) {
                                css(reader.getText(), reasons);
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            reasons.add("is not well-formed XML" + where);
        }
        if (root) {
            reasons.add("is not a real SVG image (no <svg> element)");
        }
        return new ArrayList<>(reasons);
    }

    private static void element(QName name, Set<String> reasons) {
        String namespace = name.getNamespaceURI();
        String local = name.getLocalPart();
        if (SVG.equals(namespace)) {
            if (local.equals("script")) {
                reasons.add("contains a <script>");
            } else if (local.equals("foreignObject")) {
                reasons.add("contains a <foreignObject> (embedded HTML)");
            } else if (!ELEMENTS.contains(local)) {
                reasons.add("contains the element <" + qualified(name) + ">");
            }
        } else if (!INERT_NAMESPACES.contains(namespace)) {
            reasons.add("contains the element <" + qualified(name) + ">"
                    + (namespace.isEmpty() ? " outside the SVG namespace" : " of the namespace " + namespace));
        }
    }

    private static void attribute(QName name, String value, Set<String> reasons) {
        String namespace = name.getNamespaceURI();
        String local = name.getLocalPart();
        boolean href = local.equals("href") && (namespace.isEmpty() || XLINK.equals(namespace));
        if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
            reasons.add("contains the event handler attribute '" + local.toLowerCase(Locale.ROOT) + "'");
            return;
        }
        boolean allowed = namespace.isEmpty() ? ATTRIBUTES.contains(local)
                : href || XMLConstants.XML_NS_URI.equals(namespace) || INERT_NAMESPACES.contains(namespace);
        if (!allowed) {
            reasons.add("contains the attribute '" + qualified(name) + "'");
        }
        // Browsers skip blanks and control characters inside a scheme: "java\tscript:" runs too.
        if (JAVASCRIPT.matcher(CONTROLS_AND_BLANKS.matcher(value).replaceAll("")).find()) {
            reasons.add("contains a javascript: link");
        } else if (href) {
            external(value.strip(), reasons);
        }
        css(value, reasons);
    }

    private static void css(String text, Set<String> reasons) {
        Matcher url = CSS_URL.matcher(text);
        while (url.find()) {
            external(url.group(1), reasons);
        }
        if (CSS_IMPORT.matcher(text).find()) {
            reasons.add("contains a CSS @import");
        }
        if (JAVASCRIPT.matcher(CONTROLS_AND_BLANKS.matcher(text).replaceAll("")).find()) {
            reasons.add("contains a javascript: link");
        }
    }

    /** Only references to the SVG's own elements ({@code #id}) are allowed. */
    private static void external(String reference, Set<String> reasons) {
        if (!reference.isEmpty() && !reference.startsWith("#")) {
            reasons.add("references the external resource '" + shortened(reference) + "'");
        }
    }

    private static String qualified(QName name) {
        return name.getPrefix().isEmpty() ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart();
    }

    /** A quote from a hostile file, kept short in messages. */
    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
