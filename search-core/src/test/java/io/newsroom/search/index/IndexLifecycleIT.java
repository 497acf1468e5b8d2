package io.newsroom.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Event;
import io.newsroom.localstack.TestElasticsearch;
import io.newsroom.search.SearchClients;
import io.newsroom.search.SearchSettings;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Monthly article indices behind a write alias, on a real node: rollover loses and duplicates nothing; retention drops old months whole. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexLifecycleIT {

    private ElasticsearchClient es;
    private ArticleIndex index;
    private ArticleIndexer indexer;
    private IndexLifecycle lifecycle;

    @BeforeAll
    void connect() {
        es = SearchClients.connect(List.of(TestElasticsearch.url()));
        SearchSettings props = SearchSettings.named("lc-" + UUID.randomUUID().toString().substring(0, 8));
        index = new ArticleIndex(es, props);
        indexer = new ArticleIndexer(es, index);
        lifecycle = new IndexLifecycle(es, index, props);
    }

    @AfterAll
    void close() throws IOException {
        es.close();
    }

    private static EnrichedArticle article(String url, int revision, String published) {
        return new EnrichedArticle(1, ArticleId.of(url), url, "test", revision, "Title " + revision, "Text of " + url + " revision " + revision,
                "en", Instant.parse(published), List.of(), Instant.parse(published), Instant.now(), null, null, null, null, List.of(),
                List.of(), null);
    }

    @SuppressWarnings("rawtypes")
    private Map<String, String> where() throws IOException {
        es.indices().refresh(r -> r.index(index.alias()));
        SearchResponse<Map> r = es.search(s -> s.index(index.alias()).size(100), Map.class);
        return r.hits().hits().stream().collect(Collectors.toMap(h -> (String) h.source().get("url"), h -> h.index()));
    }

    @Test
    void aRevisionAfterARolloverStaysInItsIndexAndRetentionDropsOnlyOldMonths() throws IOException {
        EnrichedArticle old = article("http://s/old", 1, "2020-01-15T10:00:00Z");
        indexer.index(List.of(old));
        assertThat(lifecycle.rollover(Duration.ofDays(30))).as("a fresh index is not rolled over").isFalse();
        assertThat(lifecycle.rollover(Duration.ZERO)).isTrue();
        EnrichedArticle recent = article("http://s/recent", 1, Instant.now().toString());
        indexer.index(List.of(recent, article("http://s/old", 2, "2020-01-15T10:00:00Z")));

        Map<String, String> where = where();
        assertThat(where).hasSize(2);
        assertThat(where.get("http://s/old")).endsWith("-000001");
        assertThat(where.get("http://s/recent")).endsWith("-000002");

        // the newest index is never dropped, however old its articles
        assertThat(lifecycle.dropOlderThan(Instant.parse("2021-01-01T00:00:00Z"))).containsExactly(index.prefix() + "-000001");
        assertThat(where()).containsOnlyKeys("http://s/recent");
        assertThat(lifecycle.dropOlderThan(Instant.now().plusSeconds(86_400))).isEmpty();
    }

    @Test
    void anIndexMadeByAnOlderVersionGainsTheNewFieldsAndKeepsTakingArticles() throws IOException {
        SearchSettings props = SearchSettings.named("up-" + UUID.randomUUID().toString().substring(0, 8));
        // the mapping as the previous version made it: no offsets on the text, no events, SimHash or copies
        ObjectNode old = (ObjectNode) JsonMapper.builder().build().readTree(ManagedIndex.resource("/elasticsearch/articles-index.json"));
        ObjectNode properties = (ObjectNode) old.get("mappings").get("properties");
        properties.remove(List.of("events", "simhash", "simhashBands", "copyOf"));
        properties.propertyNames().forEach(f -> ((ObjectNode) properties.get(f)).remove("index_options"));
        es.indices().create(c -> c.index(props.indexPrefix() + "-000001").withJson(new StringReader(old.toString()))
                .aliases(props.alias(), a -> a).aliases(props.writeAlias(), a -> a.isWriteIndex(true)));
        ArticleIndex upgraded = new ArticleIndex(es, props);
        ArticleIndexer writer = new ArticleIndexer(es, upgraded);
        EnrichedArticle a = article("http://s/upgraded", 1, "2024-05-09T10:00:00Z");
        EnrichedArticle withEvents = new EnrichedArticle(1, a.id(), a.url(), a.source(), 1, a.title(), a.text(), a.lang(), a.publishedAt(),
                List.of(), a.fetchedAt(), a.enrichedAt(), null, null, null, null, List.of(), List.of(new Event("VISIT",
                        "042", "CONSULT", "occurred", List.of(), List.of(), List.of(), null, null, null, "visited", null, 0.5, null)), "00ff00ff00ff00ff");
        assertThat(writer.index(List.of(withEvents))).isEmpty();
        es.indices().refresh(r -> r.index(props.alias()));
        assertThat(es.count(c -> c.index(props.alias())).count()).isEqualTo(1);
    }
}
