package ma.maharat.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.maharat.center.control.PublicAddress;
import ma.maharat.certificate.credential.StatusEntry;

/**
 * The absolute addresses printed on certificates and signed into credentials, under the center's
 * {@link PublicAddress} (the address people reach Maharat at, context path included): the verification
 * page of a code (the QR code), the status lists, a course as an achievement.
 */
@ApplicationScoped
public class PublicAddresses {

    /** Bits per status list: 16 KiB, the Bitstring Status List's minimum, so one list hides who is revoked among many. */
    public static final int STATUS_LIST_SIZE = 131_072;

    @Inject
    PublicAddress publicAddress;

    public String base() {
        String address = publicAddress.current();
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    public String verification(String code) {
        return base() + "/verify/" + code;
    }

    public String statusList(int list) {
        return base() + "/verify/status/" + list;
    }

    public String achievement(String courseCode) {
        return base() + "/achievements/" + courseCode;
    }

    /** A cohort's whole programme as an achievement (a course code never contains a slash). */
    public String programmeAchievement(long cohortId) {
        return base() + "/achievements/programme/" + cohortId;
    }

    /** Where a certificate's bit lives: list 1 holds indexes 0 to 131071, list 2 the next ones... */
    public StatusEntry statusEntry(int statusIndex) {
        return new StatusEntry(statusList(statusIndex / STATUS_LIST_SIZE + 1), statusIndex % STATUS_LIST_SIZE);
    }
}
