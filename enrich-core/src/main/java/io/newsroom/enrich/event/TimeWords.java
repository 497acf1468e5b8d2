package io.newsroom.enrich.event;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The words of time {@link TemporalResolver} reads ({@code /vocab/event/<lang>/time.tsv}, {@code weekdays.tsv},
 * {@code observances.tsv}, and {@code mul/observances.tsv}), those of every language at once: the resolver is not
 * told the article's language, and each list is the alternatives of all languages in turn. Immutable and thread-safe.
 *
 * @param lists       each list of {@code time.tsv} but weekday-before, by name
 * @param weekday     a pattern of the weekday names, each language's in a group of its own after its weekday-before
 * @param weekdays    each weekday name, lower case, with its day
 * @param observances the observances, each named in every language that names it
 */
record TimeWords(Map<String, String> lists, String weekday, Map<String, DayOfWeek> weekdays, List<Observance> observances) {

    private static final Set<String> LISTS = Set.of("ordinal", "range", "year-before", "weekday-before", "today",
            "yesterday", "tomorrow", "next-week", "last-week");
    /** The words are matched on the original text, regardless of case. */
    static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * An annual observance.
     *
     * @param day         the day it falls on
     * @param since       the year it commemorates
     * @param name        how it is named
     * @param anniversary how its anniversaries are named, the first group that matched being the count of years
     */
    record Observance(MonthDay day, int since, Pattern name, Pattern anniversary) {
    }

    static TimeWords load() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> weekday = new ArrayList<>();
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, List<String>> anniversaries = new HashMap<>();
        for (String lang : EventVocabulary.LANGUAGES) {
            EventVocabulary v = new EventVocabulary(lang);
            Map<String, String> time = v.lists("time");
            time.forEach((name, alternatives) -> {
                if (!LISTS.contains(name)) {
                    throw new IllegalStateException("event/" + lang + "/time.tsv: no such list " + name + ", only " + LISTS);
                }
                lists.computeIfAbsent(name, n -> new ArrayList<>()).add(alternatives);
            });
            List<String> words = new ArrayList<>();
            for (Vocabulary.Row row : v.table("weekdays").rows()) {
                String word = row.get("word").toLowerCase(Locale.ROOT);
                words.add(word);
                weekdays.put(word, DayOfWeek.valueOf(row.get("weekday").toUpperCase(Locale.ROOT)));
            }
            String before = time.get("weekday-before");
            weekday.add((before == null ? "" : "(?:" + before + ")") + "(" + String.join("|", words) + ")");
            for (Vocabulary.Row row : v.table("observances").rows()) {
                if (row.optional("name") == null || row.optional("anniversary") == null) {
                    throw new IllegalStateException(row.resource() + " line " + row.line() + ": a name and an anniversary, both");
                }
                names.computeIfAbsent(row.get("observance"), o -> new ArrayList<>()).add(v.expand(row, row.get("name")));
                anniversaries.computeIfAbsent(row.get("observance"), o -> new ArrayList<>())
                        .add(v.expand(row, row.get("anniversary")));
            }
        }
        List<Observance> observances = new ArrayList<>();
        for (Vocabulary.Row row : new EventVocabulary("mul").table("observances").rows()) {
            String id = row.get("observance");
            List<String> named = names.remove(id);
            if (named == null) {
                throw new IllegalStateException(row.resource() + " line " + row.line() + ": no language names " + id);
            }
            observances.add(new Observance(MonthDay.of(Integer.parseInt(row.get("month")), Integer.parseInt(row.get("day"))),
                    Integer.parseInt(row.get("since")), Pattern.compile(String.join("|", named), ANY_CASE),
                    Pattern.compile(String.join("|", anniversaries.get(id)), ANY_CASE)));
        }
        if (!names.isEmpty()) {
            throw new IllegalStateException("observances named but not in event/mul/observances.tsv: " + names.keySet());
        }
        Map<String, String> joined = new LinkedHashMap<>();
        lists.forEach((name, alternatives) -> joined.put(name, String.join("|", alternatives)));
        return new TimeWords(Map.copyOf(joined), String.join("|", weekday), Map.copyOf(weekdays), List.copyOf(observances));
    }

    /** The list's alternatives in every language that has it. */
    String list(String name) {
        String alternatives = lists.get(name);
        if (alternatives == null) {
            throw new IllegalStateException("no language of vocab/event has the time list " + name);
        }
        return alternatives;
    }

    /** A list matched regardless of case, between non-letters. */
    Pattern words(String name) {
        return Pattern.compile("(?<!\\p{L})(?:" + list(name) + ")(?!\\p{L})", ANY_CASE);
    }
}
