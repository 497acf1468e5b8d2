package io.newsroom.query.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsroom.contracts.EnrichedArticle;

/**
 * Bulk upserts by article id. The revision is the document's external version ({@code external_gte}): a replay
 * of the same revision rewrites the same document, and an older revision arriving late never overwrites a newer
 * one. So replays after a crash create no duplicate and lose no update.
 */
@Component
public class ArticleIndexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

    private final ElasticsearchClient es;
    private final ArticleIndex index;

    private final CopyFinder copies;

    ArticleIndexer(ElasticsearchClient es, ArticleIndex index, CopyFinder copies) {
        this.es = es;
        this.index = index;
        this.copies = copies;
    }

    /** An article Elasticsearch refused for good (a mapping error): it belongs in the dead-letter topic. */
    public record Rejected(EnrichedArticle article, String reason) {
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
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (EnrichedArticle a : articles) {
            Map<String, Object> doc = ArticleDocument.of(a, copyOf.get(a.id()));
            bulk.operations(op -> op.index(i -> i.index(index.alias()).id(a.id())
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
