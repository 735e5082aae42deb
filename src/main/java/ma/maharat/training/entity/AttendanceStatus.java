package ma.maharat.training.entity;

/** Whether a trainee came to a session: present, absent, or absent with a reason the trainer accepted. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
