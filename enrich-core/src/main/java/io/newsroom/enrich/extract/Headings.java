package io.newsroom.enrich.extract;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * What makes an element a headline candidate ({@link PageScan} gathers them in document order): h1 to h3 that do
 * not hold the site's name or logo, itemprop=headline, and elements whose class names a title or headline. Pure.
 */
final class Headings {

    /** Class words of an element holding a title or headline. */
    private static final ClassNames.Hinted TITLE_CLASSES = ClassNames.Hinted.read("title-classes");
    /** Class and id words of a heading that holds the site's name or logo. */
    private static final ClassNames.Hinted SITE_CLASSES = ClassNames.Hinted.read("site-classes");

    private Headings() {
    }

    /** h1 to h3, itemprop=headline, or a class that names a title or headline. */
    static boolean isHeading(Element e) {
        switch (e.normalName()) {
            case "h1", "h2", "h3" -> {
                // themes put the site's name or logo in an h1
                return e.attributesSize() == 0 || !SITE_CLASSES.hintedIn(e.className() + " " + e.id())
                        || !SITE_CLASSES.anyIn(ClassNames.words(e));
            }
            default -> {
                if (e.attributesSize() == 0) {
                    return false;
                }
                if ("headline".equals(e.attributes().get("itemprop"))) {
                    return true;
                }
                // cheap test first: splitting every element's class into words would cost more than the parse
                if (!TITLE_CLASSES.hintedIn(e.className())) {
                    return false;
                }
                var words = ClassNames.words(e);
                return TITLE_CLASSES.anyIn(words) && !SITE_CLASSES.anyIn(words);
            }
        }
    }

    /**
     * The first heading whose text is the title, contains it, or is most of it (a section's name in the page's
     * header, "Amazon", is no part of the headline that mentions Amazon).
     */
    static Element matching(List<Element> headings, String title) {
        String t = normalize(title);
        if (t.length() < 5) {
            return null;
        }
        for (Element h : headings) {
            String text = normalize(h.text());
            if (text.length() >= 5 && text.length() < 400
                    && (text.equals(t) || text.contains(t) || 2 * text.length() >= t.length() && t.contains(text))) {
                return h;
            }
        }
        return null;
    }

    /** Case, white space, typographic quotes and dashes folded: "Doesn’t" in a heading is "Doesn't" in a tag. */
    static String normalize(String s) {
        return s == null ? "" : Whitespace.collapse(s).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
    }
}
