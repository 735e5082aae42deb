package ma.maharat.certificate.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD contexts credentials use, served from copies inside Maharat, and nothing else: signing
 * and verifying never fetch anything from the network (the center's connection is slow and a context
 * server could change what a signed credential means). Any other address is refused.
 *
 * <p>The copies come from the npm packages named in {@code contexts/README.md}; each is parsed once.
 */
public final class OfflineContexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

    private static final OfflineContexts INSTANCE = new OfflineContexts();

    private final Map<String, Document> documents = new LinkedHashMap<>();

    private OfflineContexts() {
        put(CREDENTIALS_V2, "credentials-v2.jsonld");
        put(OPEN_BADGES_V3, "ob-v3p0-3.0.3.jsonld");
        put(DATA_INTEGRITY_V2, "data-integrity-v2.jsonld");
        put(MULTIKEY_V1, "multikey-v1.jsonld");
    }

    public static OfflineContexts instance() {
        return INSTANCE;
    }

    /** The addresses served. */
    public java.util.Set<String> urls() {
        return documents.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "Not fetched: only the bundled contexts are loaded, not " + url);
        }
        return document;
    }

    private void put(String url, String file) {
        String path = "/ma/maharat/certificate/contexts/" + file;
        try (InputStream in = OfflineContexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled context " + path);
            }
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(URI.create(url));
            documents.put(url, document);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Bundled context " + path + " does not parse", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
