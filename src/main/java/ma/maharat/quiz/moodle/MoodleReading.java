package ma.maharat.quiz.moodle;

import java.util.List;

/**
 * What a Moodle XML file holds: its questions in order (only when there is no problem: a file is taken
 * whole or not at all), the problems, each with its line and column, and notes on what was changed on the way
 * in (an Arabic text copied from the French, Moodle's paired dataset items drawn independently...), and the
 * calculated questions whose other language's text is such a copy, to be translated.
 */
public record MoodleReading(List<BankEntry> entries, List<MoodleProblem> problems, List<String> notes, List<String> copiedTexts) {

    public MoodleReading {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        copiedTexts = List.copyOf(copiedTexts);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
