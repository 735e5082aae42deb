package ma.maharat.authoring.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.moodle.BankEntry;
import ma.maharat.quiz.moodle.MoodleProblem;
import ma.maharat.quiz.moodle.MoodleReading;
import ma.maharat.quiz.moodle.MoodleXmlReader;

/**
 * A Moodle XML file imported into a course's draft: read and checked whole by {@link MoodleXmlReader}, merged
 * into the banks by {@link MoodleBankMerge}, and saved in one transaction by {@link Drafts#saveFiles}, which
 * also refuses it when someone changed a bank meanwhile. A refused file changes nothing.
 */
@Stateless
public class MoodleImports {

    @Inject
    Drafts drafts;

    /**
     * What happened: the questions added, or the file's problems (then nothing was added), notes for the author, and
     * the draft's files where a text is a copy of the file's language, to translate.
     */
    public record Outcome(int added, List<MoodleProblem> problems, List<String> notes, List<String> toTranslate) {
    }

    /** The modules a question may go to: the banks' sections and the published course's modules, as {@code course/module}. */
    public List<String> modules(String code, SignedInUser author) {
        Drafts.AuthoredCourse authored = drafts.draftToEdit(code, author);
        Set<String> modules = new LinkedHashSet<>(QuestionBankText.categories(authored.draft().files().text(MoodleBankMerge.FR_BANK).orElse("")));
        authored.course().currentModules().forEach(module -> modules.add(code + "/" + module.getCode()));
        return List.copyOf(modules);
    }

    /**
     * @param module where the questions go whose category is not one of {@link #modules}; null: the first of them
     * @throws AuthoringRuleViolation no draft, not allowed, a name already in the draft, a bank changed meanwhile
     */
    public Outcome importFile(String code, byte[] xml, Language language, String module, SignedInUser author) {
        List<String> modules = modules(code, author);
        MoodleReading reading = new MoodleXmlReader().read(xml, language);
        if (!reading.isValid()) {
            return new Outcome(0, reading.problems(), reading.notes(), List.of());
        }
        if (reading.entries().isEmpty()) {
            throw new AuthoringRuleViolation("moodle.import.empty");
        }
        String target = module != null && modules.contains(module) ? module : modules.isEmpty() ? code : modules.get(0);
        CourseDraft draft = drafts.draftOf(code).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
        Map<String, String> banks = new LinkedHashMap<>();
        for (String path : List.of(MoodleBankMerge.FR_BANK, MoodleBankMerge.AR_BANK, MoodleBankMerge.CALCULATED)) {
            draft.files().text(path).ifPresent(text -> banks.put(path, text));
        }
        MoodleBankMerge.Merged merged = MoodleBankMerge.merge(banks, reading.entries(), target);
        Map<String, String> seen = new LinkedHashMap<>();
        merged.contents().keySet().forEach(path -> seen.put(path, draft.hashOf(path)));
        drafts.saveFiles(code, merged.contents(), seen, author);
        List<String> notes = new ArrayList<>(reading.notes());
        notes.addAll(merged.notes());
        List<String> toTranslate = new ArrayList<>();
        if (reading.entries().stream().anyMatch(entry -> entry instanceof BankEntry.Ordinary)) {
            toTranslate.add(language == Language.AR ? MoodleBankMerge.FR_BANK : MoodleBankMerge.AR_BANK);
        }
        if (!reading.copiedTexts().isEmpty()) {
            toTranslate.add(MoodleBankMerge.CALCULATED);
        }
        return new Outcome(reading.entries().size(), List.of(), notes, toTranslate);
    }
}
