package ma.maharat.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the API answers when it fails, rather than refuses: a 500 in JSON with a reference that is also
 * in the server log next to the cause, never a stack trace or the container's HTML page.
 */
@Provider
public class ApiFailures implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof jakarta.ws.rs.WebApplicationException refusal) {
            return new ApiErrors().toResponse(refusal);
        }
        if (isUnreadableBody(exception)) {
            // A body that is not the JSON the endpoint reads is the caller's mistake, not a failure.
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiErrors.body(400, "unreadable_body")).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LOG.log(Level.SEVERE, "API error reference " + reference, exception);
        Map<String, Object> body = ApiErrors.body(500, "internal_error");
        body.put("reference", reference);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static boolean isUnreadableBody(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }
}
