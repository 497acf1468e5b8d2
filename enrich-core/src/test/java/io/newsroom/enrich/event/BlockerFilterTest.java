package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockerFilterTest {

    private static boolean kept(String type, String lang, String text) {
        return new BlockerFilter().apply(Fixture.on(type, lang, text));
    }

    @Test
    void aNegatedTriggerIsDropped() {
        assertThat(kept("VISIT", "en", "Emmanuel Macron did not visit Algeria.")).isFalse();
        assertThat(kept("VISIT", "ar", "لن يزور الرئيس الأمريكي موسكو.")).isFalse();
        assertThat(kept("MEETING", "ru", "Путин не встретился с Зеленским.")).isFalse();
    }

    @Test
    void anEventCalledOffAfterItsTriggerIsDropped() {
        assertThat(kept("VISIT", "en", "The visit of Emmanuel Macron to Algeria was cancelled at the last minute.")).isFalse();
    }

    @Test
    void aThreatOrDemandBeforeTheTriggerIsDropped() {
        assertThat(kept("SANCTIONS", "en", "France threatened to impose sanctions on Iran.")).isFalse();
        assertThat(kept("SANCTIONS", "ar", "هددت إيران بفرض عقوبات على الشركات الأوروبية.")).isFalse();
    }

    @Test
    void aBlockerMayRunIntoTheTrigger() {
        assertThat(kept("TALKS", "en", "Ukraine called for talks with Russia.")).isFalse();
    }

    @Test
    void aBlockerInAnEarlierClauseDoesNotCount() {
        assertThat(kept("VISIT", "en", "France threatened Iran, and Emmanuel Macron visited Algeria.")).isTrue();
    }

    @Test
    void aCapitalisedMayIsTheMonthNotTheModal() {
        assertThat(kept("MEETING", "en", "On May 8 the two leaders met in Moscow.")).isTrue();
        assertThat(kept("VISIT", "en", "The two leaders may visit Moscow.")).isFalse();
    }
}
