package io.newsroom.enrich.event;

import static io.newsroom.enrich.event.Fixture.country;
import static io.newsroom.enrich.event.Fixture.names;
import static io.newsroom.enrich.event.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Event;

class ActorFinderTest {

    private static final Fixture.Named LAVROV = person("Sergey Lavrov");
    private static final Fixture.Named TOKAYEV = person("Kassym-Jomart Tokayev");

    private static List<String> actors(Detection d) {
        assertThat(new ActorFinder().apply(d)).isTrue();
        return names(d.actors());
    }

    @Test
    void theSpeakerOfReportedSpeechIsNoActor() {
        assertThat(actors(Fixture.on("VISIT", "en", "Sergey Lavrov said that Kassym-Jomart Tokayev will visit Moscow.",
                LAVROV, TOKAYEV))).containsExactly("Kassym-Jomart Tokayev");
        assertThat(actors(Fixture.on("VISIT", "en", "Kassym-Jomart Tokayev will visit Moscow next week, Sergey Lavrov told TASS.",
                LAVROV, TOKAYEV))).containsExactly("Kassym-Jomart Tokayev");
    }

    @Test
    void peopleComeFirstThenCountriesThenOrganisations() {
        assertThat(actors(Fixture.on("TALKS", "en", "NATO and Russia held talks with Sergey Lavrov.",
                new Fixture.Named("ORGANIZATION", "NATO"), country("Russia"), LAVROV)))
                .containsExactly("Sergey Lavrov", "Russia", "NATO");
    }

    @Test
    void eachTriggerTakesTheNamesNearestToItAndTheSentencesSubject() {
        String text = "Vladimir Putin attended the parade and then met Miguel Díaz-Canel.";
        Fixture.Named putin = person("Vladimir Putin");
        Fixture.Named diazCanel = person("Miguel Díaz-Canel");
        assertThat(actors(Fixture.on("CEREMONY", "en", text, putin, diazCanel))).containsExactly("Vladimir Putin");
        assertThat(actors(Fixture.on("MEETING", "en", text, putin, diazCanel)))
                .containsExactly("Vladimir Putin", "Miguel Díaz-Canel");
    }

    @Test
    void aPronounOpeningTheSentenceIsTheLastPersonNamed() {
        Detection d = Fixture.read("en", "Sergey Lavrov visited Dushanbe. He met with Emomali Rahmon.", Fixture.ARTICLE,
                LAVROV, person("Emomali Rahmon"));
        d.record(new Sighting("VISIT", Event.OCCURRED, When.UNKNOWN, List.of(LAVROV.ref()), List.of(LAVROV.ref()), List.of(), List.of(),
                d.sentence(), null, null, 0.5));
        d.read(1);
        Detection meeting = Fixture.on("MEETING", d);
        assertThat(actors(meeting)).containsExactly("Sergey Lavrov", "Emomali Rahmon");
        assertThat(names(meeting.sources())).containsExactly("Sergey Lavrov");
        assertThat(names(meeting.targets())).containsExactly("Emomali Rahmon");
    }

    @Test
    void aPronounOpeningWhatIsReportedMakesTheSpeakerTheSubject() {
        Detection d = Fixture.on("EXPULSION", "en", "Britain said on Monday it had expelled four Russian diplomats.",
                country("Britain"), country("Russia"));
        assertThat(actors(d)).containsExactly("Britain", "Russia");
        assertThat(names(d.sources())).containsExactly("Britain");
        assertThat(names(d.targets())).containsExactly("Russia");
    }

    @Test
    void whoIsInvitedVisitsAndWhoInvitesHosts() {
        Detection d = Fixture.on("VISIT", "en", "Egypt invited Sergey Lavrov to visit Cairo next month.", country("Egypt"),
                LAVROV);
        actors(d);
        assertThat(names(d.sources())).containsExactly("Sergey Lavrov");
        assertThat(names(d.targets())).containsExactly("Egypt");
    }

    @Test
    void aByFarAfterTheTriggerIsAnotherVerbsNotItsAgent() {
        Detection near = Fixture.on("HOSTED_VISIT", "en", "Viktor Orban was received in the Kremlin by Sergey Lavrov.",
                person("Viktor Orban"), LAVROV);
        actors(near);
        assertThat(names(near.sources())).containsExactly("Sergey Lavrov");
        Detection far = Fixture.on("COOPERATION", "en",
                "Interpol will send a team to help identify the victims of the flight killed by the crash in Ukraine.",
                new Fixture.Named("ORGANIZATION", "Interpol"), country("Ukraine"));
        actors(far);
        assertThat(names(far.sources())).containsExactly("Interpol");
    }

    @Test
    void placesAreNoActors() {
        assertThat(actors(Fixture.on("TALKS", "en", "The leaders held talks in Moscow.", Fixture.place("Moscow")))).isEmpty();
    }
}
