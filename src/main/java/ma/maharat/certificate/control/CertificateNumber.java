package ma.maharat.certificate.control;

/** The human-readable number of a certificate: the year it was issued and its rank in that year, {@code MAH-2026-000042}. */
public final class CertificateNumber {

    private CertificateNumber() {}

    public static String of(int year, int rank) {
        if (rank < 1 || rank > 999_999) {
            throw new IllegalArgumentException("A certificate's rank in its year is 1 to 999999: " + rank);
        }
        return String.format("MAH-%04d-%06d", year, rank);
    }

    /** The counter that numbers a year's certificates. */
    static String counterOf(int year) {
        return "number-" + year;
    }
}
