package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFilterTest {

    private static boolean kept(SentenceFilter filter, String lang, String text) {
        return filter.apply(Fixture.read(lang, text, Fixture.ARTICLE));
    }

    @Test
    void aSentenceAboutEventsInGeneralIsDropped() {
        assertThat(kept(SentenceFilter.GENERIC, "en", "The two presidents have met several times.")).isFalse();
        assertThat(kept(SentenceFilter.GENERIC, "ar", "تجري لقاءات دورية بين الرئيسين.")).isFalse();
        assertThat(kept(SentenceFilter.GENERIC, "ru", "Президенты регулярно встречаются.")).isFalse();
    }

    @Test
    void aSentenceOnAConditionIsDropped() {
        assertThat(kept(SentenceFilter.CONDITIONAL, "en", "Turkey will sign the agreement if Sweden changes its laws."))
                .isFalse();
    }

    @Test
    void aSentenceReportingOneEventIsKept() {
        String text = "The two presidents met in Moscow on Thursday.";
        assertThat(kept(SentenceFilter.GENERIC, "en", text)).isTrue();
        assertThat(kept(SentenceFilter.CONDITIONAL, "en", text)).isTrue();
    }

    @Test
    void aSentenceOfYearsOrOfAReferenceWorkIsBackground() {
        assertThat(kept(SentenceFilter.GENERIC, "en", "For years the United States has imposed measures against Sudan."))
                .isFalse();
        assertThat(kept(SentenceFilter.GENERIC, "en", "The first Parliament met in 1854.[48]")).isFalse();
    }
}
