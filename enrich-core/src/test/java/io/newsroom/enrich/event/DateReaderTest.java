package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateReaderTest {

    /** The visit of the sentence, dated; planned beforehand as {@link TenseReader} would have it. */
    private static Detection dated(String text, boolean planned) {
        Detection d = Fixture.on("VISIT", "en", text);
        d.planned(planned);
        assertThat(new DateReader(new TemporalResolver()).apply(d)).isTrue();
        return d;
    }

    @Test
    void aDateWrittenOutAfterTheArticlesMakesTheEventPlanned() {
        Detection d = dated("Emmanuel Macron visited China on 12 June 2024.", false);
        assertThat(d.when().date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(d.planned()).isTrue();
    }

    @Test
    void aWeekdayIsWorkedOutFromTheArticlesDateOnTheSideItsTensePointsTo() {
        assertThat(dated("Emmanuel Macron visited China on Thursday.", false).when().date()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(dated("Emmanuel Macron will visit China on Thursday.", true).when().date()).isEqualTo(LocalDate.of(2024, 5, 9));
    }

    @Test
    void anUndatedEventThatHappenedTookPlaceOnTheArticlesDateAndAPlannedOneStaysUndated() {
        assertThat(dated("Emmanuel Macron visited China.", false).when().date()).isEqualTo(Fixture.ARTICLE);
        assertThat(dated("Emmanuel Macron will visit China.", true).when().date()).isNull();
    }
}
