package io.newsroom.search.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import io.newsroom.search.SearchSettings;

/**
 * Rolls the article write alias over to a new index when the current one is {@code rolloverAfter} old (monthly
 * by default), and drops whole article indices whose newest article is older than {@code retentionMonths}: the
 * cheap way to forget old news (no delete-by-query). The newest index is never dropped. The caller decides when to
 * {@link #check}; several instances may check at once (rollover conditions and deletes are idempotent).
 * Thread-safe.
 */
public class IndexLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final ElasticsearchClient es;
    private final ArticleIndex index;
    private final SearchSettings props;

    public IndexLifecycle(ElasticsearchClient es, ArticleIndex index, SearchSettings props) {
        this.es = es;
        this.index = index;
        this.props = props;
    }

    /** Rollover and retention as the settings ask. */
    public void check() throws IOException {
        rollover(props.rolloverAfter());
        if (props.retentionMonths() > 0) {
            dropOlderThan(Instant.now().atOffset(ZoneOffset.UTC).minusMonths(props.retentionMonths()).toInstant());
        }
    }

    /** @return whether a new write index was started (the current one was at least {@code maxAge} old) */
    public boolean rollover(Duration maxAge) throws IOException {
        index.ensure();
        var r = es.indices().rollover(x -> x.alias(index.writeAlias())
                .conditions(c -> c.maxAge(t -> t.time(Math.max(0, maxAge.toSeconds()) + "s"))));
        if (r.rolledOver()) {
            log.info("rolled {} over from {} to {}", index.writeAlias(), r.oldIndex(), r.newIndex());
        }
        return r.rolledOver();
    }

    /** Drops the article indices (not the newest) whose newest article is dated before the cutoff. */
    public List<String> dropOlderThan(Instant cutoff) throws IOException {
        index.ensure();
        Map<String, IndexAliases> behindRead = es.indices().getAlias(a -> a.name(index.alias())).result();
        Map<String, IndexAliases> behindWrite = es.indices().getAlias(a -> a.name(index.writeAlias())).result();
        // after a rollover the old index stays behind the write alias, flagged as no longer written to
        String writing = behindWrite.size() == 1 ? behindWrite.keySet().iterator().next()
                : behindWrite.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue().aliases().get(index.writeAlias()).isWriteIndex()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
        List<String> dropped = new ArrayList<>();
        for (String name : behindRead.keySet()) {
            if (name.equals(writing) || writing == null || !name.startsWith(index.prefix() + "-")) {
                continue;
            }
            SearchResponse<Void> r = es.search(s -> s.index(name).size(0)
                    .aggregations("newest", a -> a.max(m -> m.field("date"))), Void.class);
            double newest = r.aggregations().get("newest").max().value();
            if (Double.isInfinite(newest) || Double.isNaN(newest) || newest < cutoff.toEpochMilli()) {
                es.indices().delete(d -> d.index(name));
                dropped.add(name);
                log.info("dropped {}: newest article older than the retention ({})", name, cutoff);
            }
        }
        return dropped;
    }
}
