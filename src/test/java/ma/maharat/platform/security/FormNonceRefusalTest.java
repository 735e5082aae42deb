package ma.maharat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class FormNonceRefusalTest {

    @Test
    void primeFacesRefusalIsFoundUnderTheServletsWrapping() {
        assertEquals(org.primefaces.csp.CspException.class.getName(), FormNonceRefusal.REFUSAL);
        ServletException thrown = new ServletException(new FacesException(new org.primefaces.csp.CspException("Missing CSP nonce")));
        assertTrue(FormNonceRefusal.isNonceRefusal(thrown));
    }

    @Test
    void anyOtherErrorStaysAnError() {
        assertFalse(FormNonceRefusal.isNonceRefusal(new ServletException(new IllegalStateException("broken"))));
        assertFalse(FormNonceRefusal.isNonceRefusal(new RuntimeException()));
    }
}
