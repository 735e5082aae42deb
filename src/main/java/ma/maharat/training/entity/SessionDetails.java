package ma.maharat.training.entity;

import java.time.LocalDate;
import java.time.LocalTime;

/** What an administrator enters to plan a session, in the center's wall-clock time (nulls when left empty). */
public record SessionDetails(Long cohortId, Long courseId, Long trainerId, Long roomId, LocalDate date, LocalTime start,
        LocalTime end) {}
