package ma.maharat.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ma.maharat.identity.control.Accounts;
import ma.maharat.platform.i18n.LanguageChosen;

/** Remembers the language a signed-in person picks, for their next sign-in on any terminal. */
@RequestScoped
public class PreferredLanguageRecorder {

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    void record(@Observes LanguageChosen chosen) {
        currentUser.get().ifPresent(user -> accounts.setPreferredLanguage(user.accountId(), chosen.language().code()));
    }
}
