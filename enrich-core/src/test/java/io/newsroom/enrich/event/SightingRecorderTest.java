package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.EntityRef;

class SightingRecorderTest {

    private static final EntityRef LAVROV = new EntityRef("Q58217", "Sergey Lavrov", "PERSON");
    private static final EntityRef TAJIKISTAN = new EntityRef("Q863", "Tajikistan", "COUNTRY");
    private static final EntityRef DUSHANBE = new EntityRef("Q9365", "Dushanbe", "PLACE");

    private static Sighting recorded(Detection d) {
        assertThat(new SightingRecorder().apply(d)).isTrue();
        return d.sightings().get(d.sightings().size() - 1);
    }

    @Test
    void confidenceGrowsWithANamedPersonASecondActorADateWrittenOutAndAPlace() {
        Detection d = Fixture.on("VISIT", "en", "Sergey Lavrov visited Tajikistan.");
        assertThat(recorded(d).confidence()).isEqualTo(0.4);
        d.actors(List.of(LAVROV, TAJIKISTAN));
        d.when(new When(Fixture.ARTICLE, null, null, true, false));
        d.places(List.of(DUSHANBE));
        assertThat(recorded(d).confidence()).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void anExpulsionIsCodedByWhoWasExpelled() {
        assertThat(recorded(Fixture.on("EXPULSION", "en", "Poland expelled a Russian diplomat.")).cameo())
                .isEqualTo("161");
        assertThat(recorded(Fixture.on("EXPULSION", "en", "Mali expelled the UN peacekeepers.")).cameo())
                .isEqualTo("166");
        assertThat(recorded(Fixture.on("EXPULSION", "en", "Niger expelled the journalists.")).cameo())
                .isEqualTo("174");
        assertThat(recorded(Fixture.on("VISIT", "en", "Sergey Lavrov visited Tajikistan.")).cameo()).isNull();
    }

    @Test
    void theSightingsFirstPersonIsWhomAPronounInTheNextSentencesStandsFor() {
        Detection d = Fixture.on("VISIT", Fixture.read("en", "Sergey Lavrov visited Dushanbe. Talks followed. The press waited. "
                + "He left.", Fixture.ARTICLE));
        d.actors(List.of(TAJIKISTAN, LAVROV));
        recorded(d);
        d.read(2);
        assertThat(d.subject()).isEqualTo(LAVROV);
        d.read(3);
        assertThat(d.subject()).isNull();
    }
}
