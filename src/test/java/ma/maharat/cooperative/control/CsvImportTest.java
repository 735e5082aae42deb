package ma.maharat.cooperative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The templates offered for download are what the imports accept: read back by the import's own check,
 * a template has every column and nothing the check refuses, only the want of a row.
 */
class CsvImportTest {

    private static final List<ImportProblem> ONLY_NO_ROW = List.of(ImportProblem.at(1, null, "csv.noRows"));

    @Test
    void theCooperativesTemplateHasEveryColumnTheImportKnowsAndNothingElse() {
        byte[] template = CsvImport.COOPERATIVES.template();
        assertEquals(ONLY_NO_ROW, CooperativeFile.check(template, 2026).problems());
        assertEquals(CooperativeFile.COLUMNS, headerOf(template));
    }

    @Test
    void theMembersTemplateHasEveryColumnTheImportKnowsAndNothingElse() {
        byte[] template = CsvImport.MEMBERS.template();
        assertEquals(ONLY_NO_ROW, MemberFile.check(template, Set.of(), new ma.maharat.identity.control.MemberAccounts() {
            @Override
            public boolean isStaff(String normalized) {
                return false;
            }
        }).problems());
        assertEquals(MemberFile.COLUMNS, headerOf(template));
    }

    @Test
    void aTemplateOpensInFrenchExcelAsUtf8InColumns() {
        String text = new String(CsvImport.COOPERATIVES.template(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFname_fr;name_ar;"), text);
        assertTrue(text.endsWith("\r\n"), "one line, ended as Excel ends it");
    }

    @Test
    void requiredColumnsAreTheOnesTheCheckRequires() {
        List<String> required = CsvImport.MEMBERS.columns().stream().filter(CsvImport.Column::required).map(CsvImport.Column::name).toList();
        assertEquals(Set.copyOf(required), MemberFile.REQUIRED);
        assertEquals(List.of("username", "full_name_fr", "cooperative"), required, "in the file's order");
        assertFalse(CsvImport.COOPERATIVES.columns().stream().filter(c -> c.name().equals("province")).findFirst().orElseThrow().required());
    }

    @Test
    void templatesAreFoundByTheirNameInTheAddress() {
        assertEquals(CsvImport.MEMBERS, CsvImport.bySlug("members").orElseThrow());
        assertTrue(CsvImport.bySlug("accounts").isEmpty());
        assertEquals("maharat-cooperatives.csv", CsvImport.COOPERATIVES.templateFileName());
    }

    private static List<String> headerOf(byte[] template) {
        String text = new String(template, StandardCharsets.UTF_8).substring(1).strip();
        return List.of(text.split(";"));
    }
}
