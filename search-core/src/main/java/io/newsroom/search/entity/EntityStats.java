package io.newsroom.search.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsroom.enrich.entity.GazetteerEntry;
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

    /** The identity with its article count and the {@code top} entities most often mentioned beside it. */
    public EntityDetail detail(GazetteerEntry e, int top) throws IOException {
        return new EntityDetail(e.id(), e.name(), e.type().name(), e.aliases(), e.roles(), e.countries(),
                articleCounts(List.of(e.id())).get(e.id()), cooccurring(e.id(), top));
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

    /** The entities most often mentioned in the articles that mention this one, with how many such articles. */
    public List<Counted> cooccurring(String id, int limit) throws IOException {
        index.ensure();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0)
                .query(q -> q.nested(n -> n.path("entities").query(e -> e.term(t -> t.field("entities.id").value(id)))))
                .aggregations("e", a -> a.nested(n -> n.path("entities"))
                        .aggregations("others", f -> f.filter(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field("entities.id").value(id)))
                                        .filter(x -> x.exists(ex -> ex.field("entities.id")))))
                                .aggregations("ids", t -> t.terms(tt -> tt.field("entities.id").size(limit))
                                        .aggregations("name", x -> x.terms(y -> y.field("entities.name").size(1)))
                                        .aggregations("type", x -> x.terms(y -> y.field("entities.type").size(1)))))), Void.class);
        List<Counted> out = new ArrayList<>();
        for (StringTermsBucket b : r.aggregations().get("e").nested().aggregations().get("others").filter().aggregations()
                .get("ids").sterms().buckets().array()) {
            out.add(new Counted(b.key().stringValue(), first(b, "name"), first(b, "type"), b.docCount()));
        }
        return out;
    }

    private static String first(StringTermsBucket b, String agg) {
        return b.aggregations().get(agg).sterms().buckets().array().stream().findFirst().map(x -> x.key().stringValue()).orElse(null);
    }
}
