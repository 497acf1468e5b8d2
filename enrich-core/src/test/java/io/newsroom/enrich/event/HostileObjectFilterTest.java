package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostileObjectFilterTest {

    private static boolean kept(String type, String lang, String text) {
        return new HostileObjectFilter().apply(Fixture.on(type, lang, text));
    }

    @Test
    void cooperationInHostilitiesIsNone() {
        assertThat(kept("COOPERATION", "en", "The rebels said they were prepared to resume shelling.")).isFalse();
        assertThat(kept("COOPERATION", "en", "Russia is prepared to resume grain exports.")).isTrue();
    }

    @Test
    void otherTypesAreLeftAlone() {
        assertThat(kept("MEETING", "en", "The generals met to plan attacks.")).isTrue();
    }
}
