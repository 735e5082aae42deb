package ma.maharat.authoring.boundary;

import ma.maharat.authoring.control.AuthoringRuleViolation;
import org.omnifaces.util.Faces;

/**
 * What the authoring pages share: a course the person may not edit answers 403, as the area does.
 *
 * <p>The authoring beans are Faces' own {@code jakarta.faces.view.ViewScoped}, not OmniFaces': authors
 * move between these pages by links all the time, and OmniFaces' unload beacon, racing with the next
 * page's request on Payara, ended that request with "Session already invalidated" in the browser test.
 * Faces' view scope has no beacon; its beans go when the view leaves the session's views.
 */
final class AuthoringPage {

    private AuthoringPage() {}

    /** Ends the request with 403 when the violation is a refusal; otherwise the page shows the message. */
    static boolean refuseIfNotAllowed(AuthoringRuleViolation violation) {
        if (!"authoring.notAllowed".equals(violation.messageKey())) {
            return false;
        }
        Faces.responseSendError(403, "not allowed to edit this course");
        return true;
    }

    /** Where a draft's images are served for the preview, ending in {@code /media/}. */
    static String draftMediaAddress(String contextPath, String courseCode) {
        return contextPath + "/author/draft-media/" + courseCode + "/media/";
    }
}
