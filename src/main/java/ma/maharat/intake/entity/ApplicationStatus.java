package ma.maharat.intake.entity;

/**
 * Where an application stands. Only the first two exist yet; the committee's decisions (selected,
 * waiting list, refused) will follow the needs assessment (issue 17, items 3 and 4).
 */
public enum ApplicationStatus {
    SUBMITTED,
    WITHDRAWN
}
