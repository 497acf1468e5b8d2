package io.newsroom.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.newsroom.contracts.EnrichedArticle;

/**
 * Bulk upserts by article id, into the index that holds the article already, else the write alias. The revision
 * is the document's external version ({@code external_gte}): a replay of the same revision rewrites the same
 * document, and an older revision arriving late never overwrites a newer one. So replays after a crash create no
 * duplicate and lose no update, and a rollover in between changes nothing. Thread-safe.
 */
public class ArticleIndexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

    private final ElasticsearchClient es;
    private final ArticleIndex index;

    private final CopyFinder copies;

    public ArticleIndexer(ElasticsearchClient es, ArticleIndex index) {
        this.es = es;
        this.index = index;
        this.copies = new CopyFinder(es, index);
    }

    /** An article Elasticsearch refused for good (a mapping error): it belongs in the dead-letter topic. */
    public record Rejected(EnrichedArticle article, String reason) {
    }

    /**
     * The index already holding each of these articles, for those that are indexed. Search sees what the last refresh
     * made visible; an article written since (a replay right after a crash) can only be in one of the two newest
     * indices, where a realtime get finds it.
     */
    private Map<String, String> holders(List<EnrichedArticle> articles) throws IOException {
        List<String> ids = articles.stream().map(EnrichedArticle::id).toList();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(ids.size()).source(src -> src.fetch(false))
                .query(q -> q.ids(i -> i.values(ids))), Void.class);
        Map<String, String> out = new HashMap<>();
        r.hits().hits().forEach(h -> out.put(h.id(), h.index()));
        List<String> unseen = ids.stream().filter(id -> !out.containsKey(id)).toList();
        if (!unseen.isEmpty()) {
            List<String> newest = es.indices().getAlias(a -> a.name(index.alias())).result().keySet().stream()
                    .sorted(Comparator.reverseOrder()).limit(2).toList();
            MgetResponse<Void> got = es.mget(m -> {
                for (String name : newest) {
                    for (String id : unseen) {
                        m.docs(d -> d.index(name).id(id).source(src -> src.fetch(false)));
                    }
                }
                return m;
            }, Void.class);
            for (MultiGetResponseItem<Void> item : got.docs()) {
                if (item.isResult() && item.result().found()) {
                    out.putIfAbsent(item.result().id(), item.result().index());
                }
            }
        }
        return out;
    }

    /**
     * @return the articles refused for good; the others are indexed
     * @throws IOException or {@link RetryableIndexingException} when the batch should be tried again as a whole
     */
    public List<Rejected> index(List<EnrichedArticle> articles) throws IOException {
        if (articles.isEmpty()) {
            return List.of();
        }
        index.ensure();
        Map<String, String> copyOf = copies.originals(articles);
        Map<String, String> holder = holders(articles);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (EnrichedArticle a : articles) {
            Map<String, Object> doc = ArticleDocument.of(a, copyOf.get(a.id()));
            // a replay or revision goes where its article is, even after a rollover; a new article to the newest index
            String target = holder.getOrDefault(a.id(), index.writeAlias());
            bulk.operations(op -> op.index(i -> i.index(target).id(a.id())
                    .version((long) a.revision()).versionType(VersionType.ExternalGte).document(doc)));
        }
        BulkResponse response = es.bulk(bulk.build());
        List<Rejected> rejected = new ArrayList<>();
        int retryable = 0;
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null || item.status() == 409) {
                // 409: a newer revision is indexed already
                continue;
            }
            if (item.status() == 429 || item.status() >= 500) {
                retryable++;
            } else {
                rejected.add(new Rejected(articles.get(i), item.error().type() + ": " + item.error().reason()));
            }
        }
        if (retryable > 0) {
            throw new RetryableIndexingException(retryable + " of " + articles.size()
                    + " documents were not indexed (Elasticsearch busy or failing); retrying the batch");
        }
        log.info("indexed {} article(s), {} copies of earlier stories, {} rejected", articles.size() - rejected.size(),
                copyOf.size(), rejected.size());
        return rejected;
    }
}
