package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.EntityRef;

class PoliticalActorsTest {

    private static final PoliticalActors POLITICAL = new PoliticalActors(
            Map.of("Q7747", List.of(new PoliticalActors.Term(LocalDate.of(2000, 5, 7), LocalDate.of(2008, 5, 7)))),
            Set.of("Q7817", "newsroom:org:reuters"), Map.of());

    @Test
    void aPersonActsPoliticallyWhileInOffice() {
        EntityRef putin = new EntityRef("Q7747", "Vladimir Putin", "PERSON");
        assertThat(POLITICAL.political(putin, LocalDate.of(2004, 1, 1))).isTrue();
        assertThat(POLITICAL.political(putin, LocalDate.of(2010, 1, 1))).isFalse();
        assertThat(POLITICAL.political(putin, null)).isTrue();
        assertThat(POLITICAL.political(new EntityRef(null, "Dan Taylor", "PERSON"), null)).isFalse();
    }

    @Test
    void organisationsOfTheGazetteerAndGovernmentBodiesButNotNewsAgencies() {
        assertThat(POLITICAL.political(new EntityRef("Q7817", "World Health Organization", "ORGANIZATION"), null)).isTrue();
        assertThat(POLITICAL.political(new EntityRef("newsroom:org:foreign-ministry-RUS", "Foreign Ministry of Russia",
                "ORGANIZATION"), null)).isTrue();
        assertThat(POLITICAL.political(new EntityRef("newsroom:org:reuters", "Reuters", "ORGANIZATION"), null)).isFalse();
        assertThat(POLITICAL.political(new EntityRef(null, "Francisco Partners", "ORGANIZATION"), null)).isFalse();
    }

    @Test
    void everyCountryDoes() {
        assertThat(PoliticalActors.COUNTRIES_ONLY.political(new EntityRef("Q29", "Spain", "COUNTRY"), null)).isTrue();
    }
}
