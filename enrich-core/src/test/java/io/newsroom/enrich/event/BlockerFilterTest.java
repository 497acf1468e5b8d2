package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Event;

class BlockerFilterTest {

    private static boolean kept(String type, String lang, String text) {
        return new BlockerFilter().apply(Fixture.on(type, lang, text));
    }

    /** The status a kept trigger leaves with, null when it is dropped. */
    private static String status(String type, String lang, String text) {
        Detection d = Fixture.on(type, lang, text);
        return new BlockerFilter().apply(d) ? d.status() : null;
    }

    @Test
    void aNegatedTriggerIsDropped() {
        assertThat(kept("VISIT", "en", "Emmanuel Macron did not visit Algeria.")).isFalse();
        assertThat(kept("VISIT", "ar", "لن يزور الرئيس الأمريكي موسكو.")).isFalse();
        assertThat(kept("MEETING", "ru", "Путин не встретился с Зеленским.")).isFalse();
    }

    @Test
    void anEventCalledOffIsKeptAsCancelledAndAPostponedOneIsDropped() {
        assertThat(status("VISIT", "en", "The visit of Emmanuel Macron to Algeria was cancelled at the last minute."))
                .isEqualTo(Event.CANCELLED);
        assertThat(status("VISIT", "en", "Emmanuel Macron cancelled his visit to Algeria.")).isEqualTo(Event.CANCELLED);
        assertThat(status("VISIT", "ar", "ألغى الرئيس الفرنسي زيارته إلى الجزائر.")).isEqualTo(Event.CANCELLED);
        assertThat(status("VISIT", "en", "The visit of Emmanuel Macron to Algeria was postponed.")).isNull();
    }

    @Test
    void anEventAPartyDeniesIsKeptAsDenied() {
        assertThat(status("MEETING", "en", "The Kremlin denied that Vladimir Putin met Donald Trump in Alaska."))
                .isEqualTo(Event.DENIED);
        assertThat(status("VISIT", "ru", "Песков опроверг визит Путина в Вашингтон.")).isEqualTo(Event.DENIED);
        assertThat(status("VISIT", "ar", "نفت الخارجية زيارة الرئيس إلى دمشق.")).isEqualTo(Event.DENIED);
        assertThat(status("VISIT", "en", "Emmanuel Macron visited Algeria.")).isEqualTo(Event.OCCURRED);
    }

    @Test
    void aDenialOfSomethingElseBeforeTheTriggerDropsIt() {
        assertThat(status("MEETING", "en", "The suspect denied robbing the three men he met at the bar.")).isNull();
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
