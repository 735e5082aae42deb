package ma.maharat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;

/**
 * The people the in-container integration tests create and look up, in one place rather than in each
 * test class. Deployed with the tests (Deployments.suite()), injected where they need it.
 */
@Dependent
public class TestAccounts {

    @Inject
    Accounts accounts;

    /** A name no other test and no earlier run has used (the suite shares one database). */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** A new French-speaking trainee, outside any cooperative, whose password needs no change. */
    public Account newTrainee(String usernamePrefix, String password) {
        return accounts.create(new NewAccount(usernamePrefix + unique(), "Stagiaire IT", null, Role.TRAINEE, password, "fr", null, true));
    }

    /** The id of an account that must exist (a demo account, or one the test made). */
    public long id(String username) {
        return accounts.byUsername(username).map(Account::getId)
                .orElseThrow(() -> new AssertionError("no account " + username));
    }
}
