package ma.maharat.training.entity;

import java.time.LocalDate;

/** What an administrator enters to assign a trainer: a cohort, a course of its programme, a trainer and the first and last days (nulls when left empty). */
public record AssignmentDetails(Long cohortId, Long courseId, Long trainerId, LocalDate fromDate, LocalDate toDate) {}
