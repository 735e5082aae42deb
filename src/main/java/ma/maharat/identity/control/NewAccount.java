package ma.maharat.identity.control;

import ma.maharat.cooperative.entity.AgeBand;
import ma.maharat.cooperative.entity.MemberRole;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;

/** What it takes to open an account; the grammatical gender, age band and role in the cooperative are optional (null: not said). */
public record NewAccount(
        String username,
        String fullName,
        String fullNameAr,
        Role role,
        String password,
        String language,
        Long cooperativeId,
        boolean passwordIsFinal,
        GrammaticalGender gender,
        AgeBand ageBand,
        MemberRole cooperativeRole) {

    /** An account whose person did not say her or his grammatical gender. */
    public NewAccount(String username, String fullName, String fullNameAr, Role role, String password, String language,
            Long cooperativeId, boolean passwordIsFinal) {
        this(username, fullName, fullNameAr, role, password, language, cooperativeId, passwordIsFinal, null, null, null);
    }

    /** An account whose person said her or his grammatical gender only. */
    public NewAccount(String username, String fullName, String fullNameAr, Role role, String password, String language,
            Long cooperativeId, boolean passwordIsFinal, GrammaticalGender gender) {
        this(username, fullName, fullNameAr, role, password, language, cooperativeId, passwordIsFinal, gender, null, null);
    }
}
