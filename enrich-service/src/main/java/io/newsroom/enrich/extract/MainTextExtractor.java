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

    String extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        cleaner.clean(doc);
        TextStats stats = new TextStats(body);
        List<Element> roots = scorer.select(body, stats, headline(body, title));
        return collector.collect(roots, title, stats);
    }

    /** The first heading whose text is the title, contains it, or is contained in it. */
    static Element headline(Element body, String title) {
        String t = normalize(title);
        if (t.length() < 5) {
            return null;
        }
        for (Element h : body.select("h1, h2, h3, [itemprop=headline], [class~=(?i)title|headline]")) {
            String text = normalize(h.text());
            if (text.length() >= 5 && text.length() < 400 && (text.equals(t) || t.contains(text) || text.contains(t))) {
                return h;
            }
        }
        return null;
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase();
    }
}
