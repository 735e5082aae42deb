package ma.maharat.platform.i18n;

/**
 * Fired when someone picks a language, so that a feature above the platform (identity) can remember
 * it for the person signed in without the platform knowing about accounts.
 */
public record LanguageChosen(Language language) {}
