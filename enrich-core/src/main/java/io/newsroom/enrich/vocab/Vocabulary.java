package io.newsroom.enrich.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Vocabulary shipped as data: tables of words and patterns under {@code /vocab/} on the class path, one file per
 * list and language ({@code /vocab/<area>/<lang>/<list>.tsv}, where {@code mul} holds lists that serve several
 * languages at once). A file opens with {@code #} lines that say what the list is for and where it came from (a
 * line starting {@code # source:} is required); the first other line names the columns; every further non-blank line
 * is a row of tab-separated cells. A cell may be empty; a row with fewer cells than columns is an error, so a lost
 * tab fails the build instead of shifting a column. Files are read once, when a caller loads them; the result is
 * immutable and thread-safe.
 */
public final class Vocabulary {

    private static final String ROOT = "/vocab/";

    private Vocabulary() {
    }

    /**
     * @param path the file under {@code /vocab/}, e.g. {@code "event/en/rules.tsv"}
     * @throws IllegalStateException when the file is missing from the build or malformed
     */
    public static Table table(String path) {
        String resource = ROOT + path;
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file " + resource + " is missing from the build");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("vocabulary file " + resource + " could not be read", e);
        }
    }

    /**
     * The lines of a file kept in its own field's format (a mapping table such as PLOVER's CAMEO-to-PLOVER), read whole; like a
     * table it must say where it came from in a {@code # source:} line.
     *
     * @param path the file under {@code /vocab/}, e.g. {@code "event/mul/cameo-plover.txt"}
     */
    public static List<String> lines(String path) {
        String resource = ROOT + path;
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file " + resource + " is missing from the build");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            if (lines.stream().noneMatch(l -> l.regionMatches(true, 0, "# source:", 0, 9))) {
                throw new IllegalStateException(resource + " does not say where its words came from (a '# source:' line)");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("vocabulary file " + resource + " could not be read", e);
        }
    }

    /** Whether {@code path} exists: lets a caller fall back when a language has no list of a kind. */
    public static boolean exists(String path) {
        return Vocabulary.class.getResource(ROOT + path) != null;
    }

    /**
     * The rows of one list in every language that has it, each made a record by {@code record}: the languages in the
     * order given, each file's rows in file order.
     *
     * @param area      the folder under {@code /vocab/}, e.g. {@code "entity"}
     * @param languages the language folders to look in, e.g. {@code "mul", "en"}
     * @param list      the file name without {@code .tsv}
     */
    public static <T> List<T> everyLanguage(String area, List<String> languages, String list,
            Function<Row, T> record) {
        List<T> rows = new ArrayList<>();
        for (String lang : languages) {
            String path = area + "/" + lang + "/" + list + ".tsv";
            if (exists(path)) {
                rows.addAll(table(path).map(record));
            }
        }
        return rows;
    }

    /** The cells of the first column of a one-column (or wider) list, in file order. */
    public static List<String> words(String path) {
        Table t = table(path);
        return t.column(t.columns().get(0));
    }

    /**
     * A table in this format read from elsewhere (a data file of the gazetteer): {@code #} comments with a
     * {@code # source:} line, a header line, tab-separated cells.
     *
     * @param resource the file's name, for error messages
     */
    public static Table parse(String resource, BufferedReader in) throws IOException {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        boolean sourced = false;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                sourced |= line.regionMatches(true, 0, "# source:", 0, 9);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (columns == null) {
                columns = cells;
                continue;
            }
            if (cells.size() < columns.size()) {
                throw new IllegalStateException(resource + " line " + n + ": " + cells.size() + " cells, the header names "
                        + columns.size() + " (" + String.join(", ", columns) + ")");
            }
            rows.add(new Row(resource, n, columns, cells));
        }
        if (columns == null) {
            throw new IllegalStateException(resource + " has no header line");
        }
        if (!sourced) {
            throw new IllegalStateException(resource + " does not say where its words came from (a '# source:' line)");
        }
        return new Table(resource, columns, List.copyOf(rows));
    }

    /** One file: its column names and rows. */
    public record Table(String resource, List<String> columns, List<Row> rows) {

        public Table {
            Objects.requireNonNull(resource, "resource");
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** Every row's cell in {@code column}, in file order. */
        public List<String> column(String column) {
            return rows.stream().map(r -> r.get(column)).toList();
        }

        /** Each row made into a record (or any value) by {@code fn}, in file order. */
        public <T> List<T> map(Function<Row, T> fn) {
            return rows.stream().map(fn).toList();
        }
    }

    /** One line of a file, its cells by column name. */
    public record Row(String resource, int line, List<String> columns, List<String> cells) {

        /** @throws IllegalStateException when the file has no such column */
        public String get(String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new IllegalStateException(resource + " has no column '" + column + "'");
            }
            return cells.get(i);
        }

        /** The cell, or null when it is empty. */
        public String optional(String column) {
            String v = get(column);
            return v.isEmpty() ? null : v;
        }

        /** A yes/no cell: {@code yes} or {@code no}, nothing else. */
        public boolean flag(String column) {
            String v = get(column);
            return switch (v) {
                case "yes" -> true;
                case "no", "" -> false;
                default -> throw new IllegalStateException(resource + " line " + line + ": '" + column + "' is '" + v
                        + "', not yes or no");
            };
        }
    }
}
