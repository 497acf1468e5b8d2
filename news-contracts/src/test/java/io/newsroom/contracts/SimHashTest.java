package io.newsroom.contracts;

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
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(copy))).isLessThanOrEqualTo(SimHash.COPY_DISTANCE);
        assertThat(SimHash.of(WIRE)).isEqualTo(SimHash.of(WIRE.toUpperCase()));
    }

    @Test
    void anOwnWriteUpOfTheSameNewsIsNotACopy() {
        String rewrite = "Xi Jinping was received at the Kremlin on Thursday, where he and Vladimir Putin opened talks on trade "
                + "and investment. The Chinese leader had flown into the Russian capital in the morning for the commemorations "
                + "of the eightieth Victory Day, and the Russian president told him that relations between the two countries "
                + "did not depend on the international situation, adding that he was ready to travel to China again.";
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(rewrite))).isGreaterThan(SimHash.COPY_DISTANCE);
    }

    @Test
    void unrelatedStoriesAreFarApart() {
        String other = "The European Union extended its economic sanctions against Russia for another six months on Monday, "
                + "a decision the Kremlin spokesman Dmitry Peskov said would be met with a painful response for the economy "
                + "of the old continent, as Europe froze assets and cut banks from the SWIFT system.";
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(other))).isGreaterThan(SimHash.COPY_DISTANCE + 8);
    }

    @Test
    void aTextTooShortToShingleHasNoHash() {
        assertThat(SimHash.of("Two words")).isNull();
        assertThat(SimHash.of("")).isNull();
    }

    @Test
    void aCopyAndItsOriginalShareABand() {
        String copy = "MOSCOW (Agencies) - " + WIRE + " Follow us for more news.";
        assertThat(SimHash.bands(SimHash.of(WIRE))).hasSize(8).first().asString().startsWith("0:");
        assertThat(SimHash.bands(SimHash.of(WIRE))).containsAnyElementsOf(SimHash.bands(SimHash.of(copy)));
    }
}
