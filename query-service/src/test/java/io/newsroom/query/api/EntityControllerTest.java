package io.newsroom.query.api;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.newsroom.enrich.entity.EntityType;
import io.newsroom.enrich.entity.GazetteerEntry;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.entity.EntityDetail;
import io.newsroom.search.entity.EntityStats;

/** The entity endpoints over HTTP, the gazetteer and the article counts stubbed. */
@WebMvcTest(EntityController.class)
class EntityControllerTest {

    private static final GazetteerEntry TOKAYEV = new GazetteerEntry("Q200881", EntityType.PERSON, "Kassym-Jomart Tokayev",
            List.of(new GazetteerEntry.Alias("ru", "Токаев")), List.of(), Set.of("KAZ"), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EntityDirectory directory;

    @MockitoBean
    EntityStats stats;

    @Test
    void aLookupListsTheIdentitiesWithTheirArticlesThenNamesOutsideTheGazetteer() throws Exception {
        when(directory.lookup("Токаев", 10)).thenReturn(List.of(TOKAYEV));
        when(stats.articleCounts(List.of("Q200881"))).thenReturn(Map.of("Q200881", 3L));
        when(stats.byName("Токаев", 10)).thenReturn(List.of(
                new EntityStats.Counted("Q200881", "Kassym-Jomart Tokayev", "PERSON", 3),
                new EntityStats.Counted(null, "Tokayev Street", "PLACE", 1)));
        mvc.perform(get("/api/entities").param("q", " Токаев "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.q").value("Токаев"))
                .andExpect(jsonPath("$.entities.length()").value(2))
                .andExpect(jsonPath("$.entities[0].id").value("Q200881"))
                .andExpect(jsonPath("$.entities[0].articles").value(3))
                .andExpect(jsonPath("$.entities[1].name").value("Tokayev Street"));
    }

    @Test
    void oneEntityComesWithItsNamesArticlesAndCompanions() throws Exception {
        when(directory.byId("Q200881")).thenReturn(Optional.of(TOKAYEV));
        when(stats.detail(TOKAYEV, 5)).thenReturn(new EntityDetail(TOKAYEV.id(), TOKAYEV.name(), TOKAYEV.type().name(),
                TOKAYEV.aliases(), TOKAYEV.roles(), TOKAYEV.countries(), 3,
                List.of(new EntityStats.Counted("Q7747", "Vladimir Putin", "PERSON", 2))));
        mvc.perform(get("/api/entities/Q200881").param("top", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("PERSON"))
                .andExpect(jsonPath("$.aliases[0].text").value("Токаев"))
                .andExpect(jsonPath("$.articles").value(3))
                .andExpect(jsonPath("$.cooccurring[0].id").value("Q7747"));
        verify(stats).detail(TOKAYEV, 5);
    }

    @Test
    void aNameOutsideTheGazetteerIsServedFromItsArticlesUnderItsLocalId() throws Exception {
        String id = "local:person-c793e4c442d2";
        when(stats.unlinked(id, 10)).thenReturn(Optional.of(new EntityDetail(id, "Edward Snowden", "PERSON", List.of(),
                List.of(), Set.of(), 4, List.of(new EntityStats.Counted("Q30", "United States", "COUNTRY", 3)))));
        mvc.perform(get("/api/entities/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Edward Snowden"))
                .andExpect(jsonPath("$.articles").value(4))
                .andExpect(jsonPath("$.aliases.length()").value(0))
                .andExpect(jsonPath("$.cooccurring[0].id").value("Q30"));
        verifyNoInteractions(directory);
    }

    @Test
    void aLocalIdNoArticleCarriesIsNotFound() throws Exception {
        when(stats.unlinked(anyString(), anyInt())).thenReturn(Optional.empty());
        mvc.perform(get("/api/entities/local:person-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no entity local:person-000000000000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/entities/local:person-xyz | 400 | id must be a Wikidata QID",
            "/api/entities | 400 | q is required",
            "/api/entities?q=%20 | 400 | q is required",
            "/api/entities?q=Putin&size=0 | 400 | size must be a whole number from 1 to 50",
            "/api/entities/Putin | 400 | id must be a Wikidata QID",
            "/api/entities/Q200881?top=51 | 400 | top must be a whole number from 1 to 50",
            "/api/entities/Q1 | 404 | no entity Q1"})
    void requestsThatCannotBeAnsweredSayWhy(String path, int status, String message) throws Exception {
        when(directory.byId(anyString())).thenReturn(Optional.empty());
        when(directory.byId("Q200881")).thenReturn(Optional.of(TOKAYEV));
        mvc.perform(get(URI.create(path)))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.message", startsWith(message)));
        verifyNoInteractions(stats);
    }

    @Test
    void aNameLongerThanAnyNameIsRefused() throws Exception {
        mvc.perform(get("/api/entities").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("q is longer than 100 characters"));
    }

    @Test
    void countsUnavailableAreA503() throws Exception {
        when(directory.lookup(anyString(), anyInt())).thenReturn(List.of(TOKAYEV));
        when(stats.articleCounts(any())).thenThrow(new IOException("node gone"));
        mvc.perform(get("/api/entities").param("q", "Tokayev")).andExpect(status().isServiceUnavailable());
    }
}
