package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

    @Test
    void aDateOfAYearOrAMonthIsItsFirstDayAsAStartAndItsLastAsAnEnd() {
        assertThat(GazetteerLoader.date("2019", false)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(GazetteerLoader.date("2019", true)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(GazetteerLoader.date("2024-02", true)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(GazetteerLoader.date("2019-03-20", true)).isEqualTo(LocalDate.of(2019, 3, 20));
        assertThat(GazetteerLoader.date("", false)).isNull();
        assertThat(GazetteerLoader.date("soon", false)).isNull();
    }

    @Test
    void aCountryRowWithoutAQidTakesTheOneThePeopleDataGivesItsCodeWhereTheRowsAgree() {
        Map<String, String> qids = GazetteerLoader.countryQids(List.of(person("NAM", "Q1030"), person("NAM", "Q1030"),
                person("XXX", "Q1"), person("XXX", "Q2"), person("", "Q1246")));
        assertThat(qids).containsExactly(Map.entry("NAM", "Q1030"));
        // the shipped data: Namibia's row has no QID
        assertThat(Shipped.GAZETTEER.entries()).anyMatch(e -> e.id().equals("Q1030") && e.name().equals("Namibia"));
    }

    @Test
    void aCountryTheOverlayAddsHasCldrNamesAndTheOfficesThePeopleDataGivesByItsQidAloneTakeItsCode() {
        GazetteerEntry kosovo = Shipped.GAZETTEER.entries().stream().filter(e -> e.id().equals("Q1246")).findFirst()
                .orElseThrow();
        assertThat(kosovo.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(kosovo.countries()).containsExactly("XKK");
        assertThat(kosovo.aliases()).extracting(GazetteerEntry.Alias::text).contains("Kosovo", "Косово", "كوسوفو");
        // Albin Kurti's offices are in the data under Kosovo's QID, with no code
        GazetteerEntry kurti = Shipped.GAZETTEER.entries().stream().filter(e -> e.id().equals("Q441633")).findFirst()
                .orElseThrow();
        assertThat(kurti.roles()).isNotEmpty().allSatisfy(r -> assertThat(r.country()).isEqualTo("XKK"));
    }

    @Test
    void theWorldsRegionsArePlacesInEveryLanguageUnlessAnotherEntryHasTheName() {
        GazetteerEntry eastAfrica = Shipped.GAZETTEER.byId("newsroom:place:eastern-africa").orElseThrow();
        assertThat(eastAfrica.type()).isEqualTo(EntityType.PLACE);
        assertThat(eastAfrica.aliases()).extracting(GazetteerEntry.Alias::text)
                .contains("Eastern Africa", "Восточная Африка", "شرق أفريقيا");
        // Южная Африка is South Africa's short name in Russian, so Southern Africa goes without it
        assertThat(Shipped.GAZETTEER.byId("newsroom:place:southern-africa").orElseThrow().aliases())
                .extracting(GazetteerEntry.Alias::text).doesNotContain("Южная Африка");
        // Америка means the United States in most news: the Americas are left out
        assertThat(Shipped.GAZETTEER.byId("newsroom:place:americas")).isEmpty();
        // a region the overlay has gains the names it lacks
        assertThat(Shipped.GAZETTEER.byId("newsroom:place:central-asia").orElseThrow().aliases())
                .extracting(GazetteerEntry.Alias::text).contains("Central Asia", "وسط آسيا");
    }

    private static Map<String, String> person(String iso3, String countryQid) {
        return Map.of("country_iso3", iso3, "country_qid", countryQid);
    }

    @Test
    void theHeadsOfEarlierDecadesAreListedWithTheirOfficesAndCountAsMinorOfficeHolders() {
        GazetteerEntry thatcher = Shipped.GAZETTEER.byId("Q7416").orElseThrow();
        assertThat(thatcher.name()).isEqualTo("Margaret Thatcher");
        assertThat(thatcher.roles()).anySatisfy(r -> {
            assertThat(r.role()).isEqualTo("head_of_government");
            assertThat(r.country()).isEqualTo("GBR");
            assertThat(r.start().getYear()).isEqualTo(1979);
        });
        assertThat(thatcher.recent()).isFalse();
        assertThat(thatcher.prominence()).isLessThan(Gazetteer.SURNAME_PROMINENCE);
        // someone in office since 2000 counts in full, earlier offices or not
        GazetteerEntry putin = Shipped.GAZETTEER.byId("Q7747").orElseThrow();
        assertThat(putin.recent()).isTrue();
        assertThat(putin.prominence()).isEqualTo(1.0);
        // the overlay gives a Portuguese label its English name
        assertThat(Shipped.GAZETTEER.byId("Q34453").orElseThrow().name()).isEqualTo("Boris Yeltsin");
    }
}
