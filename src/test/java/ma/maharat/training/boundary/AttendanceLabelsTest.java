package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.entity.AttendanceStatus;
import org.junit.jupiter.api.Test;

/** Issue 14, item 3: attendance labels agree with the trainee, and say the plain status when her gender is not said. */
class AttendanceLabelsTest {

    private static String label(Language language, AttendanceStatus status, GrammaticalGender gender) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, language.locale());
        return bundle.getString(GrammaticalGender.agreeing("attendance." + status.name(), gender));
    }

    @Test
    void frenchAndArabicAgreeWithTheTrainee() {
        assertEquals("Présente", label(Language.FR, AttendanceStatus.PRESENT, GrammaticalGender.FEMALE));
        assertEquals("Présent", label(Language.FR, AttendanceStatus.PRESENT, GrammaticalGender.MALE));
        assertEquals("Présence", label(Language.FR, AttendanceStatus.PRESENT, null));
        assertEquals("حاضرة", label(Language.AR, AttendanceStatus.PRESENT, GrammaticalGender.FEMALE));
        assertEquals("حاضر", label(Language.AR, AttendanceStatus.PRESENT, GrammaticalGender.MALE));
        assertEquals("حضور", label(Language.AR, AttendanceStatus.PRESENT, null));
        assertEquals("Excusé", label(Language.FR, AttendanceStatus.EXCUSED, GrammaticalGender.MALE));
        assertEquals("غائبة بعذر", label(Language.AR, AttendanceStatus.EXCUSED, GrammaticalGender.FEMALE));
    }

    @Test
    void everyStatusHasALabelForEveryoneInEveryLanguage() {
        for (Language language : Language.values()) {
            for (AttendanceStatus status : AttendanceStatus.values()) {
                for (GrammaticalGender gender : new GrammaticalGender[] {GrammaticalGender.FEMALE, GrammaticalGender.MALE, null}) {
                    assertTrue(!label(language, status, gender).isBlank(), language + " " + status + " " + gender);
                }
            }
        }
    }

    @Test
    void theKeyNamesTheGenderOrSaysItWasNotSaid() {
        assertEquals("attendance.ABSENT.FEMALE", GrammaticalGender.agreeing("attendance.ABSENT", GrammaticalGender.FEMALE));
        assertEquals("attendance.ABSENT.UNSAID", GrammaticalGender.agreeing("attendance.ABSENT", null));
    }
}
