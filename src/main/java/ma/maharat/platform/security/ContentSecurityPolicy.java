package ma.maharat.platform.security;

/**
 * The one Content-Security-Policy every page carries. Scripts may come only from Maharat itself
 * ({@code script-src 'self'}): no inline script, no event-handler attribute, no {@code javascript:} link
 * runs, so a script that slipped past the sanitizer into a lesson, a question or a name stays text.
 *
 * <p>Faces pages need a little inline script (PrimeFaces' widget set-up, its ajax callbacks). PrimeFaces'
 * CSP mode ({@code primefaces.CSP} in web.xml) gives each of them a nonce that is new for every response
 * and adds its own header, {@code script-src 'self' 'nonce-…'}. Two policies would both be enforced, the
 * stricter winning, so that header is merged into this one instead ({@link #withScriptPolicy}): one
 * policy per response, whoever writes it.
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    /** Everything but scripts: no framing, no plugins, no base-href or form-post hijacking. */
    private static final String FRAME_AND_FORMS = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** The policy of pages written without Faces (the lesson page, error pages, APIs). */
    public static final String DEFAULT = FRAME_AND_FORMS + "; script-src 'self'";

    private ContentSecurityPolicy() {}

    /** True for the script policy PrimeFaces adds, which must replace the default one's script part. */
    static boolean isScriptPolicy(String policy) {
        return policy != null && policy.strip().startsWith("script-src ");
    }

    /**
     * The default policy with its {@code script-src} replaced by the given one, such as PrimeFaces'
     * {@code script-src 'self' 'nonce-…';}.
     */
    static String withScriptPolicy(String scriptPolicy) {
        String script = scriptPolicy.strip();
        while (script.endsWith(";")) {
            script = script.substring(0, script.length() - 1).strip();
        }
        return FRAME_AND_FORMS + "; " + script;
    }
}
