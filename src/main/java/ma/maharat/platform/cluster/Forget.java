package ma.maharat.platform.cluster;

import java.io.Serializable;

/**
 * Sent to the other nodes when something a node remembers changed: each node drops {@code key} from its
 * memory named {@code memory} (e.g. {@link #ACCOUNT_STATUS} and an account's id). Serialized over the data
 * grid, so made of plain values only.
 */
public record Forget(String memory, long key) implements Serializable {

    /** {@code identity.control.AccountStatus}: whether an account is active, must change its password. */
    public static final String ACCOUNT_STATUS = "account-status";
    /** {@code learning.control.ProgressMemory}: a trainee's progress. */
    public static final String PROGRESS = "progress";
    /** {@code certificate.control.StatusLists}: a signed status list, by its number. */
    public static final String STATUS_LIST = "status-list";

    private static final long serialVersionUID = 1L;

    public boolean concerns(String name) {
        return memory.equals(name);
    }
}
