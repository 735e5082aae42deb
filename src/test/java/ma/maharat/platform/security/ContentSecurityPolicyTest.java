package ma.maharat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void pagesWithoutFacesRunOnlyMaharatsFiles() {
        assertTrue(ContentSecurityPolicy.DEFAULT.endsWith("; script-src 'self'"));
        assertFalse(ContentSecurityPolicy.DEFAULT.contains("unsafe"));
    }

    @Test
    void primeFacesScriptPolicyReplacesTheDefaultScriptPart() {
        assertEquals("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'nonce-abc'",
                ContentSecurityPolicy.withScriptPolicy("script-src 'self' 'nonce-abc';"));
        assertEquals("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'nonce-abc'",
                ContentSecurityPolicy.withScriptPolicy("  script-src 'self' 'nonce-abc' ;; "));
    }

    @Test
    void onlyAScriptPolicyIsMerged() {
        assertTrue(ContentSecurityPolicy.isScriptPolicy("script-src 'self' 'nonce-abc';"));
        assertFalse(ContentSecurityPolicy.isScriptPolicy("default-src 'none'; sandbox"));
        assertFalse(ContentSecurityPolicy.isScriptPolicy(null));
    }
}
