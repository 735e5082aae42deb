package ma.maharat.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.maharat.course.entity.Course;
import ma.maharat.platform.i18n.DateDisplay;

/**
 * A cohort's progress as one table for the trainers' exports (CSV and XLSX share it, so both hold the
 * same columns): username, full name, cooperative, then for each course of the programme, in order,
 * lessons done, lessons in the course, the day it was completed, the best final-quiz score, whether
 * that quiz was passed, the practical tasks signed off, the course's practical tasks, and how her
 * cooperative's personalised programme treats the course (full, shortened, optional; ADR 23). One sheet with course columns rather than one sheet per course, so that a
 * trainer can sort and filter the whole programme at once, and the CSV (which has no sheets) matches.
 *
 * <p>Cells are {@code String}, {@code Integer}, {@code LocalDate} (the center's day), {@code Boolean},
 * or {@code null} when there is nothing yet. Scores are whole percents: a decimal separator is the one
 * thing French and English spreadsheets disagree on.
 */
public record ProgressSheet(List<String> header, List<List<Object>> rows) {

    /** The texts of the reader's language, as {@code PageMessages#text} gives them. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    public static ProgressSheet of(CohortProgress.Report report, String language, Texts texts) {
        List<Course> programme = report.cohort().getProgramme();
        List<String> header = new ArrayList<>(List.of(texts.text("progressGrid.export.username"),
                texts.text("progressGrid.export.fullName"), texts.text("progressGrid.export.cooperative")));
        for (Course course : programme) {
            String title = course.getTitle().in(language);
            for (String column : List.of("lessonsDone", "lessonCount", "completedAt", "finalQuizBest", "finalQuizPassed",
                    "practicalSigned", "practicalCount", "treatment")) {
                header.add(texts.text("progressGrid.export." + column, title));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CohortProgress.TraineeProgress trainee : report.trainees()) {
            List<Object> row = new ArrayList<>(List.of(trainee.username(), trainee.fullName(), trainee.cooperative()));
            for (int i = 0; i < programme.size(); i++) {
                ProgrammeProgress.CourseStanding standing = trainee.progress().courses().get(i);
                BigDecimal best = trainee.finalQuizBest().get(programme.get(i).getId());
                row.add(standing.lessonsDone());
                row.add(standing.lessonCount());
                row.add(standing.completedAt() == null ? null : LocalDate.ofInstant(standing.completedAt(), DateDisplay.CENTER_ZONE));
                row.add(best == null ? null : best.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue());
                row.add(standing.finalQuizPassed());
                row.add(trainee.practicalSignedIn(programme.get(i).getId()));
                row.add(report.practicalTasksOf(programme.get(i).getId()));
                row.add(texts.text("personalised.treatment." + standing.treatment().name()));
            }
            rows.add(row);
        }
        return new ProgressSheet(List.copyOf(header), List.copyOf(rows));
    }

    /** Every cell as text, for the CSV: days in ISO form (2026-02-14), booleans as the given words. */
    public List<List<String>> asText(String yes, String no) {
        List<List<String>> text = new ArrayList<>();
        text.add(header);
        for (List<Object> row : rows) {
            text.add(row.stream().map(cell -> cell == null ? "" : cell instanceof Boolean b ? (b ? yes : no) : cell.toString()).toList());
        }
        return text;
    }

    /**
     * The download's file name, from the cohort's name: accents dropped, anything but ASCII letters and
     * digits turned into single hyphens ("Cycle 1 — 2026" gives {@code progress-cycle-1-2026.csv}), so no
     * browser or file system trips on it; the cohort's id when nothing is left (an Arabic name).
     */
    public static String fileName(String cohortName, long cohortId, String extension) {
        String slug = Normalizer.normalize(cohortName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "progress-" + (slug.isEmpty() ? "cohort-" + cohortId : slug) + "." + extension;
    }
}
