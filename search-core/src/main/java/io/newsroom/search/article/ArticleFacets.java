package io.newsroom.search.article;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsroom.search.index.ArticleDocument;
import io.newsroom.search.index.ArticleIndex;

/**
 * Facets and timelines of an {@link ArticleQuery}: one aggregation request each, no hits fetched. Entity counts are
 * counts of articles (an article's entity appears once in it, with all its mentions). Thread-safe.
 */
public class ArticleFacets {

    private static final Map<String, CalendarInterval> INTERVALS = Map.of("day", CalendarInterval.Day,
            "week", CalendarInterval.Week, "month", CalendarInterval.Month, "year", CalendarInterval.Year);

    private final ElasticsearchClient es;
    private final ArticleIndex index;

    public ArticleFacets(ElasticsearchClient es, ArticleIndex index) {
        this.es = es;
        this.index = index;
    }

    /** The intervals {@link #timeline} takes. */
    public static boolean isInterval(String interval) {
        return INTERVALS.containsKey(interval);
    }

    /** @param top how many values per facet */
    public Facets facets(ArticleQuery q, int top) throws IOException {
        index.ensure();
        SearchRequest.Builder request = new SearchRequest.Builder().index(index.alias()).size(0).query(ArticleSearch.query(q))
                .trackTotalHits(t -> t.enabled(true));
        aggregations(request, top);
        return read(es.search(request.build(), Void.class));
    }

    /**
     * The facets' aggregations. Entities and event types are counted on the article's flat facet keys, not through
     * the nested documents: a terms count per article, several times faster over many articles.
     */
    private static void aggregations(SearchRequest.Builder request, int top) {
        request.aggregations("languages", a -> a.terms(t -> t.field("lang").size(top)))
                .aggregations("sources", a -> a.terms(t -> t.field("source").size(top)))
                .aggregations("eventTypes", a -> a.terms(t -> t.field("eventTypes").size(top)));
        for (String type : ArticleDocument.FACET_TYPES) {
            request.aggregations(type, a -> a.terms(t -> t.field(ArticleDocument.facetField(type)).size(top)));
        }
    }

    private static Facets read(SearchResponse<?> r) {
        Map<String, List<Facets.EntityBucket>> entities = new LinkedHashMap<>();
        for (String type : ArticleDocument.FACET_TYPES) {
            List<Facets.EntityBucket> buckets = r.aggregations().get(type).sterms().buckets().array().stream().map(b -> {
                String key = b.key().stringValue();
                int cut = key.indexOf(ArticleDocument.FACET_SEPARATOR);
                return new Facets.EntityBucket(key.substring(0, cut), key.substring(cut + 1), b.docCount());
            }).toList();
            if (!buckets.isEmpty()) {
                entities.put(type, buckets);
            }
        }
        long total = r.hits().total() == null ? 0 : r.hits().total().value();
        return new Facets(total, buckets(r.aggregations().get("languages")), buckets(r.aggregations().get("sources")),
                entities, buckets(r.aggregations().get("eventTypes")));
    }

    /** @param interval one of day, week, month, year ({@link #isInterval}) */
    public Timeline timeline(ArticleQuery q, String interval) throws IOException {
        index.ensure();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0).query(ArticleSearch.query(q))
                .aggregations("timeline", a -> a.dateHistogram(d -> d.field("date")
                        .calendarInterval(INTERVALS.get(interval)).format("yyyy-MM-dd").minDocCount(0))),
                Void.class);
        return new Timeline(interval, r.aggregations().get("timeline").dateHistogram().buckets().array().stream()
                .map(b -> new Timeline.Point(b.keyAsString(), b.docCount())).toList());
    }

    private static List<Facets.Bucket> buckets(Aggregate terms) {
        return terms.sterms().buckets().array().stream()
                .map(b -> new Facets.Bucket(b.key().stringValue(), b.docCount())).toList();
    }
}
