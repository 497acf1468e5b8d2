package io.newsroom.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Lines of an article's container that are chrome, not its text: bare counters and prices, labels of share bars,
 * advertisements and "related" boxes, notices every page of a site repeats, copyright lines, the breadcrumb trail,
 * photo credits, calls to sign up or to follow, the comment form's prompts, contact addresses and datelines. The
 * phrases come from {@code vocab/extract/<lang>/chrome.tsv}, every language's at once. Pure and thread-safe.
 */
final class ChromeLines {

    /** A phrase of a page's user interface, and what a line holding it is. */
    private record Phrase(String phrase, Kind kind) {

        private static Phrase of(Vocabulary.Row row) {
            return new Phrase(row.get("phrase"), Lexicon.choice(row, "kind", Kind.class));
        }
    }

    private enum Kind {
        /** A line that says only the phrase, trailing punctuation aside. */
        LABEL,
        /** Opens a notice. */
        NOTICE,
        /** Held by a copyright line. */
        RIGHTS,
        /** Opens a copyright line before ©, (c) or a year. */
        COPYRIGHT,
        /** Opens the breadcrumb trail. */
        BREADCRUMB,
        /** Held by a short line of the comment form or the font-size tool. */
        PROMPT,
        /** Opens a photo credit before a colon or a dot. */
        CREDIT,
        /** The verb of a call to sign up. */
        SIGN_UP,
        /** May stand before that verb ("please"). */
        BEFORE_SIGN_UP,
        /** A word or stem of mail, which a call to sign up holds. */
        MAILING,
        /** A call to follow the site. */
        FOLLOW_US
    }

    private static final List<Phrase> PHRASES = Lexicon.read("chrome", Phrase::of);

    private static final int MAX_COUNTER_CHARS = 12;
    private static final int MAX_LABEL_CHARS = 40;
    private static final Set<String> LABELS = Set.copyOf(all(Kind.LABEL));
    private static final Pattern LABEL_END = Pattern.compile("[\\s:.!…>»]+$");
    /**
     * Lines every page of a site repeats around its articles, in any language: placeholder text, "select an error
     * and press Ctrl+Enter", disclaimers, copyright lines, the breadcrumb trail, the comment form's prompts and the
     * font-size tool, and contact addresses (short, and not a sentence: an article may well give an address).
     */
    private static final int MAX_NOTICE_CHARS = 300;
    private static final List<String> NOTICES = all(Kind.NOTICE);
    /** Opening a line: "© Agency", "Copyright 2012 The Associated Press", not "Copyrighted material is ...". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|" + Lexicon.anyOf(all(Kind.COPYRIGHT)) + "\\s*(?:©|\\(c\\)|\\d{4}))");
    private static final List<String> RIGHTS_RESERVED = all(Kind.RIGHTS);
    private static final List<String> BREADCRUMBS = all(Kind.BREADCRUMB);
    /**
     * Calls to action: "Sign up to get it in your inbox", "Zapisz się do newslettera!", "Follow us on Telegram".
     * The sign-up verb must open a sentence (or follow "just", "please", "now"): "free for up to 100 subscribers"
     * or "if you happened to sign up" is text.
     */
    private static final int MAX_SIGN_UP_CHARS = 160;
    private static final Pattern SIGN_UP = Pattern.compile("(?:^|[.!?]\\s+|\\b"
            + Lexicon.anyOf(all(Kind.BEFORE_SIGN_UP)) + "\\s+)" + Lexicon.anyOf(all(Kind.SIGN_UP)) + "\\b");
    private static final List<String> MAILING = all(Kind.MAILING);
    private static final int MAX_FOLLOW_CHARS = 100;
    private static final Pattern FOLLOW_US = Pattern.compile("\\b" + Lexicon.anyOf(all(Kind.FOLLOW_US)) + "\\b");
    /** A photo credit standing as its own line, from its start: "Photo: AP", "(fot. PAP)", "ФОТО: Reuters". */
    private static final int MAX_CREDIT_CHARS = 80;
    private static final Pattern CREDIT = Pattern.compile(
            "[(\\[]?\\s*" + Lexicon.anyOf(all(Kind.CREDIT)) + "\\.?\\s*[:.]");
    private static final List<String> PROMPTS = all(Kind.PROMPT);
    private static final int MAX_PROMPT_CHARS = 80;
    private static final Pattern CTRL_KEYS = Pattern.compile("ctrl\\s*[+-]\\s*(?:enter|insert)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final int MAX_CONTACT_CHARS = 120;
    private static final int MAX_DATELINE_CHARS = 100;
    private static final int MAX_DATELINE_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”»)]*$");

    private ChromeLines() {
    }

    private static List<String> all(Kind kind) {
        return PHRASES.stream().filter(p -> p.kind() == kind).map(Phrase::phrase).toList();
    }

    /**
     * A line that only labels chrome: a bare counter or price ("12", "$3,400"), a notice the site repeats on every
     * page, or an advertisement, share or "related" label in one of the languages newsroom reads.
     *
     * @param line collapsed white space
     */
    static boolean isChrome(String line) {
        if (line.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        if (line.length() <= MAX_COUNTER_CHARS && line.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (notice(lower) || dateline(line)) {
            return true;
        }
        if (line.length() <= MAX_PROMPT_CHARS && containsAny(lower, PROMPTS)
                || line.length() <= MAX_CONTACT_CHARS && line.indexOf('@') >= 0 && EMAIL.matcher(line).find()
                        && !line.endsWith(".")) {
            return true;
        }
        return line.length() <= MAX_LABEL_CHARS && LABELS.contains(LABEL_END.matcher(lower).replaceFirst(""));
    }

    /** Whether the line ends as a sentence does, closing quotes and brackets aside. */
    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).find();
    }

    /** Cheap tests first: this runs on every short line of every page. */
    private static boolean notice(String lower) {
        return startsWithAny(lower, NOTICES)
                || lower.contains("ctrl") && CTRL_KEYS.matcher(lower).find()
                || COPYRIGHT.matcher(lower).lookingAt() || containsAny(lower, RIGHTS_RESERVED)
                || startsWithAny(lower, BREADCRUMBS)
                || lower.length() <= MAX_CREDIT_CHARS && CREDIT.matcher(lower).lookingAt()
                || lower.length() <= MAX_SIGN_UP_CHARS && containsAny(lower, MAILING) && SIGN_UP.matcher(lower).find()
                || lower.length() <= MAX_FOLLOW_CHARS && FOLLOW_US.matcher(lower).find();
    }

    /**
     * A short line that is mostly a date ("Published: Thursday, January 12 2012, 9:00 AM", "2012年01月12日01:10
     * 来源：天极网"): the date is metadata. A sentence that gives a date, or a line with more to say, is text.
     */
    private static boolean dateline(String line) {
        // most short lines have no year and are out at this cheap test
        if (line.length() > MAX_DATELINE_CHARS || !DateParser.hasYear(line) || endsSentence(line)) {
            return false;
        }
        Matcher words = WORD.matcher(line);
        int count = 0;
        while (words.find()) {
            if (++count > MAX_DATELINE_WORDS) {
                return false;
            }
        }
        return DateParser.parse(line, true) != null;
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
