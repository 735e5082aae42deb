package ma.maharat.identity.control;

import java.io.Serializable;
import java.util.Set;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;

/**
 * What the session remembers about the person signed in ({@code fullNameAr} may be {@code null}). Kept small and immutable: the account
 * itself is re-read when something must be current (active flag, password).
 */
public record SignedInUser(long accountId, String username, String fullName, String fullNameAr, Role role) implements Serializable {

    public static SignedInUser of(Account account) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getFullName(), account.getFullNameAr(), account.getRole());
    }

    /** The name as written in the page's script: the Arabic one on right-to-left pages, when there is one. */
    public String fullNameFor(boolean rightToLeft) {
        return rightToLeft && fullNameAr != null && !fullNameAr.isBlank() ? fullNameAr : fullName;
    }

    public Set<String> groups() {
        return Set.of(role.name());
    }
}
