package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * People's names out of a byline's text: without "By" or "Автор", cut at a job title, an affiliation ("for Daily Mail
 * Australia"), a date, a time or a reading time, without nicknames, emoji or the site's name after a dash, and split
 * on "and" and commas; what is no person (an agency, a desk, a body, the site: {@link Credits}) is the byline's
 * credit. The words come from {@code vocab/extract/<lang>/byline-intros.tsv}, {@code name-words.tsv} and
 * {@code byline-ends.tsv}, every language's at once. Pure and thread-safe.
 */
final class AuthorNames {

    /**
     * What a byline names: people, and the agencies, desks or bodies it credits.
     *
     * @param people  names of people, in the byline's order
     * @param credits the rest, in the byline's order
     */
    record Byline(List<String> people, List<String> credits) {

        static final Byline NONE = new Byline(List.of(), List.of());

        Byline {
            people = List.copyOf(people);
            credits = List.copyOf(credits);
        }
    }

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
            AFFILIATION
        }

        private static End of(Vocabulary.Row row) {
            return new End(row.get("word"), Lexicon.choice(row, "kind", Kind.class));
        }
    }

    private static final List<Intro> INTROS = Lexicon.read("byline-intros", Intro::of);
    private static final List<NameWord> NAME_WORDS = Lexicon.read("name-words", NameWord::of);
    private static final List<End> ENDS = Lexicon.read("byline-ends", End::of);

    /**
     * "Edited", "Reviewed": the roles after the author's, read from the title ends that close with an intro word
     * ("Edited by"), whose intro word then introduces no byline.
     */
    private static final List<String> ROLES = ENDS.stream().filter(e -> e.kind == End.Kind.TITLE)
            .flatMap(e -> INTROS.stream().map(i -> " " + i.word()).filter(e.word::endsWith)
                    .map(i -> e.word.substring(0, e.word.length() - i.length())).limit(1))
            .distinct().toList();
    private static final Pattern PREFIX = Pattern.compile(
            "^(?iu).{0,40}?\\b(?<!" + Lexicon.anyOf(ROLES) + "\\s)"
                    + Lexicon.anyOf(INTROS.stream().map(Intro::word).toList())
                    // "byClemson News", "By:Ian Shive": a name glued to "by" starts with a capital
                    + "(?:\\s*:?\\s+|\\s*:?(?-i)(?=\\p{Lu}))");
    private static final Pattern BY_LINE = Pattern.compile(
            "(?m)(?:(?:^|[ \\t])" + Lexicon.anyOf(INTROS.stream().flatMap(i -> i.forms().stream()).toList()) + "|^"
                    + Lexicon.anyOf(INTROS.stream().filter(i -> i.headline == OnHeadlineLine.ANY_CASE)
                            .map(Intro::word).toList())
                    + ")[ \\t]*:?\\s+"
                    + "(\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|" + onHeadlineLine(NameWord.Kind.PARTICLE)
                    + ")){1,3}(?:[ \\t]*(?:,|" + onHeadlineLine(NameWord.Kind.CONJUNCTION) + "|&)\\s*"
                    + "\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){1,3})*)[ \\t]*$");
    /** An intro of several words opening a line ("Written by"): a byline of the name wherever it stands. */
    static final Pattern PHRASE_INTRO = Pattern.compile("^" + Lexicon.anyOf(INTROS.stream()
            .filter(i -> i.word.contains(" ")).flatMap(i -> i.forms().stream()).toList()) + "\\s*:?(?:\\s+|$)");
    /**
     * Where a name ends: a digit (a date, a time, a count), a date's label or first word, a reading time; also the
     * label of the page's date in any language ({@code dates.tsv}: "Veröffentlicht am 27.04.24" in a byline element
     * names no one).
     */
    private static final Pattern CUT = Pattern.compile("(?iu)\\s*(?:[,|•·—–-]\\s*)?(?:(?:(?<!\\p{L})"
            + ends(End.Kind.BEFORE_DATE) + "\\s+)?(?:\\d|(?<!\\p{L})" + ends(End.Kind.DATE_START) + "\\p{L}*\\.?\\s+\\d)|"
            + ends(End.Kind.DATE_LABEL_START) + "\\s|(?<!\\p{L})" + endingWords(End.Kind.DATE_LABEL) + "|(?<!\\p{L})"
            + Lexicon.anyOf(Stream.concat(DateWord.all(DateWord.Use.LABEL).stream(),
                    DateWord.all(DateWord.Use.UPDATE_LABEL).stream()).toList()) + "(?!\\p{L})).*$");
    /** The intro at the start of one name of a list: "and by Jane Doe". */
    private static final Pattern INTRO = Pattern.compile(
            "^(?iu)" + Lexicon.anyOf(INTROS.stream().map(Intro::word).toList()) + "(?:\\s*:?\\s+|\\s*:?(?-i)(?=\\p{Lu}))");
    /** A job title as a word of its own (plural and feminine endings aside), and what follows it. */
    private static final Pattern TITLE = Pattern.compile("(?iu)(?<sep>\\s*[,|•·—–-])?\\s*(?<!\\p{L})"
            + endingWords(End.Kind.TITLE) + "(?:s|es|e|a|in|innen)?(?!\\p{L}).*$");
    private static final Pattern BEAT = Pattern.compile("\\s+\\p{Lu}\\p{Ll}{2,}$");
    /** "for Daily Mail Australia", "from Example", "in Kyiv": an affiliation or a place before a capitalised word. */
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?<=\\S\\s\\S{1,40})\\s+" + ends(End.Kind.AFFILIATION) + "\\s+\\p{Lu}.*$");
    /** An address or a handle beside a name: "Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Jane Doe @janedoe". */
    private static final Pattern ADDRESS = Pattern.compile("\\(?(?:https?://|www\\.|@)\\S+\\)?");
    /** The site's or a section's name after a spaced dash or bar: "Jenny Smith — Trafilatura", "Jane Doe |". */
    private static final Pattern TAIL = Pattern.compile("\\s+[|•·—–-](?:\\s.*)?$");
    /** A nickname in quotes inside a name: 'Jenny "The Author" Smith'. */
    private static final Pattern NICKNAME = Pattern.compile("\\s[\"“„«][^\"“”„«»]{1,40}[\"”»](?=\\s)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\b" + Lexicon.anyOf(NAME_WORDS.stream()
            .filter(NameWord::splits).map(NameWord::word).toList()) + "\\b)\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?<![\\p{L}'’])(?!"
            + Lexicon.anyOf(NAME_WORDS.stream().map(NameWord::word).toList()) + "\\b)\\p{Ll}\\p{L}*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{P}&&[^\"'’(]]+|[\\s\\p{P}&&[^.)'’]]+$");
    private static final int MIN_NAME_WORDS_BEFORE_BEAT = 2;
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

    /** What a "By ..." line in the text under the headline names, if there is one. */
    static Byline underHeadline(String afterHeadline, SiteName site) {
        Matcher by = BY_LINE.matcher(afterHeadline);
        return by.find() ? parse(by.group(1), site) : Byline.NONE;
    }

    /** The people a byline's text names, and what it credits besides. */
    static Byline parse(String raw, SiteName site) {
        String s = tidy(raw);
        s = PREFIX.matcher(s).replaceFirst("");
        s = CUT.matcher(s).replaceFirst("");
        s = withoutTitle(s);
        s = AFFILIATION.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        // "Center for Drug Evaluation and Research" is one body: people's names have no lower-case words but these
        boolean body = body(s);
        List<String> people = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        if (Credits.isAcronym(s)) {
            // a byline that is only an acronym credits an agency; in a list, "CFP" after a name is a credential
            return new Byline(people, List.of(s));
        }
        for (String part : (body ? LIST : SPLIT).split(s)) {
            String name = EDGE_PUNCTUATION.matcher(INTRO.matcher(part.strip()).replaceFirst("")).replaceAll("");
            if (name.length() < 2 || name.length() > MAX_NAME || !Character.isLetter(name.codePointAt(0))
                    || name.contains("@") || name.startsWith("http")) {
                continue;
            }
            boolean credit = Credits.isCredit(name, site) || body(name);
            if (!credit && Credits.isAcronym(name)) {
                // "CFP", "MD" after a name: a credential, neither a person nor a credit
                continue;
            }
            List<String> into = credit ? credits : people;
            if (!into.contains(name) && (credit || name.length() >= 3)) {
                into.add(name);
            }
        }
        return new Byline(people, credits);
    }

    /** Whether the text holds nothing but commas, ampersands and the words that join names ("and", "und"). */
    static boolean separatorsOnly(String text) {
        return SPLIT.matcher(" " + text.strip() + " ").replaceAll("").isBlank();
    }

    /** Capitalised words with lower-case ones that are neither particles nor conjunctions: a body's name. */
    private static boolean body(String s) {
        return ORGANISATION_WORD.matcher(s).find() && s.codePoints().anyMatch(Character::isUpperCase);
    }

    /** Underscores as spaces, no nickname in quotes, no emoji or other symbols. */
    private static String tidy(String raw) {
        // a handle goes whole before underscores become spaces: "@jenny_smith" is no "smith"
        String s = ADDRESS.matcher(raw).replaceAll(" ").replace('_', ' ');
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !symbol(c)).forEach(out::appendCodePoint);
        return Whitespace.collapse(NICKNAME.matcher(out).replaceAll("")).strip();
    }

    private static boolean symbol(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.FORMAT || c == 0xFE0F;
    }

    /**
     * The name without the job title after it, nor the title's beat: a capitalised word right before the title
     * when the name keeps two words without it ("Richard Adams Education editor").
     */
    private static String withoutTitle(String s) {
        Matcher m = TITLE.matcher(s);
        if (!m.find()) {
            return s;
        }
        String before = s.substring(0, m.start());
        if (m.group("sep") == null) {
            Matcher beat = BEAT.matcher(before);
            if (beat.find() && before.substring(0, beat.start()).strip().split("\\s+").length
                    >= MIN_NAME_WORDS_BEFORE_BEAT) {
                before = before.substring(0, beat.start());
            }
        }
        return before;
    }
}
