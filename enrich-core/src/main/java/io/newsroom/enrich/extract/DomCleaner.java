package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text: code, embedded objects and form controls. Hidden elements stay: accordions,
 * tabs and server-rendered pages that reveal their content with script hide real article text; measured on the
 * open set, removing hidden elements loses more than it gains. Structural chrome (nav, aside, footer) also stays in
 * the tree for scoring, which penalises it, and is skipped when text is collected. Mutates the document.
 */
final class DomCleaner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "link", "meta", "map",
            "video", "audio");

    void clean(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        // one walk by tag name: a CSS selector list would test every selector against every element
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && e != body && NEVER_TEXT.contains(e.normalName())) {
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }, body);
        doomed.forEach(Element::remove);
    }
}
