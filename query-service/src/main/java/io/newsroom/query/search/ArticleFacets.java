package io.newsroom.query.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsroom.query.index.ArticleIndex;

/**
 * Facets and timelines of an {@link ArticleQuery}: one aggregation request each, no hits fetched. Entity counts are
 * counts of articles (an article's entity appears once in it, with all its mentions). Thread-safe.
 */
@Component
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
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0).query(ArticleSearch.query(q))
                .trackTotalHits(t -> t.enabled(true))
                .aggregations("languages", a -> a.terms(t -> t.field("lang").size(top)))
                .aggregations("sources", a -> a.terms(t -> t.field("source").size(top)))
                .aggregations("entities", a -> a.nested(n -> n.path("entities"))
                        .aggregations("types", t -> t.terms(tt -> tt.field("entities.type").size(4))
                                .aggregations("ids", i -> i.terms(ti -> ti.field("entities.id").size(top))
                                        .aggregations("name", n -> n.terms(tn -> tn.field("entities.name").size(1))))))
                // counted in articles: the nested type terms, each brought back to its article
                .aggregations("events", a -> a.nested(n -> n.path("events"))
                        .aggregations("types", t -> t.terms(tt -> tt.field("events.type").size(top))
                                .aggregations("articles", ra -> ra.reverseNested(rn -> rn)))),
                Void.class);
        Map<String, List<Facets.EntityBucket>> entities = new LinkedHashMap<>();
        for (StringTermsBucket type : r.aggregations().get("entities").nested().aggregations().get("types").sterms()
                .buckets().array()) {
            entities.put(type.key().stringValue(), type.aggregations().get("ids").sterms().buckets().array().stream()
                    .map(b -> new Facets.EntityBucket(b.key().stringValue(), firstKey(b.aggregations().get("name")),
                            b.docCount())).toList());
        }
        long total = r.hits().total() == null ? 0 : r.hits().total().value();
        List<Facets.Bucket> eventTypes = r.aggregations().get("events").nested().aggregations().get("types").sterms().buckets()
                .array().stream().map(b -> new Facets.Bucket(b.key().stringValue(),
                        b.aggregations().get("articles").reverseNested().docCount())).toList();
        return new Facets(total, buckets(r.aggregations().get("languages")), buckets(r.aggregations().get("sources")),
                entities, eventTypes);
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

    private static String firstKey(Aggregate terms) {
        return terms.sterms().buckets().array().stream().findFirst().map(b -> b.key().stringValue()).orElse(null);
    }
}
