package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time expressions as news writes them, resolved against an article dated Saturday 4 May 2024. */
class TemporalResolverTest {

    private static final LocalDate ARTICLE = LocalDate.of(2024, 5, 4);
    private final TemporalResolver time = new TemporalResolver();

    @ParameterizedTest(name = "{0} ({1}) -> {2}..{3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Dushanbe, 7 June 2023 (TDI): Lavrov visited Tajikistan.                 | false | 2023-06-07 | -
            Putin and Xi met in Moscow on May 8, 2025.                               | false | 2025-05-08 | -
            توكايف يعتزم زيارة موسكو يومي 8 و9 مايو.                                 | true  | 2024-05-08 | 2024-05-09
            زيارة رئيس كازاخستان إلى روسيا ستتم في الفترة من 8 - 9 مايو               | true  | 2024-05-08 | 2024-05-09
            سيزور روسيا يوم ٩ مايو                                                    | true  | 2024-05-09 | -
            The talks began on Thursday at the Kremlin.                              | false | 2024-05-02 | -
            He will arrive on Thursday.                                              | true  | 2024-05-09 | -
            وصل الرئيس يوم الأربعاء إلى موسكو                                        | false | 2024-05-01 | -
            Президент встретился с премьером в среду.                                | false | 2024-05-01 | -
            The minister met his counterpart yesterday.                              | false | 2024-05-03 | -
            The two leaders will meet next week.                                     | true  | 2024-05-06 | 2024-05-12
            Встреча состоится 12-13 июня.                                            | true  | 2024-06-12 | 2024-06-13
            He visited Havana on December 28.                                        | false | 2023-12-28 | -
            """)
    void resolvesAgainstTheArticlesDate(String sentence, boolean planned, LocalDate day, LocalDate end) {
        When w = time.resolve(sentence, ARTICLE, planned, false);
        assertThat(w.date()).isEqualTo(day);
        assertThat(w.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the 79th anniversary of the victory over Nazi Germany       | 2024-05-09
            ahead of Victory Day's 80th anniversary                     | 2025-05-09
            بمناسبة الذكرى الــ79 لانتصار الشعب السوفيتي                 | 2024-05-09
            в честь 80-летия Победы                                     | 2025-05-09
            """)
    void anAnniversaryOfAnObservanceDatesAnUndatedArticle(String text, LocalDate day) {
        assertThat(time.anniversary(text)).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Leaders attended the Victory Day parade.        | true  | 2024-05-09
            Putin and Xi hold talks ahead of Victory Day.   | false | 2024-05-04
            """)
    void anObservanceDatesOnlyItsOwnCeremony(String sentence, boolean ceremony, LocalDate day) {
        When w = time.resolve(sentence, ARTICLE, false, ceremony);
        assertThat(w.date() == null ? ARTICLE : w.date()).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russia and Uzbekistan had entered into a treaty in 2017. | 2017
            وقع البلدان اتفاقية عام 2019                              | 2019
            """)
    void aYearAloneIsKeptForTellingBackgroundFromNews(String sentence, int year) {
        assertThat(time.resolve(sentence, ARTICLE, false, false).year()).isEqualTo(year);
    }
}
