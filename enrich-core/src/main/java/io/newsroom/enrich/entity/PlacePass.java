package io.newsroom.enrich.entity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Places the gazetteer names only in English, written in Cyrillic or Arabic (Москве, بيروت, Тель-Авив), on
 * consonant skeletons of one or two words; of places with one skeleton, the one spelt most alike. Thread-safe (see
 * {@link Pass}).
 */
record PlacePass(Gazetteer gazetteer, NameKeys keys, Cues cues) implements Pass {

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean eligible = (t.script() == Script.CYRILLIC && t.capital()) || t.script() == Script.ARABIC;
            boolean single = t.script() == Script.CYRILLIC;
            if (a.taken(i) || !eligible || cues.stop(t)) {
                continue;
            }
            if (t.script() == Script.CYRILLIC && i + 1 < tokens.size() && tokens.get(i + 1).capital() && a.joined(i + 1)
                    && keys.skeletons(t.surface()).stream().anyMatch(gazetteer.spellings()::isFirstNameSkeleton)) {
                // "Виктор Черномырдин": a given name before a surname, not Victoria
                continue;
            }
            for (int len = Math.min(2, tokens.size() - i); len >= 1; len--) {
                if (len == 2 && (a.taken(i + 1) || !a.joined(i + 1) || tokens.get(i + 1).script() != t.script()
                        || (t.script() == Script.CYRILLIC && !tokens.get(i + 1).capital()))) {
                    continue;
                }
                Set<Integer> found = new HashSet<>();
                List<String> own = single ? List.of(keys.skeleton(NameSpelling.nominative(t))) : keys.skeletons(t.surface());
                for (String x : own) {
                    if (len == 1) {
                        // one Arabic word is too often an ordinary word: Arabic places come from the overlay's names
                        if (single && x.length() >= 3) {
                            found.addAll(gazetteer.spellings().byPlaceSkeleton(x));
                        }
                    } else {
                        for (String y : keys.skeletons(tokens.get(i + 1).surface())) {
                            if ((x + y).length() >= 5) {
                                found.addAll(gazetteer.spellings().byPlaceSkeleton(x + y));
                            }
                        }
                    }
                }
                String roman = single && len == 1
                        ? keys.romanised(NameSpelling.nominative(t)).toLowerCase(Locale.ROOT) : null;
                if (single && t.sentenceStart()) {
                    // a capital opening a sentence says nothing: Работа is not Rabat, nor Причем Paris
                    found.clear();
                }
                if (found.isEmpty() && roman != null && !t.sentenceStart()) {
                    // г for a foreign h (Тегеране, Tehran), or a short name spelt letter for letter (Аммане, Amman)
                    String h = keys.hSkeleton(NameSpelling.nominative(t));
                    if (h.length() >= 3) {
                        found.addAll(gazetteer.spellings().byPlaceSkeleton(h));
                    }
                    found.addAll(gazetteer.spellings().byPlaceName(roman));
                }
                if (t.script() == Script.CYRILLIC) {
                    // Борисом is not Paris: a romanised Russian name starts with the letter the English one does
                    char initial = keys.romanInitial(t.surface());
                    found.removeIf(c -> Character.toLowerCase(gazetteer.entries().get(c).name().charAt(0)) != initial);
                }
                if (roman != null) {
                    found.removeIf(c -> !spelt(roman, gazetteer.entries().get(c).name()));
                }
                if (!found.isEmpty()) {
                    Span span = new Span(i, i + len, found);
                    // of places with one skeleton, the one spelt most alike (Тегеран: Tehran, not Tirana)
                    Comparator<Integer> alike = Comparator.comparingInt(c -> roman == null ? 0
                            : LevenshteinDistance.getDefaultInstance().apply(roman.replace('g', 'h'),
                                    gazetteer.entries().get(c).name().toLowerCase(Locale.ROOT)));
                    span.entry = found.stream().min(alike.thenComparing(c -> gazetteer.entries().get(c).id())).orElseThrow();
                    a.claim(span);
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /**
     * Whether a romanised Russian word spells a place's English name: a letter or two apart (Вашингтоне,
     * Washington), or with the same vowels, give or take one in three (Вадуце, Vaduz). One word's consonants are no
     * spelling: Маренго (m-r-n) is not Moroni, Таноса not Tunis, Бергойн not Bern.
     */
    private boolean spelt(String roman, String name) {
        String word = keys.folded(roman);
        // French "ou" is one sound, Russian у: Ямусукро, Yamoussoukro
        String place = keys.folded(name).replace("ou", "u");
        String ours = vowels(word);
        String theirs = vowels(place);
        int d = LevenshteinDistance.getDefaultInstance().apply(ours, theirs);
        return NameKeys.spelledAlike(word, place) || NameKeys.spelledAlike(word.replace('g', 'h'), place)
                || d <= 1 && 3 * d <= Math.max(ours.length(), theirs.length());
    }

    private static String vowels(String word) {
        return word.replaceAll("[^aeiou]", "");
    }
}
