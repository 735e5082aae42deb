package ma.maharat.identity.entity;

/**
 * The three kinds of people who use Maharat. The names are also the security roles (groups) that
 * {@code web.xml} constraints and {@code @RolesAllowed} check.
 */
public enum Role {
    TRAINEE("/learn/"),
    TRAINER("/trainer/"),
    ADMIN("/admin/");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    /** The page a user with this role lands on after signing in. */
    public String homePath() {
        return homePath;
    }
}
