package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PalladiusTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Xi Jinping, Си Цзиньпин",
            "Hu Jintao, Ху Цзиньтао",
            "Li Keqiang, Ли Кэцян",
            "Wang Yi, Ван И",
            "Wen Jiabao, Вэнь Цзябао",
            "Yang Jiechi, Ян Цзечи",
            "Zhou Enlai, Чжоу Эньлай",
            "Qin Gang, Цинь Ган",
            "Li Qiang, Ли Цян",
            "Zhao Ziyang, Чжао Цзыян",
            "Hui Liangyu, Хуэй Лянъюй"})
    void pinyinNamesAreWrittenAsRussianNewsWritesThem(String pinyin, String russian) {
        assertThat(Palladius.russian(pinyin)).contains(russian);
    }

    @org.junit.jupiter.api.Test
    void aWordIsReadAsItsSyllablesLongestFirst() {
        assertThat(Palladius.syllables("Jinping")).contains(java.util.List.of("jin", "ping"));
        assertThat(Palladius.syllables("Xian")).contains(java.util.List.of("xian"));
    }

    @ParameterizedTest
    @CsvSource({"Tsai Ing-wen", "Vladimir Putin", "Emomali Rahmon"})
    void namesThatAreNotPinyinGiveNothing(String name) {
        assertThat(Palladius.russian(name)).isEmpty();
    }
}
