package ma.maharat.identity.control;

import ma.maharat.identity.entity.Role;

/** What it takes to open an account. */
public record NewAccount(
        String username,
        String fullName,
        String fullNameAr,
        Role role,
        String password,
        String language,
        Long cooperativeId,
        boolean passwordIsFinal) {}
