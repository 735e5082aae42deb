package ma.maharat.impact.entity;

/** One order won, as typed in the form: the client, how many items and their value in dirhams. */
public record OrderLine(String client, Integer items, Long valueMad) {}
