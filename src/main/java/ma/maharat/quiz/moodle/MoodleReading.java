package ma.maharat.quiz.moodle;

import java.util.List;

/**
 * What a Moodle XML file holds: its questions in order (only when there is no problem: a file is taken
 * whole or not at all), the problems, each with its line and column, and notes on what was changed on the way
 * in (an Arabic text copied from the French, Moodle's paired dataset items drawn independently...).
 */
public record MoodleReading(List<BankEntry> entries, List<MoodleProblem> problems, List<String> notes) {

    public MoodleReading {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
