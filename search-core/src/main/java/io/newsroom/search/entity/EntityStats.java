package io.newsroom.search.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsroom.enrich.entity.GazetteerEntry;
import io.newsroom.search.index.ArticleDocument;
import io.newsroom.search.index.ArticleIndex;

/**
 * What the articles index says about entities: how many articles mention them, and what else those mention.
 * Thread-safe.
 */
public class EntityStats {

    /** An entity and the number of articles that mention it. */
    public record Counted(String id, String name, String type, long articles) {
    }

    private final ElasticsearchClient es;
    private final ArticleIndex index;

    public EntityStats(ElasticsearchClient es, ArticleIndex index) {
        this.es = es;
        this.index = index;
    }

    /**
     * The identity with its article count and the {@code top} entities most often mentioned beside it, in one request:
     * the articles that mention it, counted, and their flat facet keys ({@code id|name} per type) counted per type, as
     * the search's facets count them. The nested entity documents are only matched, never aggregated: aggregating
     * every mention (a request for the count, another for the companions) was most of an entity page's time
     * (BENCHMARKS.md, the dashboard's calls).
     */
    public EntityDetail detail(GazetteerEntry e, int top) throws IOException {
        Seen seen = seen(e.id(), top);
        return new EntityDetail(e.id(), e.name(), e.type().name(), e.aliases(), e.roles(), e.countries(), seen.articles(),
                seen.cooccurring());
    }

    /**
     * A name outside the gazetteer as the articles have it, under its local id: its name and type as they index it,
     * with its article count and companions, as {@link #detail}; empty when no article names it.
     */
    public Optional<EntityDetail> unlinked(String id, int top) throws IOException {
        Seen seen = seen(id, top);
        if (seen.self() == null) {
            return Optional.empty();
        }
        return Optional.of(new EntityDetail(id, seen.self().name(), seen.self().type(), List.of(), List.of(), Set.of(),
                seen.articles(), seen.cooccurring()));
    }

    /** An entity's articles: how many, itself as their facet keys name it (null when none does), its companions. */
    private record Seen(long articles, Counted self, List<Counted> cooccurring) {
    }

    private Seen seen(String entityId, int top) throws IOException {
        index.ensure();
        SearchRequest.Builder request = new SearchRequest.Builder().index(index.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.nested(n -> n.path("entities").query(x -> x.term(t -> t.field("entities.id").value(entityId)))));
        for (String type : ArticleDocument.FACET_TYPES) {
            // one more than asked: the entity's own key is among its type's
            request.aggregations(type, a -> a.terms(t -> t.field(ArticleDocument.facetField(type)).size(top + 1)));
        }
        SearchResponse<Void> r = es.search(request.build(), Void.class);
        // an id under two names (an article indexed before a rename) keeps its larger count
        Map<String, Counted> others = new LinkedHashMap<>();
        Counted self = null;
        for (String type : ArticleDocument.FACET_TYPES) {
            for (StringTermsBucket b : r.aggregations().get(type).sterms().buckets().array()) {
                String key = b.key().stringValue();
                int cut = key.indexOf(ArticleDocument.FACET_SEPARATOR);
                String id = key.substring(0, cut);
                Counted c = new Counted(id, key.substring(cut + 1), type, b.docCount());
                if (!id.equals(entityId)) {
                    others.merge(id, c, (x, y) -> x.articles() >= y.articles() ? x : y);
                } else if (self == null || c.articles() > self.articles()) {
                    self = c;
                }
            }
        }
        List<Counted> cooccurring = others.values().stream()
                .sorted(Comparator.comparingLong(Counted::articles).reversed().thenComparing(Counted::id)).limit(top).toList();
        long articles = r.hits().total() == null ? 0 : r.hits().total().value();
        return new Seen(articles, self, cooccurring);
    }

    /** Articles mentioning each of these ids (absent ids: 0). */
    public Map<String, Long> articleCounts(List<String> ids) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, 0L));
        if (ids.isEmpty()) {
            return out;
        }
        index.ensure();
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0)
                .aggregations("e", a -> a.nested(n -> n.path("entities"))
                        .aggregations("only", f -> f.filter(q -> q.terms(t -> t.field("entities.id").terms(v -> v.value(values))))
                                .aggregations("ids", t -> t.terms(tt -> tt.field("entities.id").size(ids.size()))))), Void.class);
        for (StringTermsBucket b : r.aggregations().get("e").nested().aggregations().get("only").filter().aggregations()
                .get("ids").sterms().buckets().array()) {
            out.put(b.key().stringValue(), b.docCount());
        }
        return out;
    }

    /**
     * Entities whose canonical name matches the text but that the gazetteer does not hold (names outside it),
     * with their article counts.
     */
    public List<Counted> byName(String text, int limit) throws IOException {
        index.ensure();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0)
                .aggregations("e", a -> a.nested(n -> n.path("entities"))
                        .aggregations("named", f -> f.filter(q -> q.match(m -> m.field("entities.name.text").query(text)
                                        .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)))
                                .aggregations("names", t -> t.terms(tt -> tt.field("entities.name").size(limit))
                                        .aggregations("type", ty -> ty.terms(x -> x.field("entities.type").size(1)))
                                        .aggregations("id", ty -> ty.terms(x -> x.field("entities.id").size(1)))))), Void.class);
        List<Counted> out = new ArrayList<>();
        for (StringTermsBucket b : r.aggregations().get("e").nested().aggregations().get("named").filter().aggregations()
                .get("names").sterms().buckets().array()) {
            out.add(new Counted(first(b, "id"), b.key().stringValue(), first(b, "type"), b.docCount()));
        }
        return out;
    }

    private static String first(StringTermsBucket b, String agg) {
        return b.aggregations().get(agg).sterms().buckets().array().stream().findFirst().map(x -> x.key().stringValue()).orElse(null);
    }
}
