package io.newsroom.search.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsroom.search.index.ArticleIndex;

/**
 * Runs an {@link ArticleQuery} against the articles alias. Pages with {@code search_after} on a total order
 * (relevance or date, then id), fetching one extra hit to know whether a next page exists. Thread-safe.
 */
public class ArticleSearch {

    /** Title matches weigh more; the per-language fields add stemming for the article's own language. */
    private static final List<String> FIELDS = List.of("title^3", "text", "title_*^3", "text_*");

    private final ElasticsearchClient es;
    private final ArticleIndex index;
    private final CursorCodec cursors = new CursorCodec();

    public ArticleSearch(ElasticsearchClient es, ArticleIndex index) {
        this.es = es;
        this.index = index;
    }

    public ArticlePage search(ArticleQuery q) throws IOException {
        index.ensure();
        SearchRequest.Builder req = new SearchRequest.Builder()
                .index(index.alias())
                .query(query(q))
                .size(q.size() + 1)
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.excludes("text", "text_*", "title_*", "entities.mentions", "events", "simhashBands")))
                // fragments with the query's words marked, HTML-escaped so a page can show them as they are
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").requireFieldMatch(false)
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("title_*", f -> f.numberOfFragments(0))
                        .fields("text", f -> f.fragmentSize(160).numberOfFragments(2))
                        .fields("text_*", f -> f.fragmentSize(160).numberOfFragments(2)));
        if (q.byRelevance()) {
            req.sort(s -> s.score(o -> o.order(SortOrder.Desc)));
        }
        req.sort(s -> s.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")));
        req.sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
        if (q.after() != null) {
            req.searchAfter(q.after().stream().map(ArticleSearch::fieldValue).toList());
        }
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = es.search(req.build(), Map.class);
        List<ArticleSummary> items = new ArrayList<>();
        String next = null;
        List<Hit<Map>> hits = response.hits().hits();
        List<Hit<Map>> page = hits.subList(0, Math.min(q.size(), hits.size()));
        Map<String, Long> copies = q.includeCopies() ? Map.of() : copyCounts(page.stream().map(Hit::id).toList());
        for (Hit<Map> h : page) {
            items.add(ArticleSummary.of(h.source(), h.highlight(), copies.getOrDefault(h.id(), 0L)));
        }
        if (hits.size() > q.size()) {
            List<Object> sortValues = hits.get(q.size() - 1).sort().stream().map(FieldValue::_get).toList();
            next = cursors.encode(sortValues);
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new ArticlePage(total, items, next);
    }

    /** How many copies of each of these articles' stories other sites carry. */
    private Map<String, Long> copyCounts(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0)
                .query(x -> x.terms(t -> t.field("copyOf").terms(v -> v.value(values))))
                .aggregations("of", a -> a.terms(t -> t.field("copyOf").size(ids.size()))), Void.class);
        Map<String, Long> out = new HashMap<>();
        r.aggregations().get("of").sterms().buckets().array().forEach(b -> out.put(b.key().stringValue(), b.docCount()));
        return out;
    }

    /** The whole stored article, text included, or empty when no article has that id. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> byId(String id) throws IOException {
        index.ensure();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = es.search(s -> s.index(index.alias())
                .query(q -> q.ids(i -> i.values(id))).size(1)
                .source(src -> src.filter(f -> f.excludes("title_*", "text_*", "simhashBands"))), Map.class);
        return response.hits().hits().stream().findFirst().map(h -> (Map<String, Object>) h.source());
    }

    /** The query of a search, shared by the result list, facets and timelines. */
    static Query query(ArticleQuery q) {
        return Query.of(b -> b.bool(bool -> {
            if (q.text() != null) {
                // the words in the article, or the canonical name of an entity it mentions, in whatever script
                bool.must(m -> m.bool(any -> any.minimumShouldMatch("1")
                        .should(s -> s.simpleQueryString(t -> t.query(q.text()).fields(FIELDS).defaultOperator(Operator.And)))
                        .should(s -> s.nested(n -> n.path("entities").scoreMode(ChildScoreMode.Max)
                                .query(e -> e.simpleQueryString(t -> t.query(q.text()).fields("entities.name.text")
                                        .defaultOperator(Operator.And)))))
                        .should(s -> q.namedEntity() == null ? s.matchNone(x -> x)
                                : s.nested(n -> n.path("entities").scoreMode(ChildScoreMode.Max)
                                        .query(e -> e.term(t -> t.field("entities.id").value(q.namedEntity())))))));
            }
            if (q.entity() != null) {
                bool.filter(f -> f.nested(n -> n.path("entities")
                        .query(e -> e.term(t -> t.field("entities.id").value(q.entity())))));
            }
            if (!q.includeCopies()) {
                bool.mustNot(m -> m.exists(e -> e.field("copyOf")));
            }
            if (q.lang() != null) {
                bool.filter(f -> f.term(t -> t.field("lang").value(q.lang())));
            }
            if (q.source() != null) {
                bool.filter(f -> f.term(t -> t.field("source").value(q.source())));
            }
            if (q.entityType() != null) {
                bool.filter(f -> f.nested(n -> n.path("entities")
                        .query(e -> e.term(t -> t.field("entities.type").value(q.entityType())))));
            }
            if (q.country() != null) {
                bool.filter(f -> f.nested(n -> n.path("entities").query(e -> e.bool(c -> c
                        .filter(x -> x.term(t -> t.field("entities.id").value(q.country())))
                        .filter(x -> x.term(t -> t.field("entities.type").value("COUNTRY")))))));
            }
            if (q.eventType() != null) {
                bool.filter(f -> f.nested(n -> n.path("events")
                        .query(e -> e.term(t -> t.field("events.type").value(q.eventType())))));
            }
            if (q.from() != null || q.to() != null) {
                bool.filter(f -> f.range(r -> r.untyped(u -> {
                    u.field("date");
                    if (q.from() != null) {
                        u.gte(JsonData.of(q.from().toString()));
                    }
                    if (q.to() != null) {
                        u.lt(JsonData.of(q.to().toString()));
                    }
                    return u;
                })));
            }
            return bool;
        }));
    }

    private static FieldValue fieldValue(Object v) {
        if (v instanceof Long l) {
            return FieldValue.of(l);
        }
        if (v instanceof Double d) {
            return FieldValue.of(d);
        }
        return FieldValue.of(String.valueOf(v));
    }
}
