package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

import com.github.benmanes.caffeine.cache.Cache;
import com.ibm.icu.text.Transliterator;

/**
 * How a name outside the gazetteer is written in the output: Russian words in the nominative, then in Latin letters,
 * each as the English spelling most Wikidata names give that word ({@code /gazetteer/spellings/}: Сноуден is
 * Snowden, Младич Mladić, Ицхак Yitzhak), else letter for letter (BGN for Russian). So a person named in Russian is
 * named as English news names them, and an article in either language gives them one local id. Thread-safe (the ICU
 * transliterator is used under a lock; the tables are read once).
 */
final class NameSpelling {

    private static final Transliterator ROMANISE = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final List<String> CASE_ENDINGS = List.of("ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е");

    private static final Cache<String, Optional<Spelling>> CHOSEN = NameKeys.bounded();

    private NameSpelling() {
    }

    /**
     * A Russian name word without its case ending (Младича, Рустаму), as far as the stemmer and the ending agree;
     * a genitive in ы is of a name in а (Манделы, Мандела), as no other singular ends so.
     */
    static String nominative(Token t) {
        String lower = t.surface().toLowerCase(Locale.ROOT);
        String rest = lower.startsWith(t.key()) ? lower.substring(t.key().length()) : "";
        if (rest.equals("ы")) {
            return t.surface().substring(0, t.key().length()) + "а";
        }
        return CASE_ENDINGS.contains(rest) ? t.surface().substring(0, t.key().length()) : t.surface();
    }

    /**
     * The English spelling the tables give a Russian or Arabic name word, capitalised, or null: the commonest one whose
     * consonants are the word's (Валерий: Valery, though more names of the data spell it Valerius), else one a
     * consonant apart that two names or more give (Молхо, Molcho; one name alone may be a misalignment of the data);
     * never one that spells other sounds (a misaligned "Pharaoh's" for Дочь).
     */
    static Spelling english(Token t, NameKeys keys) {
        // asked of most Arabic words and of capitalised Russian ones: the answer is kept for each word as written
        return CHOSEN.get(t.surface(), k -> Optional.ofNullable(choose(t, keys))).orElse(null);
    }

    private static Spelling choose(Token t, NameKeys keys) {
        String w = t.script() == Script.CYRILLIC ? nominative(t) : t.surface();
        List<Spelling> spellings = Tables.WORDS.get(normal(w));
        if (spellings.isEmpty() && !w.equals(t.surface())) {
            w = t.surface();
            spellings = Tables.WORDS.get(normal(w));
        }
        if (t.script() == Script.CYRILLIC && spellings.stream().mapToInt(Spelling::names).sum() < 2) {
            // a man's given name of the soft declension (Юрия, Андрею, Игорем) in the nominative, if a name word:
            // also where one name alone spells the word as written (юрия, "Yuriya"), but not where more do (Евгения
            // is a woman's name as much as Евгений's genitive)
            String lower = t.surface().toLowerCase(Locale.ROOT);
            for (Ending e : Endings.GIVEN) {
                if (lower.endsWith(e.oblique()) && lower.length() > e.oblique().length() + 1) {
                    String guess = lower.substring(0, lower.length() - e.oblique().length()) + e.nominative();
                    List<Spelling> guessed = Tables.WORDS.get(normal(guess));
                    if (!guessed.isEmpty()) {
                        w = guess;
                        spellings = guessed;
                        break;
                    }
                }
            }
        }
        List<String> own = keys.skeletons(w);
        String letters = keys.romanised(w).replace("'", "");
        Spelling best = null;
        Spelling close = null;
        for (Spelling spelling : spellings) {
            List<String> theirs = keys.skeletons(spelling.english());
            if (theirs.stream().anyMatch(own::contains)) {
                // of spellings as common, the one nearest the word letter for letter (Afanasyev, not Afanasiev)
                if (best == null || spelling.names() == best.names() && LevenshteinDistance.getDefaultInstance()
                        .apply(letters, spelling.english()) < LevenshteinDistance.getDefaultInstance().apply(letters, best.english())) {
                    best = spelling;
                }
            } else if (close == null && spelling.names() >= 2
                    && theirs.stream().anyMatch(x -> own.stream().anyMatch(o -> NameKeys.oneEditApart(o, x)))) {
                close = spelling;
            }
        }
        Spelling chosen = best != null ? best : close;
        return chosen == null ? null : new Spelling(capitalised(chosen.english()), chosen.names());
    }

    private static String capitalised(String word) {
        StringBuilder b = new StringBuilder(word);
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == '-') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }

    /** The form the tables are keyed on: lower case, ё as е, Arabic normalised (alef forms, taa marbuta, harakat). */
    private static String normal(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (Script.of(lower) != Script.ARABIC) {
            return lower;
        }
        char[] buf = lower.toCharArray();
        return new String(buf, 0, new ArabicNormalizer().normalize(buf, buf.length));
    }

    /**
     * The words {@code from} to {@code to} (exclusive) as a name in Latin letters, given name first, a Russian
     * father's name left out: "Небензю Василия Алексеевича" (surname first, as official Russian writes it) is named
     * Vasily, then the surname.
     */
    static String romanised(List<Token> tokens, int from, int to, NameKeys keys) {
        List<Integer> order = new ArrayList<>();
        if (surnameFirst(tokens, from, to)) {
            order.add(from + 1);
            order.add(from);
        } else {
            for (int k = from; k < to; k++) {
                if (k == from || k == to - 1 || !patronymic(tokens.get(k))) {
                    order.add(k);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k : order) {
            Token t = tokens.get(k);
            String w = t.script() == Script.CYRILLIC ? nominative(t) : t.surface().replaceAll("['’]s$", "");
            if (k == from && surnameFirst(tokens, from, to)) {
                w = accusativeSurname(t, tokens.get(to - 1)).orElse(w);
            }
            String particle = t.script() == Script.LATIN ? null : Particles.ENGLISH.get(normal(t.surface()));
            Spelling english = t.script() == Script.LATIN || particle != null ? null : english(t, keys);
            if (particle != null) {
                w = particle;
            } else if (english != null) {
                w = english.english();
            } else if (t.script() != Script.LATIN) {
                synchronized (ROMANISE) {
                    w = ROMANISE.transliterate(w);
                }
                w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(b.length() == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    /**
     * The nominative of a surname in -у or -ю before a man's given and father's names in the accusative ("Небензю
     * Василия Алексеевича"): a surname declined as a man's name would end in -а or -я there (Путина), so this one
     * declines as a noun in -а or -я (Небензя), whose accusative ends so; empty otherwise.
     */
    private static Optional<String> accusativeSurname(Token surname, Token patronymic) {
        String lower = surname.surface().toLowerCase(Locale.ROOT);
        if (!patronymic.surface().endsWith("а") || !(lower.endsWith("у") || lower.endsWith("ю"))) {
            return Optional.empty();
        }
        return Endings.A_STEM.stream().filter(e -> e.oblique().length() == 1 && lower.endsWith(e.oblique()))
                .findFirst().map(e -> surname.surface().substring(0, surname.surface().length() - 1) + e.nominative());
    }

    /** Where the surname stands among the words {@code from} to {@code to} (exclusive): last, but see {@link #romanised}. */
    static int surnameAt(List<Token> tokens, int from, int to) {
        return surnameFirst(tokens, from, to) ? from : to - 1;
    }

    /** Surname, given name, father's name: official Russian's order. */
    private static boolean surnameFirst(List<Token> tokens, int from, int to) {
        return to - from == 3 && patronymic(tokens.get(to - 1)) && !patronymic(tokens.get(from + 1));
    }

    /**
     * The nominatives a Russian name word may have: the word without its case ending ({@link #nominative}) and, for
     * a name of the first declension (Обаму, Берией), the word with the nominative's -а or -я.
     */
    static List<String> nominatives(Token t) {
        List<String> out = new ArrayList<>(List.of(nominative(t)));
        String surface = t.surface();
        for (Ending e : Endings.A_STEM) {
            if (surface.endsWith(e.oblique()) && surface.length() > e.oblique().length() + 2) {
                out.add(surface.substring(0, surface.length() - e.oblique().length()) + e.nominative());
            }
        }
        return out;
    }

    /** Whether a Russian word is a patronymic (Алексеевича, Петровной), by the ending of its key, case ending off. */
    static boolean patronymic(Token t) {
        return t.script() == Script.CYRILLIC && Endings.PATRONYMIC.stream()
                .anyMatch(e -> t.key().endsWith(e) && t.key().length() > e.length() + 1);
    }

    /** An ending of a given name in an oblique case and the nominative's ({@code vocab/entity/ru/given-name-endings.tsv}). */
    record Ending(String oblique, String nominative) {
    }

    /** The Russian endings lists, read on first use. */
    private static final class Endings {

        static final List<Ending> GIVEN = Lexicon.rows("given-name-endings", r -> new Ending(r.get("oblique"), r.get("nominative")));
        static final List<String> PATRONYMIC = Lexicon.words("patronymic-endings");
        static final List<Ending> A_STEM = Lexicon.rows("a-stem-endings", r -> new Ending(r.get("oblique"), r.get("nominative")));
    }

    /** An English spelling of a word and how many names of the data spell it so. */
    record Spelling(String english, int names) {
    }

    /**
     * Reads the spelling tables now, on a thread of their own, so that the first Russian or Arabic article does not
     * wait half a second for them (a lookup meanwhile waits for the read to finish, as class initialisation does).
     */
    static void readInBackground() {
        Thread reader = new Thread(() -> Tables.WORDS.hashCode(), "spelling-tables");
        reader.setDaemon(true);
        reader.start();
    }

    /** How English-language news spells the particles of Arabic names (بن as bin), read on first use. */
    private static final class Particles {

        static final Map<String, String> ENGLISH = Lexicon.rows("particles",
                        r -> r.columns().contains("english") && !r.get("english").isEmpty()
                                ? Map.entry(normal(r.get("word")), r.get("english")) : null)
                .stream().filter(e -> e != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** The spelling tables, read on first use. */
    private static final class Tables {

        static final SpellingTable WORDS = SpellingTable.read(List.of("ru", "ar"), NameSpelling::normal);
    }
}
