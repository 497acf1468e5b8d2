package io.newsroom.search.index;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.SimHash;

/**
 * Finds, for each article of a batch, the earlier article whose story it copies: a wire story republished on
 * another site, with its own headline or sign-off. Candidates share a SimHash band and a date within
 * {@link #WINDOW_DAYS} days (copies of a story appear within days) or the very same hash, and are themselves
 * originals; the nearest within {@link SimHash#COPY_DISTANCE} bits wins. Articles of the same batch are compared
 * with each other too. Thread-safe.
 */
class CopyFinder {

    static final int WINDOW_DAYS = 3;
    private static final int CANDIDATES = 50;

    private final ElasticsearchClient es;
    private final ArticleIndex index;

    CopyFinder(ElasticsearchClient es, ArticleIndex index) {
        this.es = es;
        this.index = index;
    }

    /** @return article id to the id of the original it copies, for the articles that are copies */
    @SuppressWarnings("rawtypes")
    Map<String, String> originals(List<EnrichedArticle> batch) throws IOException {
        Map<String, String> copyOf = new HashMap<>();
        List<EnrichedArticle> hashed = batch.stream().filter(a -> a.simhash() != null).toList();
        if (hashed.isEmpty()) {
            return copyOf;
        }
        MsearchResponse<Map> r = es.msearch(m -> {
            for (EnrichedArticle a : hashed) {
                Instant day = ArticleDocument.date(a);
                List<FieldValue> bands = SimHash.bands(a.simhash()).stream().map(FieldValue::of).toList();
                m.searches(s -> s.header(h -> h.index(index.alias())).body(b -> b.size(CANDIDATES)
                        .source(src -> src.filter(f -> f.includes("id", "simhash")))
                        .query(q -> q.bool(x -> x.filter(f -> f.terms(t -> t.field("simhashBands").terms(v -> v.value(bands))))
                                // near in time, or the very same text at any time (an undated page and its archived capture)
                                .filter(f -> f.bool(near -> near.minimumShouldMatch("1")
                                        .should(w -> w.range(rg -> rg.untyped(u -> u.field("date")
                                                .gte(JsonData.of(day.minus(WINDOW_DAYS, ChronoUnit.DAYS).toString()))
                                                .lte(JsonData.of(day.plus(WINDOW_DAYS, ChronoUnit.DAYS).toString())))))
                                        .should(w -> w.term(t -> t.field("simhash").value(a.simhash())))))
                                .mustNot(n -> n.ids(i -> i.values(a.id())))
                                .mustNot(n -> n.exists(e -> e.field("copyOf")))))
                        .sort(o -> o.field(f -> f.field("date").order(SortOrder.Asc)))));
            }
            return m;
        }, Map.class);
        for (int i = 0; i < hashed.size(); i++) {
            EnrichedArticle a = hashed.get(i);
            MultiSearchResponseItem<Map> item = r.responses().get(i);
            if (item.isFailure()) {
                throw new RetryableIndexingException("copy search failed: " + item.failure().error().reason());
            }
            String best = null;
            int bestDistance = SimHash.COPY_DISTANCE + 1;
            for (Hit<Map> h : item.result().hits().hits()) {
                Object hash = h.source().get("simhash");
                int d = hash == null ? Integer.MAX_VALUE : SimHash.distance(a.simhash(), (String) hash);
                if (d < bestDistance) {
                    best = (String) h.source().get("id");
                    bestDistance = d;
                }
            }
            // an earlier original of this batch is as good a match as one already indexed
            for (int j = 0; j < i && best == null; j++) {
                EnrichedArticle earlier = hashed.get(j);
                if (!copyOf.containsKey(earlier.id()) && !earlier.id().equals(a.id())
                        && SimHash.distance(a.simhash(), earlier.simhash()) <= SimHash.COPY_DISTANCE) {
                    best = earlier.id();
                }
            }
            if (best != null) {
                copyOf.put(a.id(), best);
            }
        }
        return copyOf;
    }
}
