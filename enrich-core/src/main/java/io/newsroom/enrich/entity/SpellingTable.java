package io.newsroom.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The English spellings of name words ({@code /gazetteer/spellings/<lang>.tsv}), kept in one string: each word's
 * block ({@code word TAB english TAB names [TAB english TAB names]... NEWLINE}) in the order of the words, found by
 * binary search. A map of lists would hold the same 230,000 spellings in about 44 MB of a service's 384 MB heap; this
 * holds them in about a quarter of that. Immutable; thread-safe.
 */
final class SpellingTable {

    private final String text;
    private final int[] starts;

    private SpellingTable(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** The tables of these languages, with their words in the form {@code normal} gives them. */
    static SpellingTable read(List<String> languages, UnaryOperator<String> normal) {
        record Row(String word, String english, int names) {
        }
        List<Row> rows = new ArrayList<>();
        for (String lang : languages) {
            String name = "/gazetteer/spellings/" + lang + ".tsv";
            InputStream in = SpellingTable.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("spelling table " + name + " is missing from the build");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] cols = line.split("\t");
                    if (!line.startsWith("#") && cols.length == 3) {
                        rows.add(new Row(normal.apply(cols[0]), cols[1], Integer.parseInt(cols[2])));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        // words that normalise alike (أسامة, اسامة) share one block, commonest spelling first
        rows.sort(Comparator.comparing(Row::word).thenComparing(Comparator.comparingInt(Row::names).reversed()));
        StringBuilder b = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        String word = null;
        for (Row row : rows) {
            if (!row.word().equals(word)) {
                if (word != null) {
                    b.append('\n');
                }
                word = row.word();
                starts.add(b.length());
                b.append(word);
            }
            b.append('\t').append(row.english()).append('\t').append(row.names());
        }
        return new SpellingTable(b.toString(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The spellings of a word in normal form, commonest first; empty when the tables lack it. */
    List<NameSpelling.Spelling> get(String word) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareAt(starts[mid], word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return spellings(starts[mid] + word.length());
            }
        }
        return List.of();
    }

    /** The block's word against this word, as {@link String#compareTo} orders them. */
    private int compareAt(int start, String word) {
        int end = text.indexOf('\t', start);
        int n = Math.min(end - start, word.length());
        for (int i = 0; i < n; i++) {
            int c = text.charAt(start + i) - word.charAt(i);
            if (c != 0) {
                return c;
            }
        }
        return (end - start) - word.length();
    }

    private List<NameSpelling.Spelling> spellings(int at) {
        int end = text.indexOf('\n', at);
        String[] cols = text.substring(at + 1, end < 0 ? text.length() : end).split("\t");
        List<NameSpelling.Spelling> out = new ArrayList<>(cols.length / 2);
        for (int i = 0; i + 1 < cols.length; i += 2) {
            out.add(new NameSpelling.Spelling(cols[i], Integer.parseInt(cols[i + 1])));
        }
        return out;
    }
}
