package ma.maharat.cooperative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import org.junit.jupiter.api.Test;

/**
 * The CSV files of cooperatives and of members are checked whole: every bad row is reported with the
 * line a spreadsheet shows and the reason, and a file with any problem is not importable.
 */
class CooperativeCsvTest {

    private static final int YEAR = 2026;
    private static final String HEADER = "name_fr,name_ar,province,city,legal_form,year_founded,members_count,women_led,"
            + "main_products,contact_name,contact_phone,contact_email\n";
    private static final String TIFAWIN = "Coopérative Tifawin,تعاونية تيفاوين,Laâyoune,Laâyoune,coopérative,2015,24,oui,"
            + "Caftans,Fatma Salek,+212 661 23 45 67,tifawin@example.ma\n";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CooperativeFile.Result cooperatives(String text) {
        return CooperativeFile.check(utf8(text), YEAR);
    }

    private static MemberFile.Result members(String text) {
        return MemberFile.check(utf8(text), Set.of(Cooperative.keyOf("Coopérative Tifawin")), STAFF_IS_SAMIRA);
    }

    /** The accounts' own username rules; Samira is a trainer. */
    private static final CooperativeMembers STAFF_IS_SAMIRA = new ma.maharat.identity.control.MemberAccounts() {
        @Override
        public boolean isStaff(String normalized) {
            return "samira.bennani".equals(normalized);
        }
    };

    private static ImportProblem problem(int line, String column, String key, Serializable... arguments) {
        return new ImportProblem(line, column, key, List.of(arguments));
    }

    private static void assertOnlyProblem(ImportProblem expected, List<ImportProblem> actual) {
        assertEquals(List.of(expected), actual);
    }

    @Test
    void goodFileGivesTidiedDetails() {
        CooperativeFile.Result result = cooperatives(HEADER + TIFAWIN);
        assertTrue(result.importable(), result.problems()::toString);
        CooperativeDetails details = result.rows().get(0).details();
        assertEquals(new CooperativeDetails("Coopérative Tifawin", "تعاونية تيفاوين", "Laâyoune", "Laâyoune", LegalForm.COOPERATIVE,
                2015, 24, true, "Caftans", "Fatma Salek", "+212 661 23 45 67", "tifawin@example.ma"), details);
        assertEquals(2, result.rows().get(0).line());
    }

    @Test
    void frenchExcelFileWithByteOrderMarkAndSemicolonsIsRead() {
        String text = "\uFEFFNAME_FR;Name_Ar;City;Legal_Form;Women_Led\r\n"
                + "\"Coopérative Al Amal; Textile\";تعاونية الأمل;Laâyoune;Groupement d’intérêt économique;non\r\n";
        CooperativeFile.Result result = cooperatives(text);
        assertTrue(result.importable(), result.problems()::toString);
        assertEquals("Coopérative Al Amal; Textile", result.rows().get(0).details().nameFr());
        assertEquals(LegalForm.GIE, result.rows().get(0).details().legalForm());
        assertFalse(result.rows().get(0).details().womenLed());
    }

    @Test
    void missingRequiredCellIsReportedOnItsLine() {
        assertOnlyProblem(problem(3, "name_ar", "cooperative.required"),
                cooperatives(HEADER + TIFAWIN + "Coop B,,,Tarfaya,,,,,,,,\n").problems());
    }

    /** Issue 13, item 11: a name must be visible, or it looks like another one (or none) and no search finds it. */
    @Test
    void namesWithInvisibleOrControlCharactersAreReported() {
        assertOnlyProblem(problem(2, "name_fr", "cooperative.invisible"),
                cooperatives("name_fr,name_ar,city\nCoop\u200B B,تعاونية,Tarfaya\n").problems());
        assertOnlyProblem(problem(2, "name_ar", "cooperative.invisible"),
                cooperatives("name_fr,name_ar,city\nCoop B,\u202Eتعاونية,Tarfaya\n").problems());
        assertOnlyProblem(problem(2, "city", "cooperative.invisible"),
                cooperatives("name_fr,name_ar,city\nCoop B,تعاونية,Tar\u0000faya\n").problems());
        assertOnlyProblem(problem(2, "full_name_fr", "cooperative.invisible"),
                members("username,full_name_fr,cooperative\nsara.x,\u200B\u200B,Coopérative Tifawin\n").problems());
    }

    @Test
    void yearThatIsNotANumberIsReported() {
        assertOnlyProblem(problem(2, "year_founded", "csv.badYear", "deux mille"),
                cooperatives("name_fr,name_ar,city,year_founded\nCoop B,تعاونية,Tarfaya,deux mille\n").problems());
    }

    @Test
    void yearInTheFutureIsReported() {
        assertOnlyProblem(problem(2, "year_founded", "cooperative.yearOutOfRange", 1900, YEAR),
                cooperatives("name_fr,name_ar,city,year_founded\nCoop B,تعاونية,Tarfaya,2031\n").problems());
    }

    @Test
    void negativeMemberCountIsReported() {
        assertOnlyProblem(problem(2, "members_count", "cooperative.membersOutOfRange", 100_000),
                cooperatives("name_fr,name_ar,city,members_count\nCoop B,تعاونية,Tarfaya,-3\n").problems());
    }

    @Test
    void badEmailAndBadPhoneAreBothReported() {
        assertEquals(List.of(problem(2, "contact_phone", "cooperative.badPhone"), problem(2, "contact_email", "cooperative.badEmail")),
                cooperatives("name_fr,name_ar,city,contact_phone,contact_email\nCoop B,تعاونية,Tarfaya,appeler Fatma,fatma@@mail\n").problems());
    }

    @Test
    void unknownLegalFormAndYesNoAreReported() {
        assertEquals(List.of(problem(2, "legal_form", "csv.badLegalForm", "SARL"), problem(2, "women_led", "csv.badYesNo", "peut-être")),
                cooperatives("name_fr,name_ar,city,legal_form,women_led\nCoop B,تعاونية,Tarfaya,SARL,peut-être\n").problems());
    }

    @Test
    void sameCooperativeTwiceInTheFileIsReportedWithTheFirstLine() {
        assertOnlyProblem(problem(4, "name_fr", "csv.duplicateCooperative", 2),
                cooperatives("name_fr,name_ar,city\nCoopérative Tifawin,أ,Laâyoune\nCoop B,ب,Tarfaya\n  COOPERATIVE   tifawin ,ج,Laâyoune\n").problems());
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeader() {
        assertOnlyProblem(problem(1, "city", "csv.missingColumn"), cooperatives("name_fr,name_ar\nCoop B,تعاونية\n").problems());
    }

    @Test
    void misspelledColumnIsReportedOnTheHeader() {
        assertEquals(List.of(problem(1, "ville", "csv.unknownColumn"), problem(1, "city", "csv.missingColumn")),
                cooperatives("name_fr,name_ar,ville\nCoop B,تعاونية,Tarfaya\n").problems());
    }

    @Test
    void rowWithMoreCellsThanColumnsIsReported() {
        assertOnlyProblem(problem(2, null, "csv.tooManyCells", 4, 3), cooperatives("name_fr,name_ar,city\nCoop B,تعاونية,Tarfaya,x\n").problems());
    }

    @Test
    void fileThatIsNotUtf8IsRefusedAtTheLineOfTheFirstBadByte() throws Exception {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write(utf8("name_fr,name_ar,city\nCoop B,ب,Tarfaya\n"));
        latin1.write("Coopérative C,ج,Laâyoune\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOnlyProblem(problem(3, null, "csv.notUtf8"), CooperativeFile.check(latin1.toByteArray(), YEAR).problems());
    }

    @Test
    void unclosedQuoteMakesTheFileUnreadable() {
        CooperativeFile.Result result = cooperatives("name_fr,name_ar,city\n\"Coop B,تعاونية,Tarfaya\n");
        assertEquals("csv.malformed", result.problems().get(0).messageKey());
        assertFalse(result.importable());
    }

    @Test
    void emptyFileAndHeaderOnlyFileAreRefused() {
        assertOnlyProblem(problem(1, null, "csv.empty"), cooperatives("\uFEFF  \n").problems());
        assertOnlyProblem(problem(1, null, "csv.noRows"), cooperatives(HEADER).problems());
    }

    @Test
    void linesAreThoseASpreadsheetShowsDespiteBlankLinesAndMultiLineCells() {
        String text = "name_fr,name_ar,city,main_products\n\nCoop A,أ,Laâyoune,\"Caftans\nDjellabas\"\nCoop B,,Tarfaya,\n";
        assertOnlyProblem(problem(5, "name_ar", "cooperative.required"), cooperatives(text).problems());
    }

    @Test
    void everyBadRowIsReportedAndNoGoodRowMakesTheFileImportable() {
        CooperativeFile.Result result = cooperatives("name_fr,name_ar,city,year_founded\nA,أ,X,1999\nB,ب,,2000\nC,ج,Y,1850\nD,د,Z,2001\n");
        assertEquals(List.of(problem(3, "city", "cooperative.required"), problem(4, "year_founded", "cooperative.yearOutOfRange", 1900, YEAR)),
                result.problems());
        assertFalse(result.importable());
    }

    @Test
    void goodMembersFileDefaultsTheLanguageToFrench() {
        MemberFile.Result result = members("username;full_name_fr;full_name_ar;cooperative\n Fatima.Zahra ;Fatima Zahra;فاطمة الزهراء;cooperative tifawin\n");
        assertTrue(result.importable(), result.problems()::toString);
        assertEquals(new MemberFile.Row(2, "fatima.zahra", "Fatima Zahra", "فاطمة الزهراء", "cooperative tifawin", "fr"), result.rows().get(0));
    }

    @Test
    void membersFactsAreReadInAnyCaseAndInTheThreeLanguages() {
        MemberFile.Result result = members("username;full_name_fr;cooperative;gender;age_band;cooperative_role\n"
                + "fatima.zahra;Fatima Zahra;cooperative tifawin; F ;25-34;President\n"
                + "brahim.sbai;Brahim Sbai;cooperative tifawin;ذكر;55-PLUS;employee\n"
                + "hind.amrani;Hind Amrani;cooperative tifawin;;;\n");
        assertTrue(result.importable(), result.problems()::toString);
        assertEquals(new MemberFile.Row(2, "fatima.zahra", "Fatima Zahra", null, "cooperative tifawin", "fr", "FEMALE",
                ma.maharat.cooperative.entity.AgeBand.FROM_25_TO_34, ma.maharat.cooperative.entity.MemberRole.PRESIDENT), result.rows().get(0));
        assertEquals(List.of("MALE", "FROM_55", "EMPLOYEE"), List.of(result.rows().get(1).gender(), result.rows().get(1).ageBand().name(),
                result.rows().get(1).cooperativeRole().name()));
        assertEquals(new MemberFile.Row(4, "hind.amrani", "Hind Amrani", null, "cooperative tifawin", "fr"), result.rows().get(2));
    }

    @Test
    void badMembersFactsAreReportedEachInItsColumn() {
        MemberFile.Result result = members("username,full_name_fr,cooperative,gender,age_band,cooperative_role\n"
                + "fatima.zahra,Fatima Zahra,Coopérative Tifawin,X,30,boss\n");
        assertEquals(List.of(problem(2, "gender", "csv.badGender", "X"), problem(2, "age_band", "csv.badAgeBand", "30"),
                problem(2, "cooperative_role", "csv.badCooperativeRole", "boss")), result.problems());
        assertFalse(result.importable());
    }

    @Test
    void memberOfAnUnknownCooperativeIsReported() {
        assertOnlyProblem(problem(2, "cooperative", "csv.unknownCooperative", "Coopérative Inconnue"),
                members("username,full_name_fr,cooperative\nhind.amrani,Hind Amrani,Coopérative  Inconnue\n").problems());
    }

    @Test
    void sameUsernameTwiceIsReportedWithTheFirstLine() {
        assertOnlyProblem(problem(3, "username", "csv.duplicateUsername", 2),
                members("username,full_name_fr,cooperative\nhind.amrani,Hind,Coopérative Tifawin\nHIND.AMRANI,Hind A,Coopérative Tifawin\n").problems());
    }

    @Test
    void badUsernameUnknownLanguageAndMissingNameAreReported() {
        assertEquals(List.of(problem(2, "username", "csv.badUsername", "hind amrani"), problem(2, "full_name_fr", "cooperative.required"),
                        problem(2, "language", "csv.badLanguage", "es")),
                members("username,full_name_fr,cooperative,language\nhind amrani,,Coopérative Tifawin,es\n").problems());
    }

    @Test
    void trainerUsernameCannotBeImportedAsAMember() {
        assertOnlyProblem(problem(2, "username", "csv.usernameNotTrainee", "samira.bennani"),
                members("username,full_name_fr,cooperative\nsamira.bennani,Samira,Coopérative Tifawin\n").problems());
    }

    @Test
    void frenchNamesMatchWhateverTheCaseAccentsAndSpacing() {
        assertEquals(Cooperative.keyOf("Coopérative Tifawin"), Cooperative.keyOf("  COOPERATIVE\t tifawin "));
        assertFalse(Cooperative.keyOf("Coopérative Tifawin").equals(Cooperative.keyOf("Coopérative Tifawin 2")));
    }
}
