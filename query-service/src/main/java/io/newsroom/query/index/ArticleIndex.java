package io.newsroom.query.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsroom.query.QueryProperties;

/**
 * Makes sure the articles index exists, from the checked-in mapping, behind its alias. Safe to call from several
 * instances at once: a lost creation race is an "already exists" answer, which counts as success.
 */
@Component
public class ArticleIndex {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final ElasticsearchClient es;
    private final QueryProperties.Elasticsearch props;
    private volatile boolean ready;

    ArticleIndex(ElasticsearchClient es, QueryProperties props) {
        this.es = es;
        this.props = props.elasticsearch();
    }

    /** The name every read and write uses. */
    public String alias() {
        return props.alias();
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
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (!es.indices().existsAlias(a -> a.name(props.alias())).value()) {
                create();
            } else {
                // fields added to the checked-in mapping since the index was made (additive only, as the schema)
                es.indices().putMapping(m -> m.index(props.alias()).withJson(new StringReader(mappingProperties())));
            }
            ready = true;
        }
    }

    private void create() throws IOException {
        String body = mapping();
        try {
            es.indices().create(c -> c.index(props.index())
                    .withJson(new StringReader(body))
                    .settings(s -> s.numberOfReplicas(String.valueOf(props.replicas())))
                    .aliases(props.alias(), a -> a.isWriteIndex(true)));
            log.info("created index {} behind alias {}", props.index(), props.alias());
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** The "mappings" object of the checked-in index definition, as a put-mapping body. */
    private static String mappingProperties() {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(mapping()).get("mappings").toString();
    }

    private static String mapping() {
        try (InputStream in = ArticleIndex.class.getResourceAsStream("/elasticsearch/articles-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
