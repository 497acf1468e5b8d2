package io.newsroom.enrich.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Words around a name that say who it is: titles ("President", "президент", "الرئيس") and, for Arabic, which has
 * no capitals to mark a name, verbs of saying ("قال"); words inside names (particles, regnal ordinals) and words
 * that are never names (months, weekdays). Plus the stop words of each language, which never start a name. The
 * lists are data, {@code vocab/entity/<lang>/<list>.tsv}, read once when this is built; stop words are Lucene's.
 * Matched on {@link NameKeys#key}s, so inflected and cliticised forms count. Immutable after construction;
 * thread-safe.
 */
final class Cues {

    /** How far (in words) a title may stand from the name it announces. */
    private static final int WINDOW = 4;

    /** Any title: the role it suggests, or "title" for a title of no particular office. */
    private final Map<String, String> titles = new HashMap<>();
    /** Titles after which one name word is a name: sovereigns' and princes' ({@code sovereign-titles.tsv}). */
    private final Set<String> sovereignTitles = new HashSet<>();
    private final Set<String> sayings = new HashSet<>();
    private final Set<String> calendar = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    /** Arabic ordinals that follow a monarch's name as Roman numerals do elsewhere (عبدالله الثاني). */
    private final Map<String, String> ordinals = new HashMap<>();
    /** Words after which a capitalised word is where, not who (в Таллине), in lower case. */
    private final Set<String> placePrepositions = new HashSet<>();
    /** Prefixes after which a hyphen still leaves the name its own word (Anti-Putin), as keys. */
    private final Set<String> prefixes = new HashSet<>();
    /** Nouns that make a name a thing's, never a person's, as keys ({@code vocab/entity/<lang>/name-heads.tsv}). */
    private final Set<String> nameHeads = new HashSet<>();
    /** Russian adjective endings ({@code vocab/entity/ru/adjective-endings.tsv}). */
    private final List<AdjectiveEnding> adjectiveEndings = new ArrayList<>();
    /** What follows a possessor's name ("'s"), as written. */
    private final List<String> possessives = new ArrayList<>();
    /**
     * Lucene's stop words of the three languages in one set: asked for most tokens, so one lookup, no stream. English
     * adds the Snowball project's list (pronouns, "so", "very"), which Lucene ships for its Snowball analyzers:
     * Lucene's own English list has no pronoun, so "So I" read as a given name and a surname.
     */
    private final Set<String> stops = stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, snowball("english_stop.txt"),
            RussianAnalyzer.getDefaultStopSet(), ArabicAnalyzer.getDefaultStopSet());

    /** A title word and the office it suggests ({@code vocab/entity/<lang>/titles.tsv}). */
    record Title(String word, String role) {
    }

    /** A Russian adjective ending, and whether given names end so too (Дмитрий). */
    record AdjectiveEnding(String ending, boolean givenNames) {
    }

    /** An Arabic ordinal and the Roman numeral it stands for ({@code vocab/entity/ar/ordinals.tsv}). */
    record Ordinal(String word, String numeral) {
    }

    Cues(NameKeys keys) {
        for (Title t : Lexicon.rows("titles", r -> new Title(r.get("word"), r.get("role")))) {
            titles.putIfAbsent(keys.key(t.word()), t.role());
        }
        Lexicon.words("sovereign-titles").forEach(w -> sovereignTitles.add(keys.key(w)));
        Lexicon.words("calendar").forEach(w -> calendar.add(keys.key(w)));
        for (Ordinal o : Lexicon.rows("ordinals", r -> new Ordinal(r.get("word"), r.get("numeral")))) {
            ordinals.put(keys.key(o.word()), o.numeral());
        }
        Lexicon.words("particles").forEach(w -> particles.add(keys.key(w)));
        Lexicon.words("sayings").forEach(w -> sayings.add(keys.key(w)));
        placePrepositions.addAll(Lexicon.words("place-prepositions"));
        Lexicon.words("compound-prefixes").forEach(w -> prefixes.add(keys.key(w)));
        possessives.addAll(Lexicon.words("possessive-endings"));
        adjectiveEndings.addAll(Lexicon.rows("adjective-endings",
                r -> new AdjectiveEnding(r.get("ending"), r.flag("given_names"))));
        Lexicon.words("name-heads").forEach(w -> nameHeads.add(keys.key(w)));
    }

    /** Lower-case words inside names: al-Maliki, bin Laden, van Rompuy, аль-Малики. */
    boolean particle(String key) {
        return particles.contains(key);
    }

    /** Titles, months and weekdays: capitalised, but never part of a person's name (a capitalised Russian month is). */
    boolean notAName(Token t) {
        // Russian writes months and weekdays in lower case: a capitalised Марта inside a sentence is Mart or Marta
        return titles.containsKey(t.key()) || calendar.contains(t.key())
                && !(t.script() == Script.CYRILLIC && t.capital() && !t.sentenceStart());
    }

    /** The role a title word suggests, "title" for a title of no particular office, or null. */
    String title(String key) {
        return titles.get(key);
    }

    /** Whether one name word alone after this title is a name: "الملكة صوفيا" (royals go by the given name). */
    boolean sovereign(String key) {
        return sovereignTitles.contains(key);
    }

    /** The role suggested by a title up to {@link #WINDOW} words before word i in its sentence, or null. */
    String before(List<Token> tokens, int i) {
        Token at = tokens.get(i);
        for (int k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
            Token t = tokens.get(k);
            if (t.paragraph() != at.paragraph() || !t.field().equals(at.field())) {
                return null;
            }
            String role = title(t.key());
            if (role != null) {
                return role;
            }
            if (tokens.get(k + 1).sentenceStart()) {
                return null;
            }
        }
        return null;
    }

    /** Whether a title follows word i within {@link #WINDOW} words, in its sentence: "Ali Rahman, the leader of ...". */
    boolean after(List<Token> tokens, int i) {
        Token at = tokens.get(i);
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + WINDOW); k++) {
            Token t = tokens.get(k);
            if (t.paragraph() != at.paragraph() || !t.field().equals(at.field()) || t.sentenceStart()) {
                return false;
            }
            if (title(t.key()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The regnal number a word writes (II, الثاني), or null. */
    String numeral(Token t) {
        if (t.script() == Script.ARABIC) {
            return ordinals.get(t.key());
        }
        char c = t.surface().charAt(0);
        return (c == 'I' || c == 'V' || c == 'X') && Gazetteer.ROMAN.matcher(t.surface()).matches() ? t.surface() : null;
    }

    /**
     * Whether words from to to (exclusive) name a thing, not a person, by the noun that says what kind of thing:
     * the last word in Latin letters (Roma Tre University, Davis Cup), the first in Cyrillic (Кубок Дэвиса).
     */
    boolean namesAThing(TagContext a, int from, int to) {
        Token head = a.token(a.token(from).script() == Script.CYRILLIC ? from : to - 1);
        return to - from >= 2 && nameHeads.contains(head.key());
    }

    /** Whether a Cyrillic word ends as a Russian adjective does (Техасского, Беттиной). */
    boolean adjectiveShaped(Token t) {
        return adjectiveEnding(t) != null;
    }

    /**
     * Whether a Cyrillic word's ending, with at least three letters before it, is an adjective's that no given name
     * has (Северной, Великой, not Дмитрий): a word so shaped is no given name by its consonants alone.
     */
    boolean adjectiveNotGivenName(Token t) {
        AdjectiveEnding e = adjectiveEnding(t);
        return e != null && !e.givenNames() && t.surface().length() - e.ending().length() >= 3;
    }

    private AdjectiveEnding adjectiveEnding(Token t) {
        if (t.script() != Script.CYRILLIC) {
            return null;
        }
        String lower = t.surface().toLowerCase(Locale.ROOT);
        AdjectiveEnding longest = null;
        for (AdjectiveEnding e : adjectiveEndings) {
            if (lower.endsWith(e.ending()) && (longest == null || e.ending().length() > longest.ending().length())) {
                longest = e;
            }
        }
        return longest;
    }

    boolean saying(String key) {
        return sayings.contains(key);
    }

    /**
     * Whether words from to to (exclusive) would be cut out of a longer hyphenated word, which a person's name is not:
     * the end of a compound name ("Клод" of "Жан-Клод", "Jackson" of "Hartsfield-Jackson"), the start of one, or the
     * stem of a Russian compound adjective ("Научно" of "Научно-исследовательского"), whose second half is written in
     * lower case. A particle or a prefix is no such word: "al-Maliki" is Maliki's name, "Anti-Putin" names Putin; and an
     * English name before a participle still is one ("Putin-led").
     */
    boolean cutFromCompound(TagContext a, int from, int to) {
        if (from > 0 && a.hyphenated(from)) {
            Token before = a.token(from - 1);
            if (before.capital() && !particle(before.key()) && !prefixes.contains(before.key())) {
                return true;
            }
        }
        if (to < a.size() && a.hyphenated(to)) {
            Token after = a.token(to);
            return !particle(after.key()) && after.script() == a.token(to - 1).script()
                    && (after.capital() || after.script() == Script.CYRILLIC);
        }
        return false;
    }

    /** Whether the word says the next is a place: "в" (Таллине). */
    boolean placePreposition(Token t) {
        return placePrepositions.contains(t.surface().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether words from to to (exclusive) stand where a place does: just after a place preposition in their
     * paragraph ("in Austin"), and not a possessive ("in Peter Morville's honeycomb" is his).
     */
    boolean where(TagContext a, int from, int to) {
        if (from == 0 || !placePreposition(a.token(from - 1)) || !a.joinedBySpace(from)) {
            return false;
        }
        Token last = a.token(to - 1);
        String after = a.field(last.field()).substring(last.end());
        return possessives.stream().noneMatch(after::startsWith);
    }

    /**
     * A function word, never a name. In Arabic also with a conjunction or an article joined to it ("وانه" is
     * "انه"): clitics are written as part of the word, and Lucene's list holds only a few such forms.
     */
    boolean stop(Token t) {
        if (t.script() == Script.CYRILLIC && t.capital() && !t.sentenceStart()) {
            // Russian writes no function word with a capital inside a sentence: there "Том" is Tom and "Ли" Lee
            return false;
        }
        return stops.contains(t.surface().toLowerCase(Locale.ROOT)) || t.script() == Script.ARABIC && stops.contains(t.key());
    }

    private static CharArraySet snowball(String list) {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, list, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's " + list + " is missing from the class path", e);
        }
    }

    private static Set<String> stopWords(CharArraySet... sets) {
        Set<String> words = new HashSet<>();
        for (CharArraySet set : sets) {
            for (Object word : set) {
                words.add(new String((char[]) word));
            }
        }
        return Set.copyOf(words);
    }
}
