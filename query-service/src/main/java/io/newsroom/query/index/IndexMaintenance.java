package io.newsroom.query.index;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.newsroom.query.QueryProperties;
import io.newsroom.search.event.EventStore;
import io.newsroom.search.index.ArticleIndex;
import io.newsroom.search.index.IndexLifecycle;

/**
 * When the indices are looked after: made at startup (else before their first use), rolled over and trimmed every
 * {@code lifecycle-interval}, first one interval after the start.
 */
@Component
class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final ArticleIndex articles;
    private final EventStore events;
    private final IndexLifecycle lifecycle;
    private final QueryProperties props;

    IndexMaintenance(ArticleIndex articles, EventStore events, IndexLifecycle lifecycle, QueryProperties props) {
        this.articles = articles;
        this.events = events;
        this.lifecycle = lifecycle;
        this.props = props;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAtStartup() {
        try {
            articles.ensure();
        } catch (IOException | RuntimeException e) {
            // the indexer tries again before its first write; search answers 503 meanwhile
            log.warn("Elasticsearch not ready at startup ({}); the index will be created on first use", e.toString());
        }
        try {
            events.ensure();
        } catch (IOException | RuntimeException e) {
            log.warn("Elasticsearch not ready at startup ({}); the events index will be created on first use", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${newsroom.query.elasticsearch.lifecycle-interval}",
            initialDelayString = "${newsroom.query.elasticsearch.lifecycle-interval}")
    void checkLifecycle() {
        try {
            lifecycle.check();
        } catch (IOException | RuntimeException e) {
            log.warn("index lifecycle check failed, next try in {}: {}", props.elasticsearch().lifecycleInterval(), e.toString());
        }
    }
}
