package io.newsroom.enrich.event;

import static io.newsroom.enrich.event.Fixture.country;
import static io.newsroom.enrich.event.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Entity;

class PoliticalActorFilterTest {

    /** Putin holds an office from 2000 on; Ford held one until 2003; the WHO and a foreign ministry are political. */
    private static final PoliticalActors POLITICAL = new PoliticalActors(Map.of(
            "test:Vladimir Putin", List.of(new PoliticalActors.Term(LocalDate.of(2000, 5, 7), null)),
            "test:Peter Ford", List.of(new PoliticalActors.Term(null, LocalDate.of(2003, 1, 1)))),
            Set.of("test:World Health Organization"), Map.of());

    private static boolean kept(String type, String text, Fixture.Named... named) {
        Detection d = Fixture.on(type, "en", text, named);
        new ActorFinder().apply(d);
        return new PoliticalActorFilter(POLITICAL).apply(d);
    }

    @Test
    void anOfficeHolderACountryOrAnInternationalOrganisationActsPolitically() {
        assertThat(kept("MEETING", "Vladimir Putin met Pedro Sanchez.", person("Vladimir Putin"),
                person("Pedro Sanchez"))).isTrue();
        assertThat(kept("MEETING", "Spain and Croatia met on Saturday.", country("Spain"), country("Croatia"))).isTrue();
        assertThat(kept("MEETING", "Doctors of the World Health Organization will meet today.",
                new Fixture.Named("ORGANIZATION", "World Health Organization"))).isTrue();
    }

    @Test
    void companiesAndPrivatePeopleDoNot() {
        assertThat(kept("MEETING", "Pineda met up with Al-Ibrahim in Clifton.", person("Pineda"),
                person("Al-Ibrahim"))).isFalse();
        assertThat(kept("COOPERATION", "Acme announced an alliance with Contoso.",
                new Fixture.Named("ORGANIZATION", "Acme"), new Fixture.Named("ORGANIZATION", "Contoso"))).isFalse();
    }

    @Test
    void anOfficeHeldYearsBeforeTheArticleIsNoRole() {
        assertThat(kept("COOPERATION", "Peter Ford and Contoso announced an alliance.", person("Peter Ford"))).isFalse();
    }

    @Test
    void anOfficeTheSentenceGivesMakesAPersonPolitical() {
        assertThat(kept("MEETING", "Prime Minister Romendacil met Elrond.", person("Romendacil"),
                person("Elrond"))).isTrue();
    }

    @Test
    void aCountryNamedOnlyAsWhereSomethingHappensDoesNot() {
        assertThat(kept("MEETING", "The people we met in Japan were kind.", country("Japan"))).isFalse();
        assertThat(kept("MEETING", "Japan met China in Geneva.", country("Japan"), country("China"))).isTrue();
    }

    /** The sentence with a country named by its adjective, on its meeting. */
    private static boolean keptWithAdjective(String text, String adjective, String country) {
        int at = text.indexOf(adjective);
        Entity e = new Entity("test:" + country, country, "COUNTRY", 0.5,
                List.of(new Entity.Mention("text", at, at + adjective.length(), adjective)));
        Detection d = new Detection(Lexicon.ENGLISH, new SentenceSplitter().split("text", text), List.of(e),
                Fixture.ARTICLE);
        d.read(0);
        Fixture.on("MEETING", d);
        new ActorFinder().apply(d);
        return new PoliticalActorFilter(POLITICAL).apply(d);
    }

    @Test
    void aCountryNamedByItsAdjectiveActsOnlyWithAnOfficeAfterIt() {
        assertThat(keptWithAdjective("His Kenyan relatives will meet him in Nairobi.", "Kenyan", "Kenya")).isFalse();
        assertThat(keptWithAdjective("Kenya will meet him in Nairobi.", "Kenya", "Kenya")).isTrue();
        assertThat(keptWithAdjective("The Kenyan government will meet him in Nairobi.", "Kenyan", "Kenya")).isTrue();
    }
}
