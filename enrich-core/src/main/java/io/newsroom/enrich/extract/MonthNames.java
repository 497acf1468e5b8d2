package io.newsroom.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The month names of one calendar in every language that has them ({@code vocab/extract/<lang>/months.tsv} for the
 * Gregorian calendar, {@code solar-hijri-months.tsv} for the solar Hijri), in lower case, to their month's number.
 * Immutable and thread-safe.
 */
final class MonthNames {

    /** A month's name as dates write it. */
    private record Name(int month, String form, Kind kind) {

        enum Kind {
            /** Standing alone (the nominative where the language inflects the name). */
            FULL,
            /** As a date writes it, where that differs ("5 января"). */
            GENITIVE,
            ABBREVIATION,
            /** Another spelling pages use (unaccented, without the hamza). */
            VARIANT
        }

        private static Name of(Vocabulary.Row row) {
            int month = Integer.parseInt(row.get("month"));
            String form = row.get("form");
            if (month < 1 || month > 12 || !form.equals(form.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(row.resource() + " line " + row.line()
                        + ": a month is 1 to 12 and its form in lower case, not " + month + " " + form);
            }
            return new Name(month, form, Lexicon.choice(row, "kind", Kind.class));
        }
    }

    private final Map<String, Integer> months = new HashMap<>();

    /**
     * @param list the file name under each language's folder
     * @throws IllegalStateException when one form names two months
     */
    MonthNames(String list) {
        for (Name name : Lexicon.read(list, Name::of)) {
            Integer other = months.putIfAbsent(name.form(), name.month());
            if (other != null && other != name.month()) {
                throw new IllegalStateException("'" + name.form() + "' names month " + other + " and month "
                        + name.month());
            }
        }
    }

    /** A regex group of every name, longest first (so that "sept" is tried before "sep"). */
    String group() {
        return "(" + String.join("|", months.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).toList()) + ")";
    }

    /** Every name, in lower case. */
    Set<String> forms() {
        return months.keySet();
    }

    /** @return 1 to 12, or null for a name this calendar does not know (any case) */
    Integer month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }
}
