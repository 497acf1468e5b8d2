package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.benmanes.caffeine.cache.Cache;

class NameKeysTest {

    private final NameKeys keys = new NameKeys();

    @ParameterizedTest(name = "{0} and {1} share a key")
    @CsvSource({
            "Tokaïev, Tokaiev",
            "TOKAYEV, tokayev",
            "Russia's, Russia",
            "Путина, Путин",
            "Путиным, Путин",
            "Москве, Москва",
            "Китайской, Китайская",
            "Корею, Корея",
            "وبوتين, بوتين",
            "الاسرائيلية, اسرائيلية",
            "أستانا, استانا",
            "سورية, سوريه",
            "بالرئيس, رئيس"})
    void spellingsOfOneWordShareAKey(String a, String b) {
        assertThat(keys.key(a)).isEqualTo(keys.key(b));
    }

    @ParameterizedTest(name = "{0} and {1} share a skeleton")
    @CsvSource({
            "Tokayev, Токаев",
            "Tokayev, توكايف",
            "Tokayev, Tokaïev",
            "Japarov, Жапаров",
            "Zhaparov, Japarov",
            "Mirziyoyev, Mirziyaev",
            "Mirziyoyev, Мирзиёев",
            "Shavkat, Shafqat",
            "Putin, بوتين",
            "Putin, Путина",
            "Tadić, Тадич",
            "Sadyr, Sadir",
            "Bouteflika, بوتفليقة",
            "Bashir, البشير",
            "Christopher, كريستوفر",
            "John, Джон",
            "Jackson, Джексона",
            "Djibouti, Джибути"})
    void transliterationsAcrossScriptsShareASkeleton(String a, String b) {
        assertThat(keys.skeletons(b)).containsAnyElementsOf(keys.skeletons(a));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"Putin, Poland", "Lavrov, Lviv", "Medvedev, Madrid"})
    void differentNamesKeepDifferentSkeletons(String a, String b) {
        assertThat(keys.skeletons(b)).doesNotContainAnyElementsOf(keys.skeletons(a));
    }

    @Test
    void theCachesKeepTheirBoundOnAnEndlessStreamOfNewWords() {
        Cache<String, String> cache = NameKeys.bounded();
        for (int i = 0; i < NameKeys.CACHED_WORDS + 50_000; i++) {
            cache.get("word" + i, w -> w);
        }
        cache.cleanUp();
        assertThat(cache.estimatedSize()).isLessThanOrEqualTo(NameKeys.CACHED_WORDS);
    }

    @Test
    void aWordStillHasItsKeyWhenItsCacheIsFull() {
        NameKeys keys = new NameKeys();
        String before = keys.key("Токаеву");
        for (int i = 0; i < NameKeys.CACHED_WORDS + 1_000; i++) {
            // not ASCII, so cached (an ASCII word's key is made without the cache)
            keys.key("слово" + i);
        }
        assertThat(keys.key("Токаеву")).isEqualTo(before);
    }
}
