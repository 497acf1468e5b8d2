package io.newsroom.enrich.event;

import static io.newsroom.enrich.event.Fixture.country;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyFilterTest {

    /** With the actors the sentence's own passes find. */
    private static boolean kept(String type, String text, Fixture.Named... named) {
        Detection d = Fixture.on(type, "en", text, named);
        new ActorFinder().apply(d);
        return new PartyFilter().apply(d);
    }

    @Test
    void withoutActorsAPartyNamedByOfficeMakesTheEvent() {
        assertThat(kept("TALKS", "Israeli and Jordanian officials held talks.")).isTrue();
        assertThat(kept("TALKS", "They held talks in secret.")).isFalse();
    }

    @Test
    void withoutActorsOneOfficeInTheSingularIsOnePartyNotTwo() {
        assertThat(kept("MEETING", "The prime minister met with flood victims on Sunday.")).isFalse();
        assertThat(kept("MEETING", "The prime minister met the ambassador on Sunday.")).isTrue();
        assertThat(kept("MEETING", "The two leaders met on Sunday.")).isTrue();
    }

    @Test
    void aPartyThatOnlySpeaksIsNone() {
        assertThat(kept("SUMMIT", "Officials said the summit was a success.")).isFalse();
    }

    @Test
    void aStatedIntentNeedsTwoParties() {
        assertThat(kept("COOPERATION", "Germany said it would deliver more air defence systems to Ukraine.",
                country("Germany"), country("Ukraine"))).isTrue();
        assertThat(kept("COOPERATION", "Germany would deliver more air defence systems.", country("Germany"))).isFalse();
    }

    @Test
    void aBareModalNeedsANameRightBeforeIt() {
        Fixture.Named[] both = {country("Morocco"), country("Algeria")};
        assertThat(kept("COOPERATION", "Morocco and Algeria will reopen their border.", both)).isTrue();
        assertThat(kept("COOPERATION", "The border will reopen between Morocco and Algeria.", both)).isFalse();
    }
}
