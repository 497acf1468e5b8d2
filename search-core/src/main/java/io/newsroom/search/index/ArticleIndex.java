package io.newsroom.search.index;

import java.io.IOException;
import java.io.StringReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsroom.search.SearchSettings;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article indices: an index template (elasticsearch/articles-index.json) that gives every
 * {@code <prefix>-NNNNNN} index the mapping and the read alias, and a first index behind the write alias. New
 * indices come from rollover ({@link IndexLifecycle}). Made before the first use, or when the caller asks; safe to
 * ensure from several threads and instances at once (a lost creation race is an "already exists" answer).
 */
public class ArticleIndex {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient es;
    private final SearchSettings props;
    private volatile boolean ready;

    public ArticleIndex(ElasticsearchClient es, SearchSettings props) {
        this.es = es;
        this.props = props;
    }

    /** The name every read uses: all article indices. */
    public String alias() {
        return props.alias();
    }

    /** The name new articles are written to: the newest article index. */
    public String writeAlias() {
        return props.writeAlias();
    }

    String prefix() {
        return props.indexPrefix();
    }

    /** Makes the template and the first index unless they exist; after the first success it returns at once. */
    public void ensure() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            ObjectNode definition = (ObjectNode) JSON.readTree(definition());
            ObjectNode template = JSON.createObjectNode();
            template.putArray("index_patterns").add(props.indexPrefix() + "-*");
            ObjectNode body = template.putObject("template");
            ((ObjectNode) definition.get("settings")).put("number_of_replicas", props.replicas());
            body.set("settings", definition.get("settings"));
            body.set("mappings", definition.get("mappings"));
            body.putObject("aliases").putObject(props.alias());
            es.indices().putIndexTemplate(t -> t.name(props.indexPrefix()).withJson(new StringReader(template.toString())));
            if (!es.indices().existsAlias(a -> a.name(props.writeAlias())).value()) {
                String first = props.indexPrefix() + "-000001";
                try {
                    es.indices().create(c -> c.index(first).aliases(props.writeAlias(), a -> a.isWriteIndex(true)));
                    log.info("created index {} behind {} and {}", first, props.alias(), props.writeAlias());
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            ManagedIndex.addNewFields(es, props.alias(), (ObjectNode) definition.get("mappings").get("properties"));
            ready = true;
        }
    }

    private static String definition() {
        return ManagedIndex.resource("/elasticsearch/articles-index.json");
    }
}
