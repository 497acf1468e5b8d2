package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import io.newsroom.enrich.extract.AuthorNames.Byline;
import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The page's visible bylines: which elements hold one (an {@code <author>}, rel=author links, itemprop=author, author
 * and byline classes, ids and component names, but not an author's bio or a comment thread) and the names the first
 * fitting one gives. Pure; reads the document without changing it.
 */
final class BylineElements {

    private BylineElements() {
    }

    /** A class word of a byline's or an author box's parts. */
    private record AuthorBoxWord(String word, Part part) {

        private static AuthorBoxWord of(Vocabulary.Row row) {
            return new AuthorBoxWord(row.get("word"), Lexicon.choice(row, "part", Part.class));
        }

        private static Set<String> words(List<AuthorBoxWord> all, Part part) {
            return all.stream().filter(w -> w.part == part).map(AuthorBoxWord::word)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    private enum Part {
        /** The element that holds the author's name. */
        NAME,
        /** Not the byline: an author's bio, photo or description. */
        OTHER,
        /** A comment thread: no name inside it is the article's byline. */
        THREAD
    }

    /** Class and id words of an element holding a byline. */
    private static final ClassNames.Hinted BYLINE_CLASSES = ClassNames.Hinted.read("byline-classes");
    private static final List<AuthorBoxWord> AUTHOR_BOX = Lexicon.read("author-box-classes", AuthorBoxWord::of);
    /** Class words of the element that holds the name itself, in a byline or an author box. */
    private static final Set<String> NAME_PARTS = AuthorBoxWord.words(AUTHOR_BOX, Part.NAME);
    /** Named for a comment thread: no name inside is the article's byline. */
    private static final Set<String> THREADS = AuthorBoxWord.words(AUTHOR_BOX, Part.THREAD);
    /** Named for an author but not the article's: a commenter, or the bio, photo or description of an author box. */
    private static final Set<String> NOT_BYLINES = Set.copyOf(Stream.concat(THREADS.stream(),
            AuthorBoxWord.words(AUTHOR_BOX, Part.OTHER).stream()).toList());
    private static final int THREAD_LEVELS = 8;
    /** Path segments of links to an author's page (WordPress and most CMSs: /author/jane-doe/). */
    private static final ClassNames.Hinted AUTHOR_PATHS = ClassNames.Hinted.read("author-paths");
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "/" + Lexicon.anyOf(new TreeSet<>(AUTHOR_PATHS.words())) + "/[^/?#]+/?$");
    /** The cheap test before the pattern: most links on a page go elsewhere. */
    private static final List<String> AUTHOR_PATH_HINTS = AUTHOR_PATHS.hints().stream().map(h -> "/" + h).toList();
    /** Attributes besides class and id that components name their byline with ("data-component=Byline"). */
    private static final List<String> NAMING_ATTRIBUTES = List.of("data-component", "data-testid", "data-module");
    private static final int MAX_BYLINE = 120;
    /** Compiled once: {@code closest(String)} would parse the query on every call. */
    private static final Evaluator FIGURE = QueryParser.parse("figure, figcaption");

    /**
     * The first byline element that names anyone. Those the text under the headline shows come first (a menu's links
     * to author pages, a related story's byline are elsewhere), and of these, as an author box holds the name beside
     * a bio or job title, those named for the name; then the elements named for the name elsewhere; then the rest.
     * Co-authors in elements of the same kind beside it join it.
     */
    static Byline fromBylines(List<Element> bylines, String afterHeadline, SiteName site) {
        for (int pass = 0; pass < 4; pass++) {
            for (Element e : bylines) {
                String text = bylineText(e);
                // a wrapper named for the name often holds the job title beside it: the innermost one is the name
                boolean named = named(e) && !holdsANamed(e, bylines);
                boolean wanted = switch (pass) {
                    case 0 -> named && shownIn(afterHeadline, e.text().strip());
                    case 1 -> shownIn(afterHeadline, e.text().strip());
                    case 2 -> named;
                    default -> true;
                };
                if (!wanted || text.isEmpty() || text.length() > MAX_BYLINE || inThread(e) || inFigure(e)) {
                    continue;
                }
                Byline b = AuthorNames.parse(text, site);
                if (!b.people().isEmpty()) {
                    return new Byline(withCoAuthors(e, b.people(), bylines, site), b.credits());
                }
                if (!b.credits().isEmpty()) {
                    return b;
                }
            }
        }
        return Byline.NONE;
    }

    private static boolean named(Element e) {
        return ClassNames.any(ClassNames.words(e), NAME_PARTS);
    }

    private static boolean holdsANamed(Element e, List<Element> bylines) {
        for (Element other : bylines) {
            if (other != e && named(other) && other.parents().contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text stands in the text under the headline as words of their own. */
    private static boolean shownIn(String afterHeadline, String text) {
        if (afterHeadline == null || text.isEmpty()) {
            return false;
        }
        String shown = afterHeadline.replace('\n', ' ');
        for (int at = shown.indexOf(text); at >= 0; at = shown.indexOf(text, at + 1)) {
            int end = at + text.length();
            if ((at == 0 || !Character.isLetter(shown.charAt(at - 1)))
                    && (end == shown.length() || !Character.isLetter(shown.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether it credits a photo: an author inside a figure or its caption is the picture's. */
    private static boolean inFigure(Element e) {
        return e.closest(FIGURE) != null;
    }

    /** Whether an ancestor is named for a comment thread. */
    static boolean inThread(Element e) {
        Element a = e.parent();
        for (int level = 0; level < THREAD_LEVELS && a != null; level++, a = a.parent()) {
            if (ClassNames.any(ClassNames.words(a), THREADS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A byline element's text, its parts apart ("Jenny Smith" and "May 18 2022" in spans of their own do not run
     * together), without its buttons, bio or profile links; of a schema.org author, its name's.
     */
    private static String bylineText(Element e) {
        if (e.childrenSize() > 0 && hasWord(e.attributes().get("itemprop"), "author")) {
            for (Element name : e.getElementsByAttributeValue("itemprop", "name")) {
                String text = name.hasAttr("content") ? name.attr("content") : name.text();
                if (!text.isBlank()) {
                    return text.strip();
                }
            }
        }
        if (e.childrenSize() == 0) {
            return e.text().strip();
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter((node, depth) -> {
            // a button beside the name ("Folgen", "Follow") is the page's control, and the bio or the profile links
            // ("author-twitter") are no part of the name
            if (node instanceof Element el && node != e
                    && (el.nameIs("button") || ClassNames.any(ClassNames.words(el), NOT_BYLINES))) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t) {
                text.append(t.getWholeText()).append(' ');
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, e);
        return Whitespace.collapse(text).strip();
    }

    /**
     * The people of the byline elements of the same tag and class beside the first one, when only separators stand
     * between them ("A, B and C"; not "By A | Fact-checked by B").
     */
    private static List<String> withCoAuthors(Element first, List<String> people, List<Element> bylines, SiteName site) {
        List<String> all = new ArrayList<>(people);
        Element last = first;
        for (Element other : bylines) {
            if (other != first && other.parent() == first.parent() && other.normalName().equals(first.normalName())
                    && other.className().equals(first.className()) && other.siblingIndex() > last.siblingIndex()
                    && onlySeparatorsBetween(last, other)) {
                AuthorNames.parse(bylineText(other), site).people().stream().filter(p -> !all.contains(p))
                        .forEach(all::add);
                last = other;
            }
        }
        return all;
    }

    private static boolean onlySeparatorsBetween(Element from, Element to) {
        StringBuilder between = new StringBuilder();
        for (Node n = from.nextSibling(); n != null && n != to; n = n.nextSibling()) {
            between.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "").append(' ');
        }
        return AuthorNames.separatorsOnly(between.toString());
    }

    /**
     * An element that holds a byline: an {@code <author>}, rel=author, itemprop=author, or a class, id or component
     * name that says author or byline; never a button.
     */
    static boolean isByline(Element e) {
        if (e.attributesSize() == 0) {
            return e.nameIs("author");
        }
        // a control named for the author ("followAuthorBtn") says "Follow", not who wrote the article
        if (e.nameIs("button")) {
            return false;
        }
        if (e.attributes().get("rel").equals("author") || hasWord(e.attributes().get("itemprop"), "author")) {
            return true;
        }
        if (e.nameIs("a")) {
            String href = e.attributes().get("href");
            if (mayLinkAnAuthor(href) && AUTHOR_PAGE.matcher(href).find()) {
                return true;
            }
        }
        if (mayNameAByline(e)) {
            List<String> words = ClassNames.words(e);
            if (BYLINE_CLASSES.anyIn(words) && !ClassNames.any(words, NOT_BYLINES)) {
                return true;
            }
        }
        for (String attribute : NAMING_ATTRIBUTES) {
            String name = e.attributes().get(attribute);
            if (!name.isEmpty() && BYLINE_CLASSES.hintedIn(name) && BYLINE_CLASSES.anyIn(ClassNames.words(name))
                    && !ClassNames.any(ClassNames.words(name), NOT_BYLINES)) {
                return true;
            }
        }
        return e.nameIs("author");
    }

    private static boolean hasWord(String words, String word) {
        return words.equals(word) || !words.isEmpty() && List.of(words.split("\\s+")).contains(word);
    }

    /** A cheap test before the pattern: most links on a page go elsewhere. */
    private static boolean mayLinkAnAuthor(String href) {
        for (String hint : AUTHOR_PATH_HINTS) {
            if (href.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before splitting names into words, which costs more than most pages' parse if done everywhere. */
    private static boolean mayNameAByline(Element e) {
        return BYLINE_CLASSES.hintedIn(e.className()) || BYLINE_CLASSES.hintedIn(e.id());
    }
}
