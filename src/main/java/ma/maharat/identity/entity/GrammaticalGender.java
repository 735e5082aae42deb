package ma.maharat.identity.entity;

/**
 * How words about a person agree with her or him in Arabic and French: «Présente» / «Présent»,
 * «حاضرة» / «حاضر». Optional on an account (null: not said, and labels use a neutral noun); also what the
 * impact report counts trainees by.
 */
public enum GrammaticalGender {
    FEMALE,
    MALE;

    /**
     * The bundle key of a label that agrees with a person of this gender, {@code null} meaning not said:
     * {@code attendance.PRESENT} gives {@code attendance.PRESENT.FEMALE}, {@code attendance.PRESENT.MALE} or
     * {@code attendance.PRESENT.UNSAID}.
     */
    public static String agreeing(String key, GrammaticalGender gender) {
        return key + "." + (gender == null ? "UNSAID" : gender.name());
    }
}
