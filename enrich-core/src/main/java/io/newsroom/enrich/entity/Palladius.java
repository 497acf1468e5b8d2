package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Chinese names from Hanyu Pinyin into Russian by the Palladius system, as Russian news writes them: Xi Jinping is
 * Си Цзиньпин, Hu Jintao Ху Цзиньтао, Li Keqiang Ли Кэцян. Their consonants differ too much for skeletons to meet
 * (x is с, j and z are цз, q is ц), so the Russian form is made from the English one. A word that is not a run of
 * Pinyin syllables (Wade-Giles "Ching-te", any other language) gives nothing. The system's tables are data
 * ({@code vocab/entity/ru/palladius.tsv}), read once when the class loads; its rules beyond the tables are here.
 * Pure, so thread-safe.
 */
final class Palladius {

    /** One row of the tables ({@code vocab/entity/ru/palladius.tsv}): a part of a Pinyin syllable in Cyrillic. */
    record Spelling(String part, String pinyin, String russian) {
    }

    private static final Map<String, String> INITIALS = new HashMap<>();
    private static final Map<String, String> FINALS = new HashMap<>();
    /** Finals after j, q, x and y, where u is ü. */
    private static final Map<String, String> PALATAL_FINALS = new HashMap<>();
    /** Syllables that stand without an initial, y and w included. */
    private static final Map<String, String> ZERO_INITIAL = new HashMap<>();

    static {
        for (Spelling s : Vocabulary.table("entity/ru/palladius.tsv")
                .map(r -> new Spelling(r.get("part"), r.get("pinyin"), r.get("russian")))) {
            Map<String, String> table = switch (s.part()) {
                case "initial" -> INITIALS;
                case "final" -> FINALS;
                case "palatal-final" -> PALATAL_FINALS;
                case "syllable" -> ZERO_INITIAL;
                default -> throw new IllegalStateException("palladius.tsv: no part '" + s.part() + "'");
            };
            table.put(s.pinyin(), s.russian());
        }
    }

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
