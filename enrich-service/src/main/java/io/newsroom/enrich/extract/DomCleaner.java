package io.newsroom.enrich.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: code, embedded objects and form controls. Hidden elements stay: accordions,
 * tabs and server-rendered pages that reveal their content with script hide real article text; measured on the
 * open set, removing hidden elements loses more than it gains. Structural chrome (nav, aside, footer) also stays in
 * the tree for scoring, which penalises it, and is skipped when text is collected. Mutates the document.
 */
final class DomCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, option, link, meta, map, video, audio";

    void clean(Document doc) {
        Element body = doc.body();
        if (body != null) {
            body.select(NEVER_TEXT).remove();
        }
    }
}
