package io.newsroom.enrich;

import java.time.LocalDate;
import java.util.List;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.extract.ArticleExtractor;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.LanguageIdentifier;

/**
 * Everything enrichment does to one page, in order: extraction, then entities of the extracted title and text
 * (never of menus or teasers). The enrich service and {@code ./newsroom extract} both go through here. Thread-safe.
 */
public final class Enricher {

    /** The extraction and what was found in it. */
    public record Result(Extraction extraction, List<Entity> entities) {
    }

    private final ArticleExtractor extractor;
    private final EntityTagger tagger;

    public Enricher(ArticleExtractor extractor, EntityTagger tagger) {
        this.extractor = extractor;
        this.tagger = tagger;
    }

    /** With the shipped language model and gazetteer (a few seconds to build: make one and share it). */
    public static Enricher shipped() {
        return new Enricher(new ArticleExtractor(new LanguageIdentifier()), EntityTagger.shipped());
    }

    /**
     * @param seenOn the day the page was fetched, which stands in for its date when it gives none (offices are
     *               matched against it); null when unknown
     * @throws io.newsroom.enrich.extract.UnextractableArticleException as {@link ArticleExtractor#extract} does
     */
    public Result page(String html, String url, ItemHints hints, LocalDate seenOn) {
        Extraction x = extractor.extract(html, url, hints);
        LocalDate day = x.published() != null ? x.published().toLocalDate() : seenOn;
        return new Result(x, tagger.tag(x.title(), x.text(), day));
    }

    /** A plain-text document: the whole text is the article. */
    public Result text(String text) {
        Extraction x = extractor.extractText(text);
        return new Result(x, tagger.tag(x.title(), x.text(), null));
    }
}
