package ma.maharat.training.control;

import java.io.Serializable;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The names picture sign-in offers, as a trainee finds hers: by the first letter of her name in the
 * script of the page (Arabic letters on Arabic pages, Latin ones otherwise), or by her cooperative.
 * A trainee without an Arabic name is found under the Latin letter on Arabic pages too.
 */
public final class PictureSignInRoster {

    /** One trainee as the sign-in pages show her. */
    public record Trainee(long accountId, String fullName, String fullNameAr, long cooperativeId, String cooperativeFr,
            String cooperativeAr) implements Serializable {

        /** Her name as written in the page's script. */
        public String nameIn(boolean arabic) {
            return arabic && fullNameAr != null && !fullNameAr.isBlank() ? fullNameAr : fullName;
        }

        public String cooperativeIn(boolean arabic) {
            return arabic && cooperativeAr != null && !cooperativeAr.isBlank() ? cooperativeAr : cooperativeFr;
        }
    }

    /** A cooperative to choose, with the number of its trainees listed. */
    public record CooperativeChoice(long id, String name, int trainees) {}

    private final List<Trainee> trainees;
    private final boolean arabic;
    private final Collator collator;

    public PictureSignInRoster(List<Trainee> trainees, boolean arabic) {
        this.arabic = arabic;
        this.collator = Collator.getInstance(arabic ? Locale.forLanguageTag("ar") : Locale.FRENCH);
        this.trainees = trainees.stream()
                .sorted(Comparator.comparing((Trainee t) -> t.nameIn(arabic), collator))
                .toList();
    }

    /** The first letters of the names, in alphabetical order, each once. */
    public List<String> letters() {
        return trainees.stream().map(t -> firstLetter(t.nameIn(arabic))).distinct()
                .sorted(collator).toList();
    }

    public List<Trainee> withLetter(String letter) {
        return trainees.stream().filter(t -> firstLetter(t.nameIn(arabic)).equals(letter)).toList();
    }

    public List<CooperativeChoice> cooperatives() {
        Map<Long, List<Trainee>> byCooperative = trainees.stream().collect(Collectors.groupingBy(Trainee::cooperativeId, TreeMap::new,
                Collectors.toList()));
        return byCooperative.values().stream()
                .map(list -> new CooperativeChoice(list.get(0).cooperativeId(), list.get(0).cooperativeIn(arabic), list.size()))
                .sorted(Comparator.comparing(CooperativeChoice::name, collator))
                .toList();
    }

    public List<Trainee> ofCooperative(long cooperativeId) {
        return trainees.stream().filter(t -> t.cooperativeId() == cooperativeId).toList();
    }

    /** Whether this account is one the roster offers (the only ones picture sign-in accepts). */
    public boolean offers(long accountId) {
        return trainees.stream().anyMatch(t -> t.accountId() == accountId);
    }

    /**
     * The letter a name is found under: its first letter, upper case, without accents (É under E); the
     * Arabic alif with hamza or madda under the bare alif (أحمد and احمد together).
     */
    static String firstLetter(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            return "?";
        }
        String first = stripped.substring(0, Character.charCount(stripped.codePointAt(0)));
        first = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        first = switch (first) {
            case "أ", "إ", "آ", "ٱ" -> "ا";
            default -> first.toUpperCase(Locale.ROOT);
        };
        return first;
    }
}
