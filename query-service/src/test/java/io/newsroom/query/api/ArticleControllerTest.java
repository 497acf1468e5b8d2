package io.newsroom.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.newsroom.query.QueryProperties;
import io.newsroom.search.article.ArticleExport;
import io.newsroom.search.article.ArticleFacets;
import io.newsroom.search.article.ArticlePage;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleSearch;
import io.newsroom.search.article.Facets;
import io.newsroom.search.article.Timeline;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.web.ApiKeyGuard;

/** The article endpoints over HTTP, the search behind them stubbed: what reaches it, and every refusal. */
@WebMvcTest(ArticleController.class)
@Import(ArticleControllerTest.Keys.class)
class ArticleControllerTest {

    private static final String ID = "a".repeat(64);
    private static final String READ_KEY = "test-read-key";
    private static final String WRITE_KEY = "test-key";

    /** The keys and export limit as the service makes them from its settings. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Keys {

        @Bean
        ApiKeyGuard apiKeyGuard() {
            return new ApiKeyGuard(READ_KEY, WRITE_KEY, "write endpoints are disabled");
        }

        @Bean
        QueryProperties.Export exportSettings() {
            return new QueryProperties.Export(10_000);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleSearch search;

    @MockitoBean
    ArticleFacets facets;

    @MockitoBean
    ArticleExport export;

    @MockitoBean
    EntityDirectory directory;

    @Test
    void theSearchGetsTheParsedParametersAndItsPageIsTheAnswer() throws Exception {
        when(search.search(any())).thenReturn(new ArticlePage(42, List.of(), "next-cursor"));
        mvc.perform(get("/api/articles").param("q", "talks").param("lang", "EN").param("size", "5")
                        .param("from", "2024-05-09").param("eventType", "VISIT").param("sort", "date"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(42))
                .andExpect(jsonPath("$.next").value("next-cursor"));
        ArgumentCaptor<ArticleQuery> q = ArgumentCaptor.forClass(ArticleQuery.class);
        verify(search).search(q.capture());
        assertThat(q.getValue().text()).isEqualTo("talks");
        assertThat(q.getValue().lang()).isEqualTo("en");
        assertThat(q.getValue().size()).isEqualTo(5);
        assertThat(q.getValue().from()).isEqualTo(Instant.parse("2024-05-09T00:00:00Z"));
        assertThat(q.getValue().eventType()).isEqualTo("VISIT");
        assertThat(q.getValue().byDate()).isTrue();
        assertThat(q.getValue().namedEntity()).isNull();
    }

    @Test
    void aNameInTheQueryAlsoSearchesForItsIdentity() throws Exception {
        when(directory.namedBy("Tokayev")).thenReturn(Optional.of("Q200881"));
        when(search.search(any())).thenReturn(new ArticlePage(0, List.of(), null));
        mvc.perform(get("/api/articles").param("q", "Tokayev")).andExpect(status().isOk());
        ArgumentCaptor<ArticleQuery> q = ArgumentCaptor.forClass(ArticleQuery.class);
        verify(search).search(q.capture());
        assertThat(q.getValue().namedEntity()).isEqualTo("Q200881");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "size=0 | size must be a whole number from 1 to 100, was '0'",
            "size=abc | size must be a whole number",
            "from=yesterday | from must be an ISO-8601 date",
            "from=2024-05-02&to=2024-05-01 | from must be before to",
            "cursor=bm90LWpzb24 | cursor is not one this API issued",
            "lang=english | lang must be an ISO 639-1 code",
            "entity=Tokayev | entity must be a Wikidata QID",
            "q=%22unclosed | q has an unclosed",
            "q=Putin%20%7C | q ends with",
            "entityType=THING | entityType must be one of PERSON, COUNTRY, ORGANIZATION, PLACE",
            "sort=random | sort must be one of relevance, date",
            "copies=some | copies must be one of collapse, include",
            "/facets?top=0 | top must be a whole number from 1 to 50",
            "/facets?lang=english | lang must be an ISO 639-1 code",
            "/timeline?interval=hour | interval must be day, week, month or year",
            "/export?format=xml | format must be ndjson or csv, was 'xml'",
            "/export?limit=0 | limit must be a whole number from 1 to 10000",
            "/export?size=0 | size must be a whole number from 1 to 100",
            "/nope | an article id is 64 lower-case hex characters"})
    void aMalformedParameterIsA400ThatSaysWhatToChangeAndNothingIsSearched(String query, String message) throws Exception {
        String path = query.startsWith("/") ? "/api/articles" + query : "/api/articles?" + query;
        mvc.perform(get(URI.create(path)).header("X-API-Key", READ_KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value("Bad Request"))
                .andExpect(jsonPath("$.message", startsWith(message)));
        verifyNoInteractions(search, facets, export);
    }

    @Test
    void oneArticleIsItsDocumentAndAnUnknownIdIsA404() throws Exception {
        when(search.byId(ID)).thenReturn(Optional.of(Map.of("id", ID, "text", "the full text")));
        mvc.perform(get("/api/articles/" + ID)).andExpect(status().isOk()).andExpect(jsonPath("$.text").value("the full text"));
        String unknown = "b".repeat(64);
        when(search.byId(unknown)).thenReturn(Optional.empty());
        mvc.perform(get("/api/articles/" + unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no article " + unknown));
    }

    @Test
    void facetsAndTimelinesTakeTheSearchesFiltersWithTheirOwnDefaults() throws Exception {
        when(facets.facets(any(), anyInt())).thenReturn(new Facets(3, List.of(), List.of(), Map.of(), List.of()));
        mvc.perform(get("/api/articles/facets").param("lang", "ar")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3));
        verify(facets).facets(any(), eq(10));
        when(facets.timeline(any(), any())).thenReturn(new Timeline("day", List.of(new Timeline.Point("2024-05-09", 2))));
        mvc.perform(get("/api/articles/timeline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interval").value("day"))
                .andExpect(jsonPath("$.buckets[0].articles").value(2));
    }

    @Test
    void anExportStreamsNdjsonByDefaultAndCsvWhenAsked() throws Exception {
        doAnswer(call -> {
            call.getArgument(3, OutputStream.class).write("{\"id\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
            return 1L;
        }).when(export).write(any(), anyBoolean(), anyLong(), any());
        MvcResult ndjson = mvc.perform(get("/api/articles/export").header("X-API-Key", READ_KEY))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(ndjson))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/x-ndjson")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"articles.ndjson\""))
                .andExpect(content().string("{\"id\":\"x\"}\n"));
        verify(export).write(any(), eq(false), eq(10_000L), any());

        MvcResult csv = mvc.perform(get("/api/articles/export").param("format", "csv").param("limit", "2")
                .header("X-API-Key", WRITE_KEY)).andReturn();
        mvc.perform(asyncDispatch(csv)).andExpect(header().string("Content-Type", startsWith("text/csv")));
        verify(export).write(any(), eq(true), eq(2L), any());
    }

    @Test
    void anExportNeedsTheReadKeyOrTheWriteKey() throws Exception {
        mvc.perform(get("/api/articles/export"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message", startsWith("missing or wrong X-API-Key")));
        mvc.perform(get("/api/articles/export").header("X-API-Key", "wrong")).andExpect(status().isUnauthorized());
        verifyNoInteractions(export);
    }

    @Test
    void anExportAboveTheLimitIsA400ThatSaysTheLimit() throws Exception {
        mvc.perform(get("/api/articles/export").param("limit", "10001").header("X-API-Key", READ_KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("limit must be a whole number from 1 to 10000, was '10001'")))
                .andExpect(jsonPath("$.message", containsString("an export is at most 10000 articles")));
        mvc.perform(get("/api/articles/export").param("limit", "1000000").header("X-API-Key", READ_KEY))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(export);
    }

    @Test
    void searchingNeedsNoKey() throws Exception {
        when(search.search(any())).thenReturn(new ArticlePage(0, List.of(), null));
        mvc.perform(get("/api/articles")).andExpect(status().isOk());
    }

    @Test
    void theSettingsNeverPrintTheirKeys() {
        QueryProperties props = new QueryProperties(null, null, null, "write-secret", "http://ingest", new QueryProperties.Alerts(
                "a", "a", null, "webhook-secret", List.of(), null, 1, null, 1), "read-secret", new QueryProperties.Export(10));
        assertThat(props.toString()).doesNotContain("write-secret").doesNotContain("read-secret")
                .doesNotContain("webhook-secret").contains("ingestUrl=http://ingest").contains("maxRows=10");
    }

    @Test
    void searchUnavailableIsA503SoClientsRetry() throws Exception {
        when(search.search(any())).thenThrow(new IOException("Connection refused"));
        mvc.perform(get("/api/articles"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("search is unavailable right now, try again shortly"));
    }
}
