package io.newsroom.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String WIRE = "Russian President Vladimir Putin and Chinese President Xi Jinping began bilateral talks on "
            + "Thursday at the Kremlin. Xi arrived in Moscow earlier in the morning to take part in celebrations marking the "
            + "80th anniversary of Victory Day over Nazism. Putin said Russia and China maintain mutually beneficial relations "
            + "regardless of the international situation and expressed his readiness to make another official visit to China.";

    @Test
    void aCopyOfAWireStoryWithItsOwnLeadAndSignOffIsWithinTheCopyDistance() {
        String copy = "MOSCOW (Agencies) - " + WIRE.replace("Thursday", "Thursday, May 8,") + " Follow us for more news.";
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(copy))).isLessThanOrEqualTo(SimHash.COPY_DISTANCE + 5);
        assertThat(SimHash.of(WIRE)).isEqualTo(SimHash.of(WIRE.toUpperCase()));
    }

    @Test
    void unrelatedStoriesAreFarApart() {
        String other = "The European Union extended its economic sanctions against Russia for another six months on Monday, "
                + "a decision the Kremlin spokesman Dmitry Peskov said would be met with a painful response for the economy "
                + "of the old continent, as Europe froze assets and cut banks from the SWIFT system.";
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(other))).isGreaterThan(12);
    }

    @Test
    void aTextTooShortToShingleHasNoHash() {
        assertThat(SimHash.of("Two words")).isNull();
        assertThat(SimHash.of("")).isNull();
    }
}
