package ma.maharat.authoring.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.calculated.CalculatedQuestionWriter;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.moodle.BankEntry;

/**
 * The questions of a Moodle XML file added to a draft's banks: each ordinary question at the end of its
 * module's section of {@code quiz/bank.fr.gift} and {@code quiz/bank.ar.gift} — the file's language in its bank,
 * and the same text in the other one until it is translated, because the two banks must hold the same questions
 * in the same order to publish — and each calculated template at the end of {@code quiz/bank.calculated.yaml}.
 * All or nothing: a name already in the draft, or banks that no longer read, refuse the whole file.
 */
public final class MoodleBankMerge {

    public static final String FR_BANK = "quiz/bank.fr.gift";
    public static final String AR_BANK = "quiz/bank.ar.gift";
    public static final String CALCULATED = "quiz/bank.calculated.yaml";

    private static final Pattern YAML_NAME = Pattern.compile("^-\\s+name:\\s*['\"]?([^'\"\\s#]+)", Pattern.MULTILINE);

    /** The banks' new contents by path, and what the author should know (copies to translate, categories changed). */
    public record Merged(Map<String, byte[]> contents, List<String> notes) {
    }

    private MoodleBankMerge() {
    }

    /**
     * @param banks    the draft's files by path (absent: empty)
     * @param module   where questions go whose category is none of the bank's modules ({@code course/module})
     * @throws AuthoringRuleViolation naming the clashing names, or the first problem of a bank after the merge
     */
    public static Merged merge(Map<String, String> banks, List<BankEntry> entries, String module) {
        String fr = banks.getOrDefault(FR_BANK, "");
        String ar = banks.getOrDefault(AR_BANK, "");
        String yaml = banks.getOrDefault(CALCULATED, "");
        Set<String> clashes = new LinkedHashSet<>();
        for (BankEntry entry : entries) {
            String name = entry.name();
            if (name.isEmpty()) {
                throw new AuthoringRuleViolation("moodle.import.nameRequired");
            }
            if (QuestionBankText.hasQuestion(fr, name) || QuestionBankText.hasQuestion(ar, name) || calculatedNames(yaml).contains(name)) {
                clashes.add(name);
            }
        }
        if (!clashes.isEmpty()) {
            throw new AuthoringRuleViolation("moodle.import.nameTaken", String.join(", ", clashes));
        }
        List<String> modules = QuestionBankText.categories(fr);
        List<String> notes = new ArrayList<>();
        GiftWriter gift = new GiftWriter();
        CalculatedQuestionWriter templates = new CalculatedQuestionWriter();
        StringBuilder calculated = new StringBuilder(yaml.isBlank()
                ? "# Calculated questions (format: docs/trade.md), imported from Moodle XML.\n" : yaml.stripTrailing() + "\n");
        boolean anyCalculated = false;
        for (BankEntry entry : entries) {
            String category = modules.contains(entry.category()) ? entry.category() : module;
            if (!category.equals(entry.category())) {
                notes.add(entry.name() + ": " + (entry.category().isEmpty() ? "-" : entry.category()) + " → " + category);
            }
            if (entry instanceof BankEntry.Ordinary ordinary) {
                String written = gift.write(ordinary.question());
                fr = QuestionBankText.insert(fr, category, written);
                ar = QuestionBankText.insert(ar, category, written);
            } else if (entry instanceof BankEntry.Calculated template) {
                CalculatedQuestion question = template.template();
                calculated.append(templates.writeForAuthors(new CalculatedQuestion(question.name(), category, question.variables(), question.steps(),
                        question.answer(), question.tolerance(), question.lowest(), question.highest(), question.units(), question.texts())));
                anyCalculated = true;
            }
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        if (entries.stream().anyMatch(entry -> entry instanceof BankEntry.Ordinary)) {
            contents.put(FR_BANK, checkedGift(FR_BANK, fr));
            contents.put(AR_BANK, checkedGift(AR_BANK, ar));
        }
        if (anyCalculated) {
            CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(calculated.toString());
            if (!reading.isValid()) {
                throw new AuthoringRuleViolation("moodle.import.bankBroken", CALCULATED + ":" + reading.problems().get(0).line() + ": "
                        + reading.problems().get(0).message());
            }
            contents.put(CALCULATED, calculated.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Merged(contents, notes);
    }

    private static byte[] checkedGift(String path, String bank) {
        GiftParseResult parsed = new GiftParser().parse(bank);
        if (!parsed.isValid()) {
            throw new AuthoringRuleViolation("moodle.import.bankBroken", path + ":" + parsed.errors().get(0));
        }
        return bank.getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> calculatedNames(String yaml) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = YAML_NAME.matcher(yaml);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
