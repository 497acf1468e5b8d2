package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article's paragraphs and leaves the page's chrome behind. Without per-site rules: structural chrome
 * (navigation, header, footer, aside, forms, figures) and blocks whose class or id names a known kind of
 * boilerplate (menus, tickers, share bars, "read next" lists, author boxes, comments) are dropped; the container
 * holding the most paragraph text is the article; link-dense blocks inside it are teasers. Pure and thread-safe;
 * it mutates the document it is given.
 */
final class MainTextExtractor {

    private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, form, button, input, "
            + "select, textarea, nav, header, footer, aside, figure, figcaption, [hidden], [aria-hidden=true]";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|footer|sidebar|widget|share|sharing|social|related|recommended|more|"
                    + "most-?read|popular|trending|read-?next|read-?also|also-?read|see-?also|ticker|breaking|"
                    + "comments?|newsletter|subscribe|promo|advert|ads?|banner|author-?box|author-?bio|tags|"
                    + "post-?tags|keywords|breadcrumbs?|caption|cookie|popup|modal|top-?bar|lang-?switch|tools|"
                    + "read-?time|post-?meta|meta|source|src|label|logo|slogan)($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final double MAX_LINK_DENSITY = 0.5;

    String extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        body.select(CHROME).remove();
        removeBoilerplate(body);
        Element root = pickContainer(body);
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            String text = root.text().trim();
            return text;
        }
        for (Element block : blocks) {
            if (!block.select(BLOCKS).not(":root").isEmpty() && block.children().stream()
                    .anyMatch(c -> c.is(BLOCKS))) {
                continue; // a list item or quote that holds paragraphs: its children are read instead
            }
            String text = block.text().trim();
            if (text.isEmpty() || linkDensity(block, text) > MAX_LINK_DENSITY) {
                continue;
            }
            paragraphs.add(text);
        }
        return String.join("\n", paragraphs);
    }

    private static void removeBoilerplate(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && BOILERPLATE.matcher(names).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The element whose direct paragraphs hold the most text; the body when none has any. */
    private static Element pickContainer(Element body) {
        Element best = body;
        int bestScore = 0;
        for (Element e : body.getAllElements()) {
            int score = 0;
            for (Element child : e.children()) {
                if (child.is("p, h2, h3, h4, blockquote, ul, ol")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static double linkDensity(Element block, String text) {
        int linkChars = 0;
        for (Element a : block.select("a")) {
            linkChars += a.text().length();
        }
        return (double) linkChars / Math.max(1, text.length());
    }
}
