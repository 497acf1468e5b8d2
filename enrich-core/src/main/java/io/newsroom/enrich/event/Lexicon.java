package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The words diplomatic events are reported with, per language, from {@code /vocab/event/<lang>/}: the triggers
 * ({@code rules.tsv}) and the words that change how a trigger is read ({@code lists.tsv}), matched on text that
 * {@link TextNormalizer} has lower-cased and (for Arabic) stripped of diacritics, tatweel and alef variants. Each rule
 * is a trigger and, where the trigger alone is ambiguous ("signed", "وقع", "подписал"), a noun that must stand within
 * {@link #NOUN_WINDOW} characters of it. Rules come in priority order: where two triggers overlap, the earlier rule
 * wins ("suspended talks" is a rupture, not talks). Loaded once; immutable and thread-safe.
 */
final class Lexicon {

    /** How far (in characters) the noun of a two-part trigger may stand from its verb. */
    static final int NOUN_WINDOW = 90;

    /**
     * @param type       the {@link io.newsroom.contracts.Event} type
     * @param trigger    the verb or noun that reports it
     * @param noun       a word that must stand near the trigger, or null
     * @param anaphoric  the trigger may stand alone after "also", joining the article's last event of this type
     * @param twoParties the sentence must name two parties (countries, people, organisations): a stated intent
     *                   ("it will open", "plans to expand") is diplomatic only between two
     * @param cameo      the CAMEO code of what the words report when it is not their type's own (an agreement
     *                   reached, 030, where one signed is 057), else null
     * @param starts     where the trigger can start, so that most word starts are never tried
     */
    record Rule(String type, Pattern trigger, Pattern noun, boolean anaphoric, boolean twoParties, String cameo,
                StartFilter starts) {

        Rule(String type, Pattern trigger, Pattern noun, boolean anaphoric, boolean twoParties, String cameo) {
            this(type, trigger, noun, anaphoric, twoParties, cameo, StartFilter.of(trigger));
        }
    }

    /**
     * One language's words: its rules, and its lists by what they do (each described in the {@code lists.tsv} that
     * has it, most in English's).
     *
     * @param code the language's folder under {@code /vocab/event/}
     */
    record Language(String code, List<Rule> rules, WordList negation, WordList denial, WordList cancellation,
                    WordList cancelled, WordList postponed, WordList blocker,
                    WordList monthHomograph, WordList conditional, WordList generic, WordList pastPerfect,
                    WordList planned, WordList plannedAfter, WordList headlineInfinitive, WordList futurePrefix,
                    WordList speech, WordList complementizer, WordList reportedSubject, WordList agent,
                    WordList pronounSubject, WordList dignitary, WordList dignitaryPlural, WordList visitorMarker,
                    WordList inviting,
                    WordList speakerVerb, WordList guestStop, WordList bareModal, WordList also,
                    WordList hostileObject, WordList diplomat, WordList mission, WordList functionWords,
                    WordList foreignParty) {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String NOT_LETTER_BEFORE = "(?<!\\p{L})";
    private static final String NOT_LETTER_AFTER = "(?!\\p{L})";

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The characters a text's language is told from: a few sentences are enough. */
    private static final int LANGUAGE_SAMPLE = 2000;
    /**
     * English's commonest function words (en/lists.tsv) are about a fifth of an English text's words and a few in
     * a hundred of another language's, its names and quotes aside.
     */
    private static final double ENGLISH_SHARE = 0.05;
    private static final int MIN_WORDS = 20;

    static final Language ENGLISH = load("en");
    static final Language ARABIC = load("ar");
    static final Language RUSSIAN = load("ru");

    /**
     * The words of the article's language; for another one, of its script: a short Russian text read as Bulgarian
     * ("Глава МИД Ирана принял посла") is read with the Russian words, not the English ones. A text in Latin letters
     * identified as another language than English is read with the English words only if English function words
     * make up some of it (a short English sentence the identifier mistook); French, German or Spanish gets no rules
     * ("Sophie Binet met en garde Emmanuel Macron" is no meeting). Empty when no language's words fit.
     */
    static Optional<Language> of(String lang, String text) {
        return switch (lang == null ? "und" : lang) {
            case "ar" -> Optional.of(ARABIC);
            case "ru", "uk", "be" -> Optional.of(RUSSIAN);
            case "en" -> Optional.of(ENGLISH);
            case "und" -> Optional.of(byScript(text));
            default -> {
                Language byScript = byScript(text);
                yield byScript != ENGLISH || readsAsEnglish(text) ? Optional.of(byScript) : Optional.empty();
            }
        };
    }

    /**
     * Whether English function words make up at least {@link #ENGLISH_SHARE} of the words of the text's start, or the
     * text is too short to tell.
     */
    private static boolean readsAsEnglish(String text) {
        String start = text.substring(0, Math.min(text.length(), LANGUAGE_SAMPLE)).toLowerCase(Locale.ROOT);
        int words = 0;
        for (Matcher m = WORD.matcher(start); m.find(); ) {
            words++;
        }
        int function = 0;
        for (Matcher m = ENGLISH.functionWords().matcher(start); m.find(); ) {
            function++;
        }
        // a text of a few words tells nothing either way ("Emmanuel Macron visited Algeria on Monday.")
        return words < MIN_WORDS || function >= ENGLISH_SHARE * words;
    }

    private static Language byScript(String text) {
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        if (arabic > latin && arabic >= cyrillic) {
            return ARABIC;
        }
        return cyrillic > latin ? RUSSIAN : ENGLISH;
    }

    private static Language load(String code) {
        EventVocabulary vocabulary = new EventVocabulary(code);
        Lists l = new Lists(vocabulary.lists("lists"));
        Language language = new Language(code, rules(vocabulary),
                l.words("negation"),
                l.words("denial"),
                l.words("cancellation"),
                l.list("cancelled", "^[^,.;]{0,80}?", ""),
                l.list("postponed", "^[^,.;]{0,80}?", ""),
                l.words("blocker"),
                l.words("month-homograph"),
                l.words("conditional"),
                l.words("generic"),
                l.list("past-perfect", NOT_LETTER_BEFORE, NOT_LETTER_AFTER),
                l.words("planned"),
                l.words("planned-after"),
                l.list("headline-infinitive", NOT_LETTER_BEFORE, "\\s+$"),
                l.list("future-prefix", "", ""),
                l.words("speech"),
                l.words("complementizer"),
                l.list("reported-subject", "\\s*", NOT_LETTER_AFTER),
                l.words("agent"),
                l.words("pronoun-subject"),
                l.words("dignitary"),
                l.words("dignitary-plural"),
                l.list("visitor-marker", "", ""),
                l.words("inviting"),
                l.list("speaker-verb", "^\\s+", ""),
                l.words("guest-stop"),
                l.list("bare-modal", "", ""),
                l.list("also", NOT_LETTER_BEFORE, NOT_LETTER_AFTER),
                l.list("hostile-object", "^\\s+(?:\\p{L}+\\s+){0,2}", NOT_LETTER_AFTER),
                l.list("diplomat", "", ""),
                l.list("mission", "", ""),
                l.words("function-words"),
                l.list("foreign-party", NOT_LETTER_BEFORE, ""));
        l.allRead(vocabulary);
        return language;
    }

    /** The rules of {@code rules.tsv}: a rule's rows are alternatives of its trigger and must agree on the rest. */
    private static List<Rule> rules(EventVocabulary vocabulary) {
        List<Rule> rules = new ArrayList<>();
        for (List<Vocabulary.Row> rows : EventVocabulary.groups(vocabulary.table("rules"), "rule")) {
            Vocabulary.Row first = rows.get(0);
            for (Vocabulary.Row row : rows) {
                for (String column : List.of("type", "noun", "anaphoric", "two-parties", "cameo")) {
                    if (!row.get(column).equals(first.get(column))) {
                        throw new IllegalStateException(row.resource() + " line " + row.line() + ": rule "
                                + first.get("rule") + " has another " + column + " on line " + first.line());
                    }
                }
            }
            String noun = first.optional("noun");
            String cameo = first.optional("cameo");
            if (cameo != null && PloverModes.type(cameo) == null) {
                throw new IllegalStateException(first.resource() + " line " + first.line() + ": rule " + first.get("rule")
                        + " gives CAMEO code " + cameo + ", which the CAMEO-to-PLOVER table does not list");
            }
            rules.add(new Rule(first.get("type"), words(vocabulary.alternatives(rows, "trigger")),
                    noun == null ? null : words(vocabulary.expand(first, noun)), first.flag("anaphoric"),
                    first.flag("two-parties"), cameo));
        }
        return List.copyOf(rules);
    }

    private static Pattern words(String alternatives) {
        // the text is lower case already (TextNormalizer): matching without case folding is several times faster
        return Pattern.compile(B + "(?:" + alternatives + ")" + E);
    }

    /** A language's named lists, each made into a {@link WordList} once; a name the code does not read is an error. */
    private static final class Lists {

        private final Map<String, String> lists;
        private final Set<String> read = new HashSet<>();

        Lists(Map<String, String> lists) {
            this.lists = lists;
        }

        /** Matched as whole words. */
        WordList words(String name) {
            return list(name, B, E);
        }

        WordList list(String name, String before, String after) {
            read.add(name);
            return WordList.of(lists.get(name), before, after);
        }

        void allRead(EventVocabulary vocabulary) {
            Set<String> unknown = new HashSet<>(lists.keySet());
            unknown.removeAll(read);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("event/" + vocabulary.lang() + "/lists.tsv names lists no pass reads: "
                        + unknown);
            }
        }
    }

    private Lexicon() {
    }
}
