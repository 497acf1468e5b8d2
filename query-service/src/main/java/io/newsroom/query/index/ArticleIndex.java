package io.newsroom.query.index;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsroom.query.QueryProperties;

/** The articles index (elasticsearch/articles-index.json), made at startup or before the first use. */
@Component
public class ArticleIndex {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final ManagedIndex index;

    ArticleIndex(ElasticsearchClient es, QueryProperties props) {
        QueryProperties.Elasticsearch p = props.elasticsearch();
        this.index = new ManagedIndex(es, p.index(), p.alias(), p.replicas(), "/elasticsearch/articles-index.json");
    }

    /** The name every read and write uses. */
    public String alias() {
        return index.alias();
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAtStartup() {
        try {
            ensure();
        } catch (IOException | RuntimeException e) {
            // the indexer tries again before its first write; search answers 503 meanwhile
            log.warn("Elasticsearch not ready at startup ({}); the index will be created on first use", e.toString());
        }
    }

    public void ensure() throws IOException {
        index.ensure();
    }
}
