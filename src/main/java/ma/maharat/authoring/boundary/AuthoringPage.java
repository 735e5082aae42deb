package ma.maharat.authoring.boundary;

import ma.maharat.authoring.control.AuthoringRuleViolation;
import org.omnifaces.util.Faces;

/**
 * What the authoring pages share: a course the person may not edit answers 403, as the area does.
 *
 * <p>The authoring beans are Faces' own {@code jakarta.faces.view.ViewScoped}, not OmniFaces'. They were
 * moved there when the next page after a link failed with "Session already invalidated"; the cause turned
 * out to be OmniFaces' unload beacon reaching the sign-out servlet (see {@code SignOut}), since fixed,
 * but Faces' view scope suits these pages anyway: no beacon, beans go when the view leaves the session.
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
