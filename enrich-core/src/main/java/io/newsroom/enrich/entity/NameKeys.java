package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The two normal forms names are matched on, applied alike to the gazetteer's names and to the article's words.
 * <ul>
 * <li>{@link #key}: case and diacritics folded (Tokaïev, Tokaiev), Arabic normalised (alef forms, taa marbuta,
 * alef maqsura, tatweel, harakat) and its clitic prefixes dropped (و ال بال لل; a lone ب ل ك ف as
 * {@link #altKey}), Russian stemmed with Snowball (Путина,
 * Путин; Москве, Москва), English possessives dropped.</li>
 * <li>{@link #skeletons}: the word romanised (ICU: BGN for Russian, ICU's Arabic-Latin) and reduced to its
 * consonants in broad classes, so that spellings across scripts and conventions meet: Tokayev, Токаев and توكايف
 * are all {@code tkf}; Japarov, Жапаров {@code zbrf}; Ahmadinejad and احمدي نجاد, joined, {@code mdnzd}.</li>
 * </ul>
 * Thread-safe (ICU transliterators are used under a lock; results of the most used words are cached).
 */
final class NameKeys {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator FOLD = Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator ARABIC = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    /**
     * Longest first: each is replaced by one consonant class before single letters are classed. Before r and l, ch
     * is a k (Christopher, كريستوفر), and before s too (German Fuchs, Sachs: Фукс, Закс).
     */
    private static final String[][] DIGRAPHS = {{"shch", "s"}, {"sch", "s"}, {"chs", "ks"}, {"chr", "kr"}, {"chl", "kl"}, {"ngh", "n"}, {"sh", "s"}, {"ch", "s"},
            {"zh", "z"}, {"kh", "h"}, {"gh", "k"}, {"ph", "f"}, {"th", "t"}, {"dh", "d"}, {"ts", "s"}, {"tz", "s"},
            {"ck", "k"}, {"ng", "n"}, {"x", "ks"}};

    /**
     * How many words each cache keeps, the most used: a news stream brings new words without end (names, numbers,
     * misspellings), and an unbounded cache would fill a long-running service's heap; the open set's 318 pages have
     * 38,144 distinct words in their titles and texts. Full, the four caches (these three and the English spellings)
     * took about 29 MB at 50,000 words and 92 MB at 200,000 (BENCHMARKS, "Memory over a long run"), beside an
     * enrich heap of 384 MB whose live set reached about 206 MB under load.
     */
    static final int CACHED_WORDS = 50_000;

    private final Cache<String, String> keys = bounded();
    private final Cache<String, List<String>> skeletons = bounded();
    /** Second keys, "" for none: asked for every token. */
    private final Cache<String, String> altKeys = bounded();

    /** A cache of the most used words, maintained on the calling thread (no pool thread of its own). */
    static <V> Cache<String, V> bounded() {
        return Caffeine.newBuilder().maximumSize(CACHED_WORDS).executor(Runnable::run).build();
    }

    /** The match key of one word. */
    String key(String word) {
        // most words of most articles are plain ASCII, whose key is their lower case: made anew it costs less than
        // a lookup in a cache of tens of thousands of words, and leaves the cache to the words that need the folding
        return asciiLettersOrDigits(word) ? word.toLowerCase(Locale.ROOT) : keys.get(word, NameKeys::computeKey);
    }

    /** Nothing but ASCII letters and digits: what every normalisation of {@link #computeKey} leaves as it is, but case. */
    private static boolean asciiLettersOrDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * Whether an Arabic word carries the article, alone or after a clitic (البصرة, بالبصرة, للبصرة): the prefixes the
     * key drops (Lucene's Arabic stemmer: ال وال بال كال فال لل, or a lone و) are two letters or more.
     */
    static boolean articled(String word) {
        char[] buf = NFKC_CASEFOLD.normalize(word).toCharArray();
        int len = new ArabicNormalizer().normalize(buf, buf.length);
        return len - new ArabicStemmer().stemPrefix(buf, len) >= 2;
    }

    private static String computeKey(String word) {
        Script script = Script.of(word);
        String folded = NFKC_CASEFOLD.normalize(word);
        switch (script) {
            case ARABIC: {
                // prefixes only (و ال بال لل ...): suffix stripping makes names collide with words (الجولان, الجولة)
                char[] buf = folded.toCharArray();
                int len = new ArabicNormalizer().normalize(buf, buf.length);
                len = new ArabicStemmer().stemPrefix(buf, len);
                return new String(buf, 0, len);
            }
            case CYRILLIC: {
                // Snowball's Russian stemmer: adjectives and surnames alike (Китайской, Китайская; Путиным, Путин)
                RussianStemmer stemmer = new RussianStemmer();
                stemmer.setCurrent(folded.replace('ё', 'е'));
                stemmer.stem();
                // Snowball leaves some stems vowel-final in one case only (Корея коре, Корею кор): drop them
                return withoutFinalVowels(stemmer.getCurrent());
            }
            default: {
                String s;
                synchronized (FOLD) {
                    s = FOLD.transliterate(folded);
                }
                s = s.replace('’', '\'');
                return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
            }
        }
    }

    /**
     * A second key, or null when there is none. For an Arabic word that may carry a one-letter proclitic (بسوريا,
     * لبريطانيا, كرئيس), the key without it: both are tried, as the letter may also begin the name (بوتين). For a
     * Russian word, the word without a noun's case ending: Snowball reads some names as verbs or participles and
     * stems their forms apart (Балканы балк, Балканах балкан; Тегеран тегер, Тегеране тегеран).
     */
    String altKey(String word) {
        Script script = Script.of(word);
        if (script != Script.CYRILLIC && script != Script.ARABIC) {
            return null;
        }
        String alt = altKeys.get(word, w -> Objects.requireNonNullElse(computeAltKey(w, script), ""));
        return alt.isEmpty() ? null : alt;
    }

    private String computeAltKey(String word, Script script) {
        String k = key(word);
        if (script == Script.CYRILLIC) {
            String noun = nounKey(word);
            return noun.equals(k) ? null : noun;
        }
        return k.length() >= 4 && "بلكف".indexOf(k.charAt(0)) >= 0 ? k.substring(1) : null;
    }

    /** Longest first. */
    private static final String[] NOUN_ENDINGS = {"ами", "ями", "ого", "его", "ому", "ему", "ах", "ях", "ам", "ям", "ов",
            "ев", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "а", "я", "ы", "и",
            "у", "ю", "е", "о", "ь", "й"};

    private static String nounKey(String word) {
        String w = NFKC_CASEFOLD.normalize(word).replace('ё', 'е');
        for (String ending : NOUN_ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        return withoutFinalVowels(w);
    }

    /** Russian vowels, with the soft sign and й, which end a stem as vowels do. */
    static final String RUSSIAN_VOWELS = "аеиоуыэюяьй";

    private static String withoutFinalVowels(String stem) {
        int end = stem.length();
        while (end > 2 && RUSSIAN_VOWELS.indexOf(stem.charAt(end - 1)) >= 0) {
            end--;
        }
        return stem.substring(0, end);
    }

    /**
     * The consonant skeletons of one word: one for most words, two for Arabic words with و (a vowel or a w/v),
     * and for Russian the inflected and the stemmed form.
     */
    List<String> skeletons(String word) {
        return skeletons.get(word, NameKeys::computeSkeletons);
    }

    /**
     * Every way of writing the words' skeletons one after another, "|" between words (Sadir Japarov: sdr|zbrf); none
     * when a word has no skeleton.
     */
    List<String> alignedSkeletons(List<String> words) {
        List<String> aligned = List.of("");
        for (String w : words) {
            List<String> next = new ArrayList<>();
            for (String sk : skeletons(w)) {
                aligned.forEach(p -> next.add(p.isEmpty() ? sk : p + "|" + sk));
            }
            aligned = next;
        }
        return aligned;
    }

    /** Any script in lower-case ASCII (Nguyễn Mạnh Cầm: nguyen manh cam). */
    String folded(String s) {
        synchronized (LATIN) {
            return LATIN.transliterate(s);
        }
    }

    /** The main skeleton of a word; empty for a word of vowels only. */
    String skeleton(String word) {
        List<String> all = skeletons(word);
        return all.isEmpty() ? "" : all.get(0);
    }

    /**
     * The skeleton of a Russian word with г read as h, as Russian writes a foreign h (Тегеран, Tehran; Гаага, Hague).
     * A fallback only: most г are g.
     */
    String hSkeleton(String word) {
        synchronized (RUSSIAN) {
            return skeleton(RUSSIAN.transliterate(word).replace('g', 'h'), false);
        }
    }

    /** The word romanised letter for letter (BGN for Russian), lower case. */
    String romanised(String word) {
        synchronized (RUSSIAN) {
            return RUSSIAN.transliterate(word);
        }
    }

    /** The first letter of the word romanised (BGN for Russian), lower case; 0 when none. */
    char romanInitial(String word) {
        String latin;
        synchronized (RUSSIAN) {
            latin = RUSSIAN.transliterate(word);
        }
        return latin.isEmpty() ? 0 : latin.charAt(0);
    }

    /**
     * Two spellings of one name in one script, in lower-case ASCII: at most two letters apart, and at most a letter in
     * three (Rahman, Rahmon; Religi, Religa; Sontas, Santos). Consonant skeletons alone meet across scripts, where letters cannot, but
     * within one they also meet words that are no variant at all (Apex, Baucus; Wines, Evans).
     */
    static boolean spelledAlike(String a, String b) {
        int d = LevenshteinDistance.getDefaultInstance().apply(a, b);
        return d <= 2 && 3 * d <= Math.max(a.length(), b.length());
    }

    /** Equal but for one inserted, deleted or replaced letter: skeletons of one name spelt a letter apart. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    private static List<String> computeSkeletons(String word) {
        Script script = Script.of(word);
        List<String> out = new ArrayList<>(2);
        switch (script) {
            case ARABIC: {
                // normalised first (taa marbuta is a final vowel, not a t: بوتفليقة, Bouteflika) and without the
                // article (الحريري, Hariri), then as written
                char[] buf = NFKC_CASEFOLD.normalize(word).toCharArray();
                String normal = new String(buf, 0, new ArabicNormalizer().normalize(buf, buf.length));
                if (normal.startsWith("ال") && normal.length() >= 5) {
                    normal = normal.substring(2);
                }
                String latin;
                String written;
                synchronized (ARABIC) {
                    latin = ARABIC.transliterate(normal);
                    written = ARABIC.transliterate(word);
                }
                add(out, skeleton(latin, true));
                add(out, skeleton(latin, false));
                add(out, skeleton(written, true));
                add(out, skeleton(written, false));
                return out;
            }
            case CYRILLIC: {
                String stem = computeKey(word);
                synchronized (RUSSIAN) {
                    String latin = RUSSIAN.transliterate(word);
                    add(out, skeleton(latin, false));
                    add(out, skeleton(RUSSIAN.transliterate(stem), false));
                    // дж writes English j (Джон, John; Джексон, Jackson), as well as a French dj (Джибути)
                    if (latin.contains("dzh")) {
                        add(out, skeleton(latin.replace("dzh", "j"), false));
                    }
                }
                return out;
            }
            default: {
                String latin;
                synchronized (LATIN) {
                    // č, ć, š, ž sound as Cyrillic ч, ш, ж and Arabic تش, ش, ج write them
                    latin = LATIN.transliterate(word.replace("č", "ch").replace("ć", "ch").replace("Č", "Ch")
                            .replace("Ć", "Ch").replace("š", "sh").replace("Š", "Sh").replace("ž", "zh")
                            .replace("Ž", "Zh").replace("ş", "sh").replace("Ş", "Sh").replace("ç", "ch"));
                }
                add(out, skeleton(latin, false));
                return out;
            }
        }
    }

    private static void add(List<String> out, String s) {
        if (!s.isEmpty() && !out.contains(s)) {
            out.add(s);
        }
    }

    /**
     * Lower-case ASCII to consonant classes: vowels, y and h dropped, p=b, v=f, c/g/q=k, j=z, w=f (dropped after
     * a vowel, and for Arabic's و), repeats collapsed.
     */
    static String skeleton(String latin, boolean dropW) {
        String s = latin.toLowerCase(Locale.ROOT);
        for (String[] d : DIGRAPHS) {
            s = s.replace(d[0], d[1]);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean afterVowel = i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0;
            char k = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'h' -> 0;
                // after a vowel w is a vowel too (Allawi, Аллауи; Snowden, Сноуден)
                case 'w' -> dropW || afterVowel ? 0 : 'f';
                case 'p' -> 'b';
                case 'v' -> 'f';
                case 'c', 'g', 'q' -> 'k';
                case 'j' -> 'z';
                default -> c >= 'a' && c <= 'z' ? c : 0;
            };
            if (k != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
                b.append(k);
            }
        }
        return b.toString();
    }
}
