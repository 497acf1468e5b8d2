package io.newsroom.enrich.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: code, embedded objects and form controls; and hidden elements, unless one
 * holds most of the page's text (server-rendered pages that stream their content into a hidden element and reveal
 * it with script). Structural chrome (nav, aside, footer) stays in the tree for scoring, which penalises it, and is
 * skipped when text is collected. Mutates the document.
 */
final class DomCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, option, link, meta, map, video, audio";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";

    void clean(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        body.select(NEVER_TEXT).remove();
        int pageText = body.text().length();
        for (Element hidden : body.select(HIDDEN)) {
            if (hidden.text().length() * 2 < pageText) {
                hidden.remove();
            }
        }
    }
}
