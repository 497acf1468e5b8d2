package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Korean names as their syllables' consonant classes, from Latin letters (Kim Jong-un, Moon Jae-in, Park Geun-hye) or
 * from the Cyrillic of the Kontsevich system (Ким Чен Ын, Мун Чжэ Ин, Пак Кын Хе), so that the two meet where neither
 * skeletons (Чен is ch-n, Jong j-ng) nor letters do. Each word, or each part of a hyphenated word, must be one
 * syllable: an initial, vowels, a final ({@code vocab/entity/mul/korean-syllables.tsv}); anything else gives no key.
 * Pure, so thread-safe.
 */
final class KoreanNames {

    /** Vowels and the glides that go with them in Latin letters (Yoon, Hwang). */
    private static final String LATIN_VOWELS = "aeiouwy";
    /** By script ("latin", "cyrillic"), each spelling of an initial consonant and its class. */
    private static final Map<String, Map<String, String>> INITIALS = new HashMap<>();
    private static final Map<String, Map<String, String>> FINALS = new HashMap<>();

    static {
        for (Vocabulary.Row r : Vocabulary.table("entity/mul/korean-syllables.tsv").rows()) {
            Map<String, Map<String, String>> table = switch (r.get("part")) {
                case "initial" -> INITIALS;
                case "final" -> FINALS;
                default -> throw new IllegalStateException("korean-syllables.tsv: no part '" + r.get("part") + "'");
            };
            table.computeIfAbsent(r.get("script"), k -> new HashMap<>()).put(r.get("spelling"), r.get("class"));
        }
    }

    private KoreanNames() {
    }

    /** "Kim Jong-un" and "Ким Чен Ын" alike to "K.M C.N .N"; empty when a word is not Korean syllables. */
    static Optional<String> key(List<String> words) {
        List<String> syllables = new ArrayList<>();
        for (String word : words) {
            for (String part : word.toLowerCase(Locale.ROOT).replace('ё', 'е').split("-")) {
                Optional<String> s = syllable(part);
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                syllables.add(s.get());
            }
        }
        return syllables.size() < 2 ? Optional.empty() : Optional.of(String.join(" ", syllables));
    }

    /** One syllable's classes, initial and final ("K.M"), or empty. */
    private static Optional<String> syllable(String s) {
        Script script = Script.of(s);
        String name = script == Script.CYRILLIC ? "cyrillic" : script == Script.LATIN ? "latin" : null;
        if (name == null || s.isEmpty()) {
            return Optional.empty();
        }
        String vowels = script == Script.CYRILLIC ? NameKeys.RUSSIAN_VOWELS : LATIN_VOWELS;
        for (int n = Math.min(3, s.length() - 1); n >= 0; n--) {
            String initial = INITIALS.get(name).get(s.substring(0, n));
            if (initial == null) {
                continue;
            }
            int end = n;
            // Kontsevich writes the w glide as в before a vowel (Чхве, Choe)
            while (end < s.length() && (vowels.indexOf(s.charAt(end)) >= 0 || script == Script.CYRILLIC
                    && s.charAt(end) == 'в' && end + 1 < s.length() && vowels.indexOf(s.charAt(end + 1)) >= 0)) {
                end++;
            }
            String fin = end > n ? FINALS.get(name).get(s.substring(end)) : null;
            if (fin != null) {
                return Optional.of(initial + "." + fin);
            }
        }
        return Optional.empty();
    }
}
