package ma.maharat.cooperative.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV imports of the cooperatives page as their files look: the columns and which are required,
 * read from the checks' own definitions ({@link CooperativeFile#COLUMNS}, {@link MemberFile#COLUMNS}),
 * so that the template an administrator downloads and the help on the page cannot drift from what the
 * import accepts.
 */
public enum CsvImport {
    COOPERATIVES("cooperatives", CooperativeFile.COLUMNS, CooperativeFile.REQUIRED),
    MEMBERS("members", MemberFile.COLUMNS, MemberFile.REQUIRED);

    /** A column of the file: its name in the header line, and whether every row must fill it. */
    public record Column(String name, boolean required) {}

    private final String slug;
    private final List<Column> columns;

    CsvImport(String slug, List<String> names, Set<String> required) {
        this.slug = slug;
        this.columns = names.stream().map(name -> new Column(name, required.contains(name))).toList();
    }

    /** The name in addresses and in the help's message keys: {@code cooperatives}, {@code members}. */
    public String slug() {
        return slug;
    }

    public List<Column> columns() {
        return columns;
    }

    public String templateFileName() {
        return "maharat-" + slug + ".csv";
    }

    /**
     * The header line alone, as French Excel reads and writes it: a byte order mark (so that Excel opens
     * it as UTF-8) and {@code ;} between the names. No example row: a template imported as it is must
     * create nothing (the import answers that the file has no row).
     */
    public byte[] template() {
        String header = String.join(";", columns.stream().map(Column::name).toList());
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static Optional<CsvImport> bySlug(String slug) {
        return Arrays.stream(values()).filter(i -> i.slug.equals(slug)).findFirst();
    }
}
