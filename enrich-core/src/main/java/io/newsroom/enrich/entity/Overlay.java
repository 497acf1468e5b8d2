package io.newsroom.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The curated overlay ({@code /gazetteer/overlay.tsv}): what the data lacks or has stale. Tab-separated, a header
 * row, {@code #} comments; columns {@code id type name lang alias role country start end source}. A row adds an
 * alias, an office, or both, to the entry with that id, creating it (with type and name) when the data has none,
 * or withdraws an office the data gives wrongly ({@link #WITHDRAWN}).
 * Every row must say where it comes from.
 */
public final class Overlay {

    static final List<String> COLUMNS = List.of("id", "type", "name", "lang", "alias", "role", "country", "start",
            "end", "source");
    private static final Set<String> ROLES = Set.of("head_of_state", "head_of_government", "foreign_minister",
            "defence_minister", "other");
    /**
     * Before a role, withdraws the data's offices of that kind in that country: one it gives wrongly (Wikidata's
     * "head of state" of the United States for people who never were) would make its holder anyone of the surname.
     */
    static final String WITHDRAWN = "-";

    /** One row; empty cells are null. */
    public record Row(int line, String id, EntityType type, String name, String lang, String alias, String role,
            String country, LocalDate start, LocalDate end, String source) {
    }

    private Overlay() {
    }

    /** @throws IllegalArgumentException naming the line when a row is malformed */
    public static List<Row> read(BufferedReader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        boolean header = true;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (header) {
                if (!List.of(c).equals(COLUMNS)) {
                    throw new IllegalArgumentException("overlay line " + n + ": header must be " + String.join(" ", COLUMNS));
                }
                header = false;
                continue;
            }
            if (c.length != COLUMNS.size()) {
                throw new IllegalArgumentException("overlay line " + n + ": " + c.length + " columns, expected " + COLUMNS.size());
            }
            rows.add(row(n, c));
        }
        return rows;
    }

    private static Row row(int n, String[] c) {
        String id = cell(c[0]);
        if (id == null || !(id.matches("Q[1-9][0-9]*") || id.matches("newsroom:[a-z]+:[a-z0-9-]+"))) {
            throw new IllegalArgumentException("overlay line " + n + ": id must be a QID or newsroom:<kind>:<slug>, was " + c[0]);
        }
        EntityType type;
        try {
            type = EntityType.valueOf(c[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("overlay line " + n + ": type must be one of PERSON, COUNTRY, ORGANIZATION, PLACE");
        }
        String alias = cell(c[4]);
        String lang = cell(c[3]);
        if (alias != null && (lang == null || !lang.matches("[a-z]{2}"))) {
            throw new IllegalArgumentException("overlay line " + n + ": an alias needs a two-letter language");
        }
        String role = cell(c[5]);
        if (role != null && !ROLES.contains(role.startsWith(WITHDRAWN) ? role.substring(1) : role)) {
            throw new IllegalArgumentException("overlay line " + n + ": role must be one of " + ROLES
                    + ", or one of them after " + WITHDRAWN + " to withdraw an office the data gives wrongly");
        }
        String country = cell(c[6]);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("overlay line " + n + ": country must be ISO alpha-3");
        }
        if (alias == null && role == null && cell(c[2]) == null) {
            throw new IllegalArgumentException("overlay line " + n + ": adds nothing (no name, alias or role)");
        }
        String source = cell(c[9]);
        if (source == null) {
            throw new IllegalArgumentException("overlay line " + n + ": says nowhere where it comes from (source)");
        }
        return new Row(n, id, type, cell(c[2]), lang, alias, role, country, GazetteerLoader.date(c[7], false),
                GazetteerLoader.date(c[8], true), source);
    }

    private static String cell(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
