package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Kim Jong-un, Ким Чен Ын",
            "Moon Jae-in, Мун Чжэ Ин",
            "Park Geun-hye, Пак Кын Хе",
            "Lee Jae-myung, Ли Чжэ Мён",
            "Yoon Suk-yeol, Юн Сок Ёль",
            "Choe Ryong-hae, Чхве Рён Хэ",
            "Ban Ki-moon, Пан Ги Мун",
            "Han Duck-soo, Хан Док Су",
            "Kim Jong-il, Ким Чен Ир"})
    void aNameInLatinLettersMeetsItsKontsevichCyrillic(String latin, String cyrillic) {
        assertThat(KoreanNames.key(Tokenizer.words(latin))).isPresent()
                .isEqualTo(KoreanNames.key(Tokenizer.words(cyrillic)));
    }

    @Test
    void otherNamesAndWordsAreNoKoreanSyllables() {
        assertThat(KoreanNames.key(List.of("Kim", "Jong-un")))
                .isNotEqualTo(KoreanNames.key(List.of("Ким", "Чен", "Ир")))
                .isNotEqualTo(KoreanNames.key(List.of("Ким", "Ё", "Чжон")));
        // a word of two syllables unhyphenated, another language's names, one syllable alone
        assertThat(KoreanNames.key(List.of("Lee", "Jaemyung"))).isEmpty();
        assertThat(KoreanNames.key(List.of("Владимир", "Путин"))).isEmpty();
        assertThat(KoreanNames.key(List.of("Ким"))).isEmpty();
    }
}
