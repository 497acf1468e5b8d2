package io.newsroom.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An index made from a checked-in definition, behind the alias every read and write uses, so it can be rolled over
 * or reindexed without callers noticing. Safe to ensure from several instances at once: a lost creation race is an
 * "already exists" answer, which counts as success. Fields added to the definition since the index was made are
 * added to it in place (additive only, as the message schemas; see {@link #addNewFields}).
 */
public final class ManagedIndex {

    private static final Logger log = LoggerFactory.getLogger(ManagedIndex.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient es;
    private final String index;
    private final String alias;
    private final int replicas;
    private final String definitionResource;
    private volatile boolean ready;

    /** @param definitionResource classpath resource holding the index's settings and mappings */
    public ManagedIndex(ElasticsearchClient es, String index, String alias, int replicas, String definitionResource) {
        this.es = es;
        this.index = index;
        this.alias = alias;
        this.replicas = replicas;
        this.definitionResource = definitionResource;
    }

    public String alias() {
        return alias;
    }

    public void ensure() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
                create();
            } else {
                addNewFields(es, alias, (ObjectNode) JSON.readTree(definition()).get("mappings").get("properties"));
            }
            ready = true;
        }
    }

    private void create() throws IOException {
        String body = definition();
        try {
            es.indices().create(c -> c.index(index)
                    .withJson(new StringReader(body))
                    .settings(s -> s.numberOfReplicas(String.valueOf(replicas)))
                    .aliases(alias, a -> a.isWriteIndex(true)));
            log.info("created index {} behind alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * Fields added to a definition since the indices behind the alias were made, field by field: Elasticsearch
     * refuses a whole put-mapping when one field's settings differ (such a field keeps its old definition there;
     * indices made later get the new one), and a missing field would make a strict mapping refuse documents.
     */
    static void addNewFields(ElasticsearchClient es, String alias, ObjectNode properties) throws IOException {
        for (String field : properties.propertyNames()) {
            ObjectNode one = JSON.createObjectNode();
            one.putObject("properties").set(field, properties.get(field));
            try {
                es.indices().putMapping(m -> m.index(alias).withJson(new StringReader(one.toString())));
            } catch (ElasticsearchException e) {
                if (!"illegal_argument_exception".equals(e.error().type())) {
                    throw e;
                }
                log.debug("field {} keeps its existing definition behind {}: {}", field, alias, e.error().reason());
            }
        }
    }

    private String definition() {
        return resource(definitionResource);
    }

    /** A checked-in index definition. */
    static String resource(String path) {
        try (InputStream in = ManagedIndex.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
