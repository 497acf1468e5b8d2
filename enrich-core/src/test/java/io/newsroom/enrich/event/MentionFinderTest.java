package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.EntityRef;

class MentionFinderTest {

    private static final List<String> CAPITALS = List.of("Washington", "Moscow", "Kyiv", "Dushanbe", "Tashkent", "Bishkek");

    /** Each capital a place whose country is called "<capital>'s country". */
    private static List<String> mentions(String text) {
        Fixture.Named[] places = CAPITALS.stream().filter(text::contains).map(Fixture::place).toArray(Fixture.Named[]::new);
        Map<String, EntityRef> capitals = new HashMap<>();
        for (Fixture.Named p : places) {
            capitals.put(p.ref().id(), new EntityRef("test:country-of-" + p.name(), p.name() + "'s country", "COUNTRY"));
        }
        Detection d = Fixture.read("en", text, Fixture.ARTICLE, places);
        assertThat(new MentionFinder(capitals).apply(d)).isTrue();
        return d.occurrences().stream().map(o -> o.entity().name()).toList();
    }

    @Test
    void aCapitalOpeningTheSentenceIsItsCountry() {
        assertThat(mentions("Washington reduced its diplomatic presence.")).containsExactly("Washington's country");
    }

    @Test
    void aCapitalJoinedToAnOpeningOneIsACountryToo() {
        assertThat(mentions("Moscow and Kyiv agreed to exchange prisoners."))
                .containsExactly("Moscow's country", "Kyiv's country");
    }

    @Test
    void aCapitalAfterAPrepositionOrInAListIsAPlace() {
        assertThat(mentions("Talks were held in Moscow.")).containsExactly("Moscow");
        assertThat(mentions("Lavrov visited Dushanbe, Tashkent and Bishkek."))
                .containsExactly("Dushanbe", "Tashkent", "Bishkek");
    }

    @Test
    void mentionsOfOtherSentencesAreLeftOut() {
        Detection d = Fixture.read("en", "Talks were held. Lavrov flew to Moscow.", Fixture.ARTICLE, Fixture.place("Moscow"));
        new MentionFinder(Map.of()).apply(d);
        assertThat(d.occurrences()).isEmpty();
        d.read(1);
        new MentionFinder(Map.of()).apply(d);
        assertThat(d.occurrences()).singleElement().satisfies(o -> assertThat(o.start()).isEqualTo("Lavrov flew to ".length()));
    }
}
