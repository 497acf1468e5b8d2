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
}
