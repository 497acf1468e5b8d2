package io.newsroom.enrich.core;

import java.time.LocalDate;
import java.util.List;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.ItemHints;
import io.newsroom.contracts.SimHash;
import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.event.EventDetector;
import io.newsroom.enrich.event.PoliticalActors;
import io.newsroom.enrich.extract.ArticleExtractor;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.LanguageIdentifier;

/**
 * Everything enrichment does to one page, in order: extraction, then entities of the extracted title and text
 * (never of menus or teasers), then the diplomatic events those report, and the text's SimHash. The enrich service
 * and {@code ./newsroom extract} both go through here. Thread-safe.
 */
public final class Enricher {

    /** The extraction and what was found in it; simhash is null for a text under three words. */
    public record Result(Extraction extraction, List<Entity> entities, List<Event> events, String simhash) {
    }

    private final ArticleExtractor extractor;
    private final EntityTagger tagger;
    private final EventDetector events;

    public Enricher(ArticleExtractor extractor, EntityTagger tagger, EventDetector events) {
        this.extractor = extractor;
        this.tagger = tagger;
        this.events = events;
    }

    /** With the shipped language model and gazetteer (a few seconds to build: make one and share it). */
    public static Enricher shipped() {
        EntityTagger tagger = EntityTagger.shipped();
        return new Enricher(new ArticleExtractor(new LanguageIdentifier()), tagger,
                new EventDetector(tagger.gazetteer().capitals(), PoliticalActors.of(tagger.gazetteer())));
    }

    /**
     * @param seenOn the day the page was fetched, which stands in for its date when it gives none (offices are
     *               matched against it); null when unknown
     * @throws io.newsroom.enrich.extract.UnextractableArticleException as {@link ArticleExtractor#extract} does
     */
    public Result page(String html, String url, ItemHints hints, LocalDate seenOn) {
        Extraction x = extractor.extract(html, url, hints);
        LocalDate published = x.published() != null ? x.published().toLocalDate() : null;
        return after(x, published, seenOn);
    }

    /** A plain-text document: the whole text is the article. */
    public Result text(String text) {
        Extraction x = extractor.extractText(text);
        return after(x, null, null);
    }

    private Result after(Extraction x, LocalDate published, LocalDate seenOn) {
        List<Entity> entities = tagger.tag(x.title(), x.text(), published != null ? published : seenOn, x.lang());
        return new Result(x, entities, events.detect(x.title(), x.text(), x.lang(), entities, published, seenOn), SimHash.of(x.text()));
    }
}
