package io.newsroom.enrich.extract;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's text: clean the tree, find the article's container by scoring (anchored on the headline when the
 * page shows it), collect its paragraphs. Mutates the document it is given.
 */
final class MainTextExtractor {

    private final DomCleaner cleaner = new DomCleaner();
    private final ContentScorer scorer = new ContentScorer();
    private final TextCollector collector = new TextCollector();

    /** @param headline the headline's element, or null */
    String extract(Document doc, String title, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        cleaner.clean(doc);
        TextStats stats = new TextStats(body);
        ClassNames names = new ClassNames();
        List<Element> roots = scorer.select(body, stats, headline, names);
        return collector.collect(roots, title, stats, names);
    }
}
