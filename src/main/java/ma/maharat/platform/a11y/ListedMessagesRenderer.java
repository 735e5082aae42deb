package ma.maharat.platform.a11y;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages ({@code p:messages}) as a proper list: PrimeFaces 15 gives each {@code <li>} a
 * {@code role="alert"}, which takes it out of its {@code <ul>} for assistive technology (axe-core: "list"),
 * so every page that shows a message failed WCAG 1.3.1. The messages' container is already a polite live
 * region ({@code aria-live="polite"}), which is what announces a new message; the items stay list items.
 * Registered in faces-config.xml in place of PrimeFaces' renderer.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutItemRoles(writer), messages, message, severity, escape);
    }

    /** A writer that leaves out the {@code role} attribute of what it writes (here: one message's {@code <li>}). */
    private static final class WithoutItemRoles extends ResponseWriterWrapper {

        WithoutItemRoles(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"role".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
