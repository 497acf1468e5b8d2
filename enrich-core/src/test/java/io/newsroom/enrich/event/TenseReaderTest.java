package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TenseReaderTest {

    private static boolean planned(Detection d) {
        assertThat(new TenseReader().apply(d)).isTrue();
        return d.planned();
    }

    private static boolean planned(String type, String lang, String text) {
        return planned(Fixture.on(type, lang, text));
    }

    @Test
    void aFutureMarkerInTheTriggersClauseMakesItPlanned() {
        assertThat(planned("VISIT", "en", "Emmanuel Macron will visit China.")).isTrue();
        assertThat(planned("VISIT", "en", "Emmanuel Macron plans to visit China.")).isTrue();
        assertThat(planned("VISIT", "ru", "Президент планирует визит в Китай.")).isTrue();
        assertThat(planned("VISIT", "en", "Emmanuel Macron visited China.")).isFalse();
    }

    @Test
    void aFutureFormOfTheTriggerIsPlanned() {
        assertThat(planned("VISIT", "ar", "سيزور الرئيس موسكو")).isTrue();
        assertThat(planned("VISIT", "ar", "زار الرئيس موسكو")).isFalse();
    }

    @Test
    void aHeadlinesInfinitiveIsAPlanButNotOneInRunningText() {
        Detection headline = new Detection(Lexicon.ENGLISH, new SentenceSplitter().split("title", "Tokayev to visit Moscow"),
                List.of(), Fixture.ARTICLE);
        headline.read(0);
        assertThat(planned(Fixture.on("VISIT", headline))).isTrue();
        assertThat(planned("VISIT", "en", "Tokayev was the first to arrive in Moscow.")).isFalse();
    }

    @Test
    void aTimeToComeRightAfterTheTriggerMakesItPlannedUnlessACommaComesFirst() {
        assertThat(planned("VISIT", "en", "Emmanuel Macron arrives in Beijing next week.")).isTrue();
        assertThat(planned("VISIT", "en", "Emmanuel Macron arrived in Beijing on Monday, and next week in Seoul.")).isFalse();
    }

    @Test
    void anAgreementToCooperateIsOneMade() {
        assertThat(planned("COOPERATION", "en", "France agreed to cooperate with Morocco.")).isFalse();
    }
}
