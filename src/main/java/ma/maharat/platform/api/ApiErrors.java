package ma.maharat.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's refusals as JSON, as its clients read them: {@code {"error": "not_found", "status": 404}}.
 * Without this, Jersey handed 403, 404, 405, 406 and 415 to the container, whose error pages are HTML
 * meant for people. A refusal a resource built itself, with its own JSON body, passes unchanged.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        Response.ResponseBuilder built = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(status, name(response.getStatusInfo())));
        // 405 says which methods the resource has; 401 and 503 may say when to come back.
        response.getHeaders().forEach((header, values) -> {
            if (!header.equalsIgnoreCase("Content-Type") && !header.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> built.header(header, value));
            }
        });
        return built.build();
    }

    /** {@code {"error": error, "status": status}}. */
    static Map<String, Object> body(int status, String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("status", status);
        return body;
    }

    /** "Unsupported Media Type" as {@code unsupported_media_type}. */
    private static String name(Response.StatusType status) {
        String phrase = status.getReasonPhrase();
        if (phrase == null || phrase.isBlank()) {
            return "error";
        }
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
