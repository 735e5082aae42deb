package ma.maharat.certificate.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.ld.signature.LinkedDataSuiteError;
import com.apicatalog.ld.signature.algorithm.CanonicalizationAlgorithm;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) by titanium-rdfc, in place of the canonicalizer the Data
 * Integrity library brings (io.setl rdf-urdna 1.1): that one names blank nodes in another order than
 * the W3C algorithm, so about a third of the credentials it signed failed every other verifier.
 * The input is already expanded JSON-LD, so no context is loaded here.
 */
final class Rdfc10 implements CanonicalizationAlgorithm {

    @Override
    public byte[] canonicalize(JsonStructure expanded) throws LinkedDataSuiteError {
        try {
            Collection<RdfNQuad> quads = RdfCanonicalizer.canonicalize(
                    JsonLd.toRdf(JsonDocument.of(expanded)).get().toList());
            List<String> lines = new ArrayList<>(quads.size());
            for (RdfNQuad quad : quads) {
                StringWriter line = new StringWriter(128);
                new NQuadsWriter(line).write(quad);
                lines.add(line.toString());
            }
            // Canonical N-Quads are sorted line by line (code unit order, as the JavaScript stack does).
            lines.sort(null);
            StringBuilder out = new StringBuilder(lines.size() * 128);
            lines.forEach(out::append);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JsonLdError | IOException e) {
            throw new LinkedDataSuiteError(LinkedDataSuiteError.Code.Canonicalization, e);
        }
    }
}
