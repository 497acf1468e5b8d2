package io.newsroom.query.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import io.newsroom.query.QueryProperties;

/**
 * Rolls the article write alias over to a new index when the current one is {@code rollover-after} old (monthly
 * by default), and drops whole article indices whose newest article is older than {@code retention-months}: the
 * cheap way to forget old news (no delete-by-query). The newest index is never dropped. Checked every
 * {@code lifecycle-interval}; several instances may check at once (rollover conditions and deletes are idempotent).
 */
@Component
public class IndexLifecycle implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final ElasticsearchClient es;
    private final ArticleIndex index;
    private final QueryProperties.Elasticsearch props;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-lifecycle");
        t.setDaemon(true);
        return t;
    });

    IndexLifecycle(ElasticsearchClient es, ArticleIndex index, QueryProperties props) {
        this.es = es;
        this.index = index;
        this.props = props.elasticsearch();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = props.lifecycleInterval().toMillis();
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            rollover(props.rolloverAfter());
            if (props.retentionMonths() > 0) {
                dropOlderThan(Instant.now().atOffset(ZoneOffset.UTC).minusMonths(props.retentionMonths()).toInstant());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("index lifecycle check failed, next try in {}: {}", props.lifecycleInterval(), e.toString());
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

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
