package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
