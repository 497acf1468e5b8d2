package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chinese names from Hanyu Pinyin into Russian by the Palladius system, as Russian news writes them: Xi Jinping is
 * Си Цзиньпин, Hu Jintao Ху Цзиньтао, Li Keqiang Ли Кэцян. Their consonants differ too much for skeletons to meet
 * (x is с, j and z are цз, q is ц), so the Russian form is made from the English one. A word that is not a run of
 * Pinyin syllables (Wade-Giles "Ching-te", any other language) gives nothing. Pure.
 */
final class Palladius {

    private static final Map<String, String> INITIALS = new HashMap<>();
    private static final Map<String, String> FINALS = new HashMap<>();
    /** Finals after j, q, x and y, where u is ü. */
    private static final Map<String, String> PALATAL_FINALS = new HashMap<>();

    static {
        String[][] initials = {{"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"},
                {"d", "д"}, {"t", "т"}, {"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"}, {"j", "цз"},
                {"q", "ц"}, {"x", "с"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"}};
        for (String[] i : initials) {
            INITIALS.put(i[0], i[1]);
        }
        String[][] finals = {{"a", "а"}, {"o", "о"}, {"e", "э"}, {"ai", "ай"}, {"ei", "эй"}, {"ao", "ао"}, {"ou", "оу"},
                {"an", "ань"}, {"en", "энь"}, {"ang", "ан"}, {"eng", "эн"}, {"ong", "ун"}, {"er", "эр"}, {"i", "и"},
                {"ia", "я"}, {"ie", "е"}, {"iao", "яо"}, {"iu", "ю"}, {"ian", "янь"}, {"in", "инь"}, {"iang", "ян"},
                {"ing", "ин"}, {"iong", "юн"}, {"u", "у"}, {"ua", "уа"}, {"uo", "о"}, {"uai", "уай"}, {"ui", "уй"},
                {"uan", "уань"}, {"un", "унь"}, {"uang", "уан"}, {"ue", "юэ"}, {"ve", "юэ"}, {"v", "юй"}};
        for (String[] f : finals) {
            FINALS.put(f[0], f[1]);
        }
        String[][] palatal = {{"i", "и"}, {"ia", "я"}, {"ie", "е"}, {"iao", "яо"}, {"iu", "ю"}, {"ian", "янь"},
                {"in", "инь"}, {"iang", "ян"}, {"ing", "ин"}, {"iong", "юн"}, {"u", "юй"}, {"ue", "юэ"}, {"uan", "юань"},
                {"un", "юнь"}};
        for (String[] f : palatal) {
            PALATAL_FINALS.put(f[0], f[1]);
        }
    }

    /** Syllables that stand without an initial, y and w included. */
    private static final Map<String, String> ZERO_INITIAL = Map.ofEntries(Map.entry("a", "а"), Map.entry("ai", "ай"),
            Map.entry("an", "ань"), Map.entry("ang", "ан"), Map.entry("ao", "ао"), Map.entry("e", "э"),
            Map.entry("ei", "эй"), Map.entry("en", "энь"), Map.entry("eng", "эн"), Map.entry("er", "эр"),
            Map.entry("o", "о"), Map.entry("ou", "оу"), Map.entry("ya", "я"), Map.entry("yao", "яо"),
            Map.entry("ye", "е"), Map.entry("you", "ю"), Map.entry("yan", "янь"), Map.entry("yang", "ян"),
            Map.entry("yi", "и"), Map.entry("yin", "инь"), Map.entry("ying", "ин"), Map.entry("yong", "юн"),
            Map.entry("yu", "юй"), Map.entry("yue", "юэ"), Map.entry("yuan", "юань"), Map.entry("yun", "юнь"),
            Map.entry("wa", "ва"), Map.entry("wo", "во"), Map.entry("wai", "вай"), Map.entry("wei", "вэй"),
            Map.entry("wan", "вань"), Map.entry("wen", "вэнь"), Map.entry("wang", "ван"), Map.entry("weng", "вэн"),
            Map.entry("wu", "у"));

    private Palladius() {
    }

    /** "Xi Jinping" to "Си Цзиньпин"; empty when a word is not Pinyin. */
    static Optional<String> russian(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s]+")) {
            Optional<String> w = word(word);
            if (w.isEmpty()) {
                return Optional.empty();
            }
            String ru = w.get();
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(ru.charAt(0))).append(ru.substring(1));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /** One word in Russian, or empty when it is not Pinyin. */
    private static Optional<String> word(String w) {
        return syllables(w).map(list -> {
            StringBuilder b = new StringBuilder();
            for (String pinyin : list) {
                String ru = syllable(pinyin);
                // a hard sign keeps -ng apart from an iotated vowel after it: Liangyu, Лянъюй
                boolean apart = b.length() > 0 && b.charAt(b.length() - 1) == 'н' && "яеёю".indexOf(ru.charAt(0)) >= 0;
                b.append(apart ? "ъ" : "").append(ru);
            }
            return b.toString();
        });
    }

    /**
     * The Pinyin syllables of one word, read longest first with backtracking (Jintao: jin, tao; Xian: xian), or
     * empty when it is not Pinyin. Arabic writes a Chinese name syllable by syllable (شي جين بينغ).
     */
    static Optional<List<String>> syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "");
        if (w.isEmpty()) {
            return Optional.of(List.of());
        }
        for (int len = Math.min(6, w.length()); len >= 1; len--) {
            if (syllable(w.substring(0, len)) != null) {
                Optional<List<String>> rest = syllables(w.substring(len));
                if (rest.isPresent()) {
                    List<String> out = new ArrayList<>();
                    out.add(w.substring(0, len));
                    out.addAll(rest.get());
                    return Optional.of(out);
                }
            }
        }
        return Optional.empty();
    }

    private static String syllable(String s) {
        String zero = ZERO_INITIAL.get(s);
        if (zero != null) {
            return zero;
        }
        for (int n = 2; n >= 1; n--) {
            if (s.length() <= n || !INITIALS.containsKey(s.substring(0, n))) {
                continue;
            }
            String initial = s.substring(0, n);
            String fin = s.substring(n);
            boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
            String ru = palatal ? PALATAL_FINALS.get(fin) : FINALS.get(fin);
            if (ru == null) {
                return null;
            }
            if (initial.equals("h") && fin.equals("ui")) {
                ru = "уэй";
            }
            if (fin.equals("i") && "zh ch sh r z c s".contains(initial)) {
                // the buzzing i: zi цзы, ci цы, si сы; zhi чжи, chi чи, shi ши, ri жи
                ru = initial.length() == 1 && !initial.equals("r") ? "ы" : "и";
            }
            return INITIALS.get(initial) + ru;
        }
        return null;
    }
}
