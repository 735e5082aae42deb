package ma.maharat.quiz.moodle;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree read with StAX, each element with its line and column, for a file someone uploaded:
 * no DTD (a {@code <!DOCTYPE>} is refused, so no entity of any kind is declared or expanded, internal or
 * external), no external access, and bounded — depth, elements, characters per text — so a hostile file
 * costs little before it is refused. The JDK's own StAX parser is used whatever else is on the class path,
 * so these settings mean the same everywhere.
 */
final class XmlTree {

    static final int DEEPEST = 12;
    static final int MOST_ELEMENTS = 300_000;
    static final int LONGEST_TEXT = 200_000;

    /** An element: name, attributes, children, its text (character data and CDATA together) and where its start tag ends (what StAX reports). */
    record Element(String name, Map<String, String> attributes, List<Element> children, StringBuilder content, int line, int column) {

        String text() {
            return content.toString();
        }

        List<Element> all(String child) {
            return children.stream().filter(element -> element.name.equals(child)).toList();
        }

        Optional<Element> first(String child) {
            return children.stream().filter(element -> element.name.equals(child)).findFirst();
        }

        /** The text of {@code <child><text>...</text></child>} (or of {@code <child>} itself when it has no {@code <text>}). */
        Optional<String> textOf(String child) {
            return first(child).map(element -> element.first("text").map(Element::text).orElse(element.text()));
        }
    }

    /** A file that is not well-formed or breaks a limit, at a line and column. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Refused(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private XmlTree() {
    }

    static Element read(byte[] xml) throws Refused {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("no external resource is read: " + systemId);
        });
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                Location at = reader.getLocation();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new Refused(at.getLineNumber(), at.getColumnNumber(),
                            "a <!DOCTYPE> is not allowed in a question file (no DTD, no entities)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused(at.getLineNumber(), at.getColumnNumber(),
                            "the entity &" + reader.getLocalName() + "; is not allowed: only &lt; &gt; &amp; &quot; &apos; and numeric references");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MOST_ELEMENTS) {
                            throw new Refused(at.getLineNumber(), at.getColumnNumber(), "more than " + MOST_ELEMENTS + " elements");
                        }
                        if (open.size() >= DEEPEST) {
                            throw new Refused(at.getLineNumber(), at.getColumnNumber(), "elements nested deeper than " + DEEPEST
                                    + " levels: not a Moodle question file");
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        Element element = new Element(reader.getLocalName(), attributes, new ArrayList<>(), new StringBuilder(),
                                at.getLineNumber(), at.getColumnNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            StringBuilder content = open.peek().content();
                            if (content.length() + reader.getTextLength() > LONGEST_TEXT) {
                                throw new Refused(at.getLineNumber(), at.getColumnNumber(), "a text longer than " + LONGEST_TEXT + " characters");
                            }
                            content.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                        // comments and processing instructions carry nothing a question needs
                    }
                }
            }
            if (root == null) {
                throw new Refused(1, 1, "the file has no element: a Moodle XML file starts with <quiz>");
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new Refused(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                    "not well-formed XML: " + message(e));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the input is an array
                }
            }
        }
    }

    /** The parser's message without its own "ParseError at [row,col]" prefix (the problem carries the place). */
    private static String message(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start >= 0 ? message.substring(start + 9) : message).strip();
    }
}
