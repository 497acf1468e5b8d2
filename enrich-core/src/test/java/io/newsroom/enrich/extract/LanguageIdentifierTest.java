package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Some article text long enough to be identified as English prose. | en",
            "Путин провёл переговоры с Си Цзиньпином в Москве | ru",
            "قال دورين أبايف سفير كازاخستان في روسيا | ar",
            "zzzz qqqq xxxx 1234 5678 | und",
            "short | und"})
    void namesTheLanguageAsIso6391OrUndWhenUnsure(String text, String expected) {
        assertThat(IDENTIFIER.identify(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aScriptOnlyOneLanguageWritesNeedsNoModel() {
        assertThat(LanguageIdentifier.byScript("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.")).isEqualTo("el");
        assertThat(LanguageIdentifier.byScript("政府宣布了新的经济措施，以应对通货膨胀。")).isEqualTo("zh");
        assertThat(LanguageIdentifier.byScript("政府は新しい経済対策を発表しました。")).isEqualTo("ja");
        assertThat(LanguageIdentifier.byScript("정부는 새로운 경제 대책을 발표했다.")).isEqualTo("ko");
        // shared scripts go to the model
        assertThat(LanguageIdentifier.byScript("Правительство объявило о новых мерах.")).isNull();
        assertThat(LanguageIdentifier.byScript("The government announced new measures.")).isNull();
    }
}
