package io.newsroom.ingest.poll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.ItemHints;
import io.newsroom.contracts.RawArticle;
import io.newsroom.ingest.fetch.FetchException;
import io.newsroom.ingest.fetch.FetchedPage;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.fetch.UrlCanonicalizer;
import io.newsroom.ingest.publish.ArticlePublisher;

/**
 * One discovered URL to one raw article: canonicalise, skip what was published already, fetch, publish.
 * A failure is dead-lettered with its reason; a permanent one is not tried again.
 */
@Component
public class ArticleIngestor {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestor.class);

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private final PageFetcher fetcher;
    private final ArticlePublisher publisher;
    private final SeenUrls seen = new SeenUrls();

    ArticleIngestor(PageFetcher fetcher, ArticlePublisher publisher) {
        this.fetcher = fetcher;
        this.publisher = publisher;
    }

    /** @return true when a new article was published */
    public boolean ingest(String sourceId, String url, ItemHints hints) {
        String canonical;
        try {
            canonical = canonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            publisher.deadLetter("fetch", sourceId, url, e.getMessage());
            return false;
        }
        String id = ArticleId.of(canonical);
        if (seen.contains(id)) {
            return false;
        }
        FetchedPage page;
        try {
            page = fetcher.fetchPage(url);
        } catch (FetchException e) {
            publisher.deadLetter("fetch", sourceId, url, e.getMessage());
            if (e.isPermanent()) {
                seen.add(id);
            }
            return false;
        }
        RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, id, url, canonical, page.finalUrl(), sourceId, 1,
                page.fetchedAt(), page.contentType(), page.charset(), page.body(), hints);
        publisher.publish(article);
        seen.add(id);
        log.debug("ingested id={} url={} charset={}", id, url, page.charset());
        return true;
    }
}
