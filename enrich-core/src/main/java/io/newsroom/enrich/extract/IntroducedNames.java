package io.newsroom.enrich.extract;

import java.util.regex.Matcher;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

import io.newsroom.enrich.extract.AuthorNames.Byline;

/**
 * A byline the page's text introduces with a phrase of its own ({@link AuthorNames#PHRASE_INTRO}) wherever it stands:
 * "Written by Jane Doe" in one block, or "Article by" as a heading with the name in the next one. Author boxes at the
 * foot of a page carry no byline class as often as not, and an intro of several words is no caption's or menu's.
 * Pure; reads the document without changing it.
 */
final class IntroducedNames {

    /** Longer text is a sentence that happens to start that way, not a byline. */
    private static final int MAX_LINE = 80;

    private IntroducedNames() {
    }

    /** The first introduced byline that names a person, outside comment threads; else none. */
    static Byline find(Element body, SiteName site) {
        if (body == null) {
            return Byline.NONE;
        }
        Byline[] found = {Byline.NONE};
        boolean[] introduced = {false};
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof TextNode t) || t.isBlank()) {
                return FilterResult.CONTINUE;
            }
            String text = t.text().strip();
            boolean afterIntro = introduced[0];
            introduced[0] = false;
            String named = null;
            if (afterIntro) {
                named = text;
            } else if (text.length() <= MAX_LINE) {
                Matcher intro = AuthorNames.PHRASE_INTRO.matcher(text);
                if (intro.lookingAt()) {
                    named = text.substring(intro.end()).strip();
                    introduced[0] = named.isEmpty();
                }
            }
            // a name does not start in lower case: "Written by hand"
            if (named == null || named.isEmpty() || named.length() > MAX_LINE
                    || Character.isLowerCase(named.codePointAt(0)) || inThread(t)) {
                return FilterResult.CONTINUE;
            }
            Byline b = AuthorNames.parse(named, site);
            if (b.people().isEmpty()) {
                return FilterResult.CONTINUE;
            }
            found[0] = b;
            return FilterResult.STOP;
        }, body);
        return found[0];
    }

    private static boolean inThread(TextNode t) {
        Element parent = t.parentElement();
        return parent != null && BylineElements.inThread(parent);
    }
}
