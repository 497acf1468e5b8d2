package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * People's names out of a byline's text: without "By" or "Автор", cut at a job title, a date or a reading time, and
 * split on "and" and commas unless they name one body ("Center for Drug Evaluation and Research"). The words come
 * from {@code vocab/extract/<lang>/byline-intros.tsv}, {@code name-words.tsv} and {@code byline-ends.tsv}, every
 * language's at once. Pure and thread-safe.
 */
final class AuthorNames {

    /** A word that introduces the author's name, and how it opens the line under the headline. */
    private record Intro(String word, OnHeadlineLine headline) {

        private static Intro of(Vocabulary.Row row) {
            return new Intro(row.get("word"), Lexicon.choice(row, "headline", OnHeadlineLine.class));
        }

        /** The forms that open the line under the headline after white space or at the line's start. */
        private List<String> forms() {
            String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            return switch (headline) {
                case CAPITALISED -> List.of(capitalised);
                case ANY_CASE -> List.of(capitalised, word.toUpperCase(Locale.ROOT));
                case NO -> List.of();
            };
        }
    }

    private enum OnHeadlineLine {
        CAPITALISED,
        /** Capitalised, in capitals, or in lower case opening the line. */
        ANY_CASE,
        NO
    }

    /** A lower-case word of people's names ("von", "bin") or of lists of them ("and"). */
    private record NameWord(String word, Kind kind, boolean splits, boolean headline) {

        enum Kind {
            PARTICLE,
            CONJUNCTION
        }

        private static NameWord of(Vocabulary.Row row) {
            return new NameWord(row.get("word"), Lexicon.choice(row, "kind", Kind.class), row.flag("splits"),
                    row.flag("headline"));
        }
    }

    /** A word where the author's name ends, or one that keeps it from ending there. */
    private record End(String word, Kind kind) {

        /** As {@code byline-ends.tsv} describes them. */
        enum Kind {
            TITLE,
            NOT_TITLE,
            DATE_LABEL,
            DATE_LABEL_START,
            BEFORE_DATE,
            DATE_START,
            MINUTES
        }

        private static End of(Vocabulary.Row row) {
            return new End(row.get("word"), Lexicon.choice(row, "kind", Kind.class));
        }
    }

    private static final List<Intro> INTROS = Lexicon.read("byline-intros", Intro::of);
    private static final List<NameWord> NAME_WORDS = Lexicon.read("name-words", NameWord::of);
    private static final List<End> ENDS = Lexicon.read("byline-ends", End::of);

    private static final Pattern PREFIX = Pattern.compile(
            "^(?iu).{0,40}?\\b" + Lexicon.anyOf(INTROS.stream().map(Intro::word).toList())
                    // "byClemson News": a name glued to "by" starts with a capital
                    + "(?:\\s*:?\\s+|(?-i)(?=\\p{Lu}))");
    private static final Pattern BY_LINE = Pattern.compile(
            "(?m)(?:(?:^|[ \\t])" + Lexicon.anyOf(INTROS.stream().flatMap(i -> i.forms().stream()).toList()) + "|^"
                    + Lexicon.anyOf(INTROS.stream().filter(i -> i.headline == OnHeadlineLine.ANY_CASE)
                            .map(Intro::word).toList())
                    + ")[ \\t]*:?\\s+"
                    + "(\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|" + onHeadlineLine(NameWord.Kind.PARTICLE)
                    + ")){1,3}(?:[ \\t]*(?:,|" + onHeadlineLine(NameWord.Kind.CONJUNCTION) + "|&)\\s*"
                    + "\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){1,3})*)[ \\t]*$");
    private static final Pattern CUT = Pattern.compile(
            "(?iu)\\s*(?:[,|•·—–-]\\s*)?(?:\\d{1,2}[./]|\\d{1,2}\\s+\\p{L}{3}|\\d{4}|" + ends(End.Kind.DATE_LABEL_START)
                    + "\\s|" + endingWords(End.Kind.DATE_LABEL) + "|(?:" + ends(End.Kind.BEFORE_DATE) + "\\s+)?"
                    + ends(End.Kind.DATE_START) + "\\p{L}*\\.?\\s+\\d|" + endingWords(End.Kind.TITLE) + "|\\d+\\s+"
                    + ends(End.Kind.MINUTES) + ").*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\b" + Lexicon.anyOf(NAME_WORDS.stream()
            .filter(NameWord::splits).map(NameWord::word).toList()) + "\\b)\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?<![\\p{L}'’])(?!"
            + Lexicon.anyOf(NAME_WORDS.stream().map(NameWord::word).toList()) + "\\b)\\p{Ll}\\p{L}*");
    private static final int MAX_NAME = 60;

    private AuthorNames() {
    }

    private static String onHeadlineLine(NameWord.Kind kind) {
        return Lexicon.anyOf(NAME_WORDS.stream().filter(w -> w.kind == kind && w.headline).map(NameWord::word)
                .toList());
    }

    private static String ends(End.Kind kind) {
        return Lexicon.anyOf(ENDS.stream().filter(e -> e.kind == kind).map(End::word).toList());
    }

    /** The words of that kind, each unless a not-title word begins with it there: "editor", not "editorial". */
    private static String endingWords(End.Kind kind) {
        List<String> notTitles = ENDS.stream().filter(e -> e.kind == End.Kind.NOT_TITLE).map(End::word).toList();
        List<String> words = new ArrayList<>();
        for (End e : ENDS) {
            if (e.kind == kind) {
                List<String> rests = notTitles.stream()
                        .filter(n -> n.length() > e.word.length() && n.startsWith(e.word))
                        .map(n -> n.substring(e.word.length())).toList();
                words.add(Pattern.quote(e.word) + (rests.isEmpty() ? "" : "(?!" + Lexicon.anyOf(rests) + ")"));
            }
        }
        return words.stream().collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Adds the people a "By ..." line in the text under the headline names, if there is one. */
    static void addByLine(Set<String> names, String afterHeadline) {
        Matcher by = BY_LINE.matcher(afterHeadline);
        if (by.find()) {
            add(names, by.group(1));
        }
    }

    /** Adds the people (or the one body) a byline's text names. */
    static void add(Set<String> names, String raw) {
        String s = PREFIX.matcher(raw.strip()).replaceFirst("");
        s = CUT.matcher(s).replaceFirst("");
        // "Center for Drug Evaluation and Research" is one body: people's names have no lower-case words but these
        String[] parts = (ORGANISATION_WORD.matcher(s).find() ? LIST : SPLIT).split(s);
        for (String part : parts) {
            String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
            if (name.length() >= 3 && name.length() <= MAX_NAME && Character.isLetter(name.codePointAt(0))
                    && !name.contains("@") && !name.startsWith("http")) {
                names.add(name);
            }
        }
    }
}
