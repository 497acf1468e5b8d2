package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The event vocabulary of one language, the files under {@code /vocab/event/<lang>/} (read with {@link Vocabulary}).
 * A pattern cell may name a fragment of the language's {@code fragments.tsv} as {@code {NAME}}, which stands for
 * {@code (?:the fragment)}, so that a list of words several rules share is written once; a fragment may name those
 * above it. Where rows share a key (a list's name, a rule's name), they are its alternatives in row order and must
 * stand together. Read when the lexicon or the time words load; immutable and thread-safe.
 */
final class EventVocabulary {

    /** The languages with words of their own, in the order their words are tried where all are read at once. */
    static final List<String> LANGUAGES = List.of("en", "ar", "ru");

    /** {NAME}, but not a regex's own braces ({@code \p{L}}, {@code {0,3}}). */
    private static final Pattern FRAGMENT = Pattern.compile("(?<!\\\\[pPxN])\\{([A-Z][A-Z_]*)}");

    private final String lang;
    private final Map<String, String> fragments = new HashMap<>();

    EventVocabulary(String lang) {
        this.lang = lang;
        if (has("fragments")) {
            for (List<Vocabulary.Row> rows : groups(table("fragments"), "name")) {
                // expanded before it is known, so a fragment names only those above it
                fragments.put(rows.get(0).get("name"), alternatives(rows, "pattern"));
            }
        }
    }

    String lang() {
        return lang;
    }

    boolean has(String file) {
        return Vocabulary.exists(path(file));
    }

    Vocabulary.Table table(String file) {
        return Vocabulary.table(path(file));
    }

    /** A file of named lists ({@code name}, {@code pattern}): each name with its alternatives; none without the file. */
    Map<String, String> lists(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (has(file)) {
            for (List<Vocabulary.Row> rows : groups(table(file), "name")) {
                out.put(rows.get(0).get("name"), alternatives(rows, "pattern"));
            }
        }
        return out;
    }

    /** The rows' cells in {@code column}, fragments expanded, as alternatives of one pattern. */
    String alternatives(List<Vocabulary.Row> rows, String column) {
        List<String> out = new ArrayList<>(rows.size());
        for (Vocabulary.Row row : rows) {
            out.add(expand(row, row.get(column)));
        }
        return String.join("|", out);
    }

    /**
     * The cell with each {NAME} replaced by its fragment in a group; a cell that is one {NAME} alone is the fragment's
     * alternatives themselves, as a cell is always read as alternatives. An empty cell stays empty.
     */
    String expand(Vocabulary.Row row, String cell) {
        Matcher m = FRAGMENT.matcher(cell);
        if (m.matches()) {
            return fragment(row, m.group(1));
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + fragment(row, m.group(1)) + ")"));
        }
        return m.appendTail(out).toString();
    }

    private String fragment(Vocabulary.Row row, String name) {
        String fragment = fragments.get(name);
        if (fragment == null) {
            throw new IllegalStateException(row.resource() + " line " + row.line() + ": no fragment " + name + " in "
                    + path("fragments") + " above this use");
        }
        return fragment;
    }

    /** The table's rows, those with one value in {@code key} together, in file order. */
    static List<List<Vocabulary.Row>> groups(Vocabulary.Table table, String key) {
        Map<String, List<Vocabulary.Row>> groups = new LinkedHashMap<>();
        String last = null;
        for (Vocabulary.Row row : table.rows()) {
            String k = row.get(key);
            if (!k.equals(last) && groups.containsKey(k)) {
                throw new IllegalStateException(table.resource() + " line " + row.line() + ": the rows of " + k
                        + " do not stand together");
            }
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            last = k;
        }
        return List.copyOf(groups.values());
    }

    private String path(String file) {
        return "event/" + lang + "/" + file + ".tsv";
    }
}
