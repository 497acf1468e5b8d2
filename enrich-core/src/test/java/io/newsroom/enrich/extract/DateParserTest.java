package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date formats seen on real news pages, one row each. */
class DateParserTest {

    /** src/test/resources/dates/formats.tsv: language, date as written, what it means. */
    static Stream<Arguments> eachLanguagesFormats() throws IOException {
        try (InputStream in = DateParserTest.class.getResourceAsStream("/dates/formats.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).toList();
            return lines.stream().map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[2]));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("eachLanguagesFormats")
    void readsEachLanguagesRealFormats(String lang, String written, String expected) {
        assertThat(DateParser.parse(written, true)).as(lang).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void everyLanguageTheIssueNamesHasRowsInTheTable() throws IOException {
        assertThat(eachLanguagesFormats().map(a -> (String) a.get()[0]).distinct())
                .containsAll(List.of("en", "ar", "ru", "fr", "de", "es", "it", "pt", "tr", "uk", "zh", "fa"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-05-08T15:21:00+03:00               | 2025-05-08T15:21+03:00",
            "2024-05-04T10:00:00Z                    | 2024-05-04T10:00Z",
            "2025-11-14T06:49:57+0000                | 2025-11-14T06:49:57Z",
            "2023-06-07                              | 2023-06-07T00:00Z",
            "Thu, 08 May 2025 12:21:00 GMT           | 2025-05-08T12:21Z",
            "8 May 2025 15:21                        | 2025-05-08T15:21Z",
            "4th, May 2024 GMT                       | 2024-05-04T00:00Z",
            "تاريخ النشر: 4th, May 2024 GMT          | 2024-05-04T00:00Z",
            "May 4, 2024                             | 2024-05-04T00:00Z",
            "Updated  October 8, 2025                | 2025-10-08T00:00Z",
            "Posted on Nov 21, 2018                  | 2018-11-21T00:00Z",
            "Sept. 3, 2024 at 9:15                   | 2024-09-03T09:15Z",
            "04.01.2012                              | 2012-01-04T00:00Z",
            "25.11.2011 Источник: Правда.Ру          | 2011-11-25T00:00Z",
            "5 января 2012, 14:05                    | 2012-01-05T14:05Z",
            "6 Января 2012 14:05:28                  | 2012-01-06T14:05:28Z",
            "30 грудня 2011                          | 2011-12-30T00:00Z",
            "Παρασκευή, 30 Δεκ 2011 11:36            | 2011-12-30T11:36Z",
            "3 stycznia 2012                         | 2012-01-03T00:00Z",
            "12 de enero de 2012                     | 2012-01-12T00:00Z",
            "4 مايو 2024                             | 2024-05-04T00:00Z",
            "٤ مايو ٢٠٢٤                             | 2024-05-04T00:00Z",
            "٩ أيار ٢٠٢٤                             | 2024-05-09T00:00Z",
            "2012年1月4日 09:30                       | 2012-01-04T09:30Z",
            "2024/05/09                              | 2024-05-09T00:00Z",
            "Published: 2025.12.17                   | 2025-12-17T00:00Z"})
    void readsTheFormatsPagesUse(String written, String expected) {
        assertThat(DateParser.parse(written, true)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"04/05/2024 | true | 2024-05-04", "04/05/2024 | false | 2024-04-05",
            "13/05/2024 | false | 2024-05-13"})
    void slashedDatesFollowThePagesConventionUnlessTheDayGivesItAway(String written, boolean dayFirst, String day) {
        assertThat(DateParser.parse(written, dayFirst).toLocalDate()).hasToString(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no date here", "1234", "31 February 2024", "May 2024", "2099-01-01", "1800-01-01"})
    void textWithoutAValidDateIsNull(String written) {
        assertThat(DateParser.parse(written, true)).isNull();
    }
}
