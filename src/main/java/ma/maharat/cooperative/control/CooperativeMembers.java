package ma.maharat.cooperative.control;

import java.util.Collection;
import java.util.Map;
import ma.maharat.cooperative.entity.Cooperative;

/**
 * The members of the cooperatives, who are trainees with a Maharat account. Accounts belong to
 * {@code identity}, which sits above {@code cooperative} (an account names its cooperative), so this
 * feature states here what it needs of them and identity answers it ({@code identity.control.MemberAccounts}):
 * counting members, the usernames' rules for the member import, and opening their accounts.
 */
public interface CooperativeMembers {

    /** How many trainee accounts each cooperative has, active or not, by cooperative id. */
    Map<Long, Long> traineeCounts();

    /** How many active trainee accounts each cooperative has, by cooperative id (cooperatives without any are missing). */
    Map<Long, Long> activeTraineeCounts();

    /** A username as accounts store it (trimmed, lower case), so that a file's «Fatima.Z » finds «fatima.z». */
    String normalizedUsername(String typed);

    /** Whether a normalized username has the form accounts allow. */
    boolean isValidUsername(String normalized);

    /** Whether a normalized username belongs to a trainer or an administrator: an import never takes such an account over. */
    boolean isStaff(String normalized);

    /** What became of the members of a checked file: counts of accounts opened, updated and left as they were. */
    record Opened(int created, int updated, int unchanged) {}

    /**
     * Opens a trainee account, without a usable password, for each member who has none, and brings the names
     * and cooperative of the others up to date. The preferred language is set on new accounts only.
     */
    Opened openOrUpdate(Collection<MemberFile.Row> members, Map<String, Cooperative> cooperativesByKey);
}
