package ma.maharat.identity.control;

import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;

/** What it takes to open an account; the grammatical gender is optional (null: not said). */
public record NewAccount(
        String username,
        String fullName,
        String fullNameAr,
        Role role,
        String password,
        String language,
        Long cooperativeId,
        boolean passwordIsFinal,
        GrammaticalGender gender) {

    /** An account whose person did not say her or his grammatical gender. */
    public NewAccount(String username, String fullName, String fullNameAr, Role role, String password, String language,
            Long cooperativeId, boolean passwordIsFinal) {
        this(username, fullName, fullNameAr, role, password, language, cooperativeId, passwordIsFinal, null);
    }
}
