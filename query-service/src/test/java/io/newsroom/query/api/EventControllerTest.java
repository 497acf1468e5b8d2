package io.newsroom.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.event.Dyads;
import io.newsroom.search.event.EventMap;
import io.newsroom.search.event.EventPage;
import io.newsroom.search.event.EventQuery;
import io.newsroom.search.event.EventStore;

/** The events endpoints over HTTP, the store stubbed: the filters it gets, and every refusal. */
@WebMvcTest(EventController.class)
class EventControllerTest {

    private static final Instant T = Instant.parse("2024-05-04T09:00:00Z");
    private static final MergedEvent VISIT = new MergedEvent(MergedEvent.SCHEMA_VERSION, "87660ad1cd754841dfe7bea4",
            "VISIT|Q200881", "VISIT", "VISIT", "036", "AGREE", Event.PLANNED,
            List.of(new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON")), List.of("Q200881"), List.of(), List.of(),
            new EntityRef("Q649", "Moscow", "PLACE"), LocalDate.parse("2024-05-08"), null, "will visit Moscow", null, 0.9, T, T,
            1, 0, 1, 1, List.of("ar"), List.of("rt"), null, List.of(new MergedEvent.StatusChange(Event.PLANNED, T, "a")), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EventStore store;

    @MockitoBean
    EntityDirectory directory;

    @Test
    void theListGetsTheParsedFilters() throws Exception {
        when(store.search(any())).thenReturn(new EventPage(1, List.of(VISIT)));
        mvc.perform(get("/api/events").param("type", "VISIT").param("status", "planned").param("actor", "Q200881")
                        .param("country", "Q159").param("from", "2024-05-01").param("to", "2024-05-31").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.events[0].id").value(VISIT.id()))
                .andExpect(jsonPath("$.events[0].date").value("2024-05-08"));
        ArgumentCaptor<EventQuery> q = ArgumentCaptor.forClass(EventQuery.class);
        verify(store).search(q.capture());
        assertThat(q.getValue()).isEqualTo(EventQuery.of("VISIT", "planned", "Q200881", "Q159", LocalDate.parse("2024-05-01"),
                LocalDate.parse("2024-05-31"), 5));
    }

    @Test
    void whoDidItAndToWhomReachTheStoreAsSourceAndTargetActors() throws Exception {
        when(store.search(any())).thenReturn(new EventPage(0, List.of()));
        mvc.perform(get("/api/events").param("sourceActor", "Q159").param("targetActor", "Q212").param("status", "denied"))
                .andExpect(status().isOk());
        ArgumentCaptor<EventQuery> q = ArgumentCaptor.forClass(EventQuery.class);
        verify(store).search(q.capture());
        assertThat(q.getValue()).isEqualTo(new EventQuery(null, null, null, null, null, "denied", null, "Q159", "Q212", null, Set.of(),
                null, null, ArticleQueryParser.DEFAULT_SIZE, null));
    }

    @Test
    void aPloverClassReachesTheStoreAsItsTypesAndAnUnknownOneIsABadRequestNamingIt() throws Exception {
        when(store.search(any())).thenReturn(new EventPage(0, List.of()));
        mvc.perform(get("/api/events").param("quad", "verbal-conflict")).andExpect(status().isOk());
        ArgumentCaptor<EventQuery> q = ArgumentCaptor.forClass(EventQuery.class);
        verify(store).search(q.capture());
        assertThat(q.getValue().ploverTypes()).containsExactlyInAnyOrder("REQUEST", "ACCUSE", "REJECT", "THREATEN");
        mvc.perform(get("/api/events").param("quad", "hostile")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", org.hamcrest.Matchers.startsWith("quad must be one of")));
        mvc.perform(get("/api/events").param("plover", "VISIT")).andExpect(status().isBadRequest());
    }

    @Test
    void whoDidItAndToWhomMayBeCountryCodesAndAnUnknownCodeIsABadRequestNamingIt() throws Exception {
        when(store.search(any())).thenReturn(new EventPage(0, List.of()));
        when(directory.countryByCode("RUS")).thenReturn(Optional.of("Q159"));
        when(directory.countryByCode("UKR")).thenReturn(Optional.of("Q212"));
        mvc.perform(get("/api/events").param("sourceActor", "RUS").param("targetActor", "ukr").param("quad", "conflict"))
                .andExpect(status().isOk());
        ArgumentCaptor<EventQuery> q = ArgumentCaptor.forClass(EventQuery.class);
        verify(store).search(q.capture());
        assertThat(q.getValue().sourceActor()).isEqualTo("Q159");
        assertThat(q.getValue().targetActor()).isEqualTo("Q212");
        mvc.perform(get("/api/events").param("country", "XYZ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", org.hamcrest.Matchers.startsWith("country: no country has the code 'XYZ'")));
    }

    @Test
    void theSearchWordsLanguageAndSourceOfTheArticlesFiltersReachTheStoreWithTheIdentityTheWordsName() throws Exception {
        when(store.search(any())).thenReturn(new EventPage(0, List.of()));
        when(directory.namedBy("Токаев")).thenReturn(Optional.of("Q200881"));
        mvc.perform(get("/api/events").param("q", " Токаев ").param("lang", "AR").param("source", "rt-arabic"))
                .andExpect(status().isOk());
        ArgumentCaptor<EventQuery> q = ArgumentCaptor.forClass(EventQuery.class);
        verify(store).search(q.capture());
        assertThat(q.getValue()).isEqualTo(new EventQuery("Токаев", "Q200881", "ar", "rt-arabic", null, null, null, null, null, null,
                Set.of(), null, null, ArticleQueryParser.DEFAULT_SIZE, null));
    }

    @Test
    void theMapTakesTheListsFiltersWithTheCountrysPlacesAndFoldsPlacesIntoCountriesThroughTheGazetteer() throws Exception {
        EntityRef russia = new EntityRef("Q159", "Russia", "COUNTRY");
        when(directory.placesIn("Q159")).thenReturn(Set.of("Q649"));
        when(directory.countryOf("Q649")).thenReturn(Optional.of(russia));
        when(store.map(any(), any())).thenReturn(new EventMap(3, List.of(new EventMap.CountryCount(russia, 2)), 1, 0));
        mvc.perform(get("/api/events/map").param("type", "VISIT").param("country", "Q159").param("lang", "en").param("from", "2024-05-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.countries[0].country.id").value("Q159"))
                .andExpect(jsonPath("$.countries[0].events").value(2))
                .andExpect(jsonPath("$.unplaced").value(1));
        ArgumentCaptor<EventQuery> q = ArgumentCaptor.forClass(EventQuery.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Function<String, Optional<EntityRef>>> countryOf = ArgumentCaptor.forClass(Function.class);
        verify(store).map(q.capture(), countryOf.capture());
        assertThat(q.getValue()).isEqualTo(new EventQuery(null, null, "en", null, "VISIT", null, null, null, null, "Q159",
                Set.of("Q649"), LocalDate.parse("2024-05-01"), null, 0, null));
        assertThat(countryOf.getValue().apply("Q649")).contains(russia);
    }

    @Test
    void aPartysDyadsAreAskedForWithItsIdAndHowManyCounterparts() throws Exception {
        EntityRef russia = new EntityRef("Q159", "Russia", "COUNTRY");
        when(store.dyads("Q200881", 5)).thenReturn(new Dyads("Q200881", 3,
                List.of(new Dyads.Counterpart(russia, 2, Map.of("VISIT", 2L), Map.of("2024-05", 2L)))));
        mvc.perform(get("/api/events/dyads").param("actor", "Q200881").param("top", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(3))
                .andExpect(jsonPath("$.counterparts[0].party.name").value("Russia"))
                .andExpect(jsonPath("$.counterparts[0].types.VISIT").value(2))
                .andExpect(jsonPath("$.counterparts[0].months['2024-05']").value(2));
    }

    @Test
    void oneEventAndAnUnknownOne() throws Exception {
        when(store.byId(VISIT.id())).thenReturn(Optional.of(VISIT));
        mvc.perform(get("/api/events/" + VISIT.id())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("planned"));
        String unknown = "0".repeat(24);
        when(store.byId(unknown)).thenReturn(Optional.empty());
        mvc.perform(get("/api/events/" + unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no event " + unknown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?type=PICNIC | type must be one of",
            "?status=maybe | status must be one of [planned, occurred, denied, cancelled]",
            "?actor=Tokayev | actor must be a Wikidata QID",
            "?sourceActor=Tokayev | sourceActor must be a Wikidata QID",
            "?targetActor=Kazakhstan | targetActor must be a Wikidata QID",
            "?country=Russia | country must be a Wikidata QID",
            "?from=May | from must be a date as YYYY-MM-DD",
            "?to=2024-13-01 | to must be a date as YYYY-MM-DD",
            "?from=2024-06-01&to=2024-05-01 | from (2024-06-01) is after to",
            "?size=1000 | size must be a whole number from 1 to 100",
            "?lang=arabic | lang must be an ISO 639-1 code",
            "?q=%22Putin | q has an unclosed",
            "/map?type=PICNIC | type must be one of",
            "/map?country=Russia | country must be a Wikidata QID",
            "/map?from=2024-06-01&to=2024-05-01 | from (2024-06-01) is after to",
            "/map?lang=arabic | lang must be an ISO 639-1 code",
            "/nope | an event id is 24 lower-case hex characters",
            "/dyads | actor is required",
            "/dyads?actor=Tokayev | actor must be a Wikidata QID",
            "/dyads?actor=Q200881&top=0 | top must be a whole number from 1 to 50"})
    void aMalformedParameterIsA400ThatSaysWhatToChange(String query, String message) throws Exception {
        mvc.perform(get(URI.create("/api/events" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith(message)));
        verifyNoInteractions(store);
    }
}
