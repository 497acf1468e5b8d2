package io.newsroom.enrich.event;

import static io.newsroom.enrich.event.Fixture.country;
import static io.newsroom.enrich.event.Fixture.names;
import static io.newsroom.enrich.event.Fixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceFinderTest {

    private static List<String> places(String type, String text, Fixture.Named... named) {
        Detection d = Fixture.on(type, "en", text, named);
        assertThat(new PlaceFinder().apply(d)).isTrue();
        return names(d.places());
    }

    @Test
    void theSentencesPlacesInOrder() {
        assertThat(places("MEETING", "Sergey Lavrov met Wang Yi in Vientiane, not in Beijing.", place("Vientiane"),
                place("Beijing"), country("China"))).containsExactly("Vientiane", "Beijing");
    }

    @Test
    void aVisitWithoutAPlaceGoesToTheCountryNamedAfterIt() {
        assertThat(places("VISIT", "France's president visited China.", country("France"), country("China")))
                .containsExactly("China");
        assertThat(places("MEETING", "France's president met with China's.", country("France"), country("China"))).isEmpty();
    }
}
