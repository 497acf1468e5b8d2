package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import io.newsroom.enrich.extract.AuthorNames.Byline;
import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Author names, not "By" or job titles, and the agency or desk credited beside or instead of them: JSON-LD authors,
 * the page's visible byline (rel=author links, itemprop=author, author and byline elements), author {@code <meta>}
 * tags. Names are cut at a job title or a date and split on "and" and commas; agencies, desks and bodies are the
 * credit ({@link AuthorNames}). Pure; reads the document without changing it.
 */
final class AuthorExtractor {

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

    /** Author meta tags, one person or a list of them per value. */
    private static final String[] META = {"name:author", "property:author", "itemprop:author", "name:citation_author",
            "name:dc.creator", "name:dc:creator", "property:dc:creator", "name:dcterms.creator", "name:parsely-author",
            "name:sailthru.author", "name:byl", "property:article:author", "name:article:author", "property:og:author"};
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

    /**
     * The article's authors and its credit. People first, from the first source that names any: JSON-LD Person
     * authors, a "By ..." line under the headline, byline elements, one-word JSON-LD persons (often the account that
     * posted), author meta tags, untyped JSON-LD authors. Where the metadata names the same people and more, the more
     * are co-authors the visible byline left out. What the sources name that is no person ({@link Credits}) is the
     * credit: the chosen source's, else the first one's that credits anything.
     */
    Authors authors(PageScan scan, MetadataReader meta, String afterHeadline, SiteName site) {
        List<JsonLd.Named> jsonLd = meta.jsonLd().names("author");
        Byline persons = fromJsonLd(jsonLd, site, true);
        // a one-word "person" is often the CMS account that posted the article ("KatieS"), not its author
        boolean accounts = persons.people().stream().noneMatch(n -> n.strip().contains(" "));
        Byline tags = fromMeta(meta, site);
        List<Supplier<Byline>> sources = List.of(
                () -> accounts ? Byline.NONE : persons,
                () -> afterHeadline == null ? Byline.NONE : AuthorNames.underHeadline(afterHeadline, site),
                () -> fromBylines(scan.bylines(), afterHeadline, site),
                () -> persons,
                () -> tags,
                () -> fromJsonLd(jsonLd, site, false));
        List<Byline> seen = new ArrayList<>();
        for (Supplier<Byline> source : sources) {
            Byline b = source.get();
            if (!b.people().isEmpty()) {
                return new Authors(withMore(withMore(b.people(), persons.people()), tags.people()),
                        credit(b, seen));
            }
            seen.add(b);
        }
        return new Authors(List.of(), credit(Byline.NONE, seen));
    }

    /** The other source's people when they hold all of these and more (co-authors); else these. */
    private static List<String> withMore(List<String> people, List<String> other) {
        if (other.size() <= people.size()) {
            return people;
        }
        Set<String> known = new HashSet<>();
        other.forEach(o -> known.add(o.toLowerCase(Locale.ROOT)));
        return people.stream().allMatch(p -> known.contains(p.toLowerCase(Locale.ROOT))) ? other : people;
    }

    /** The byline's credit, else the first one another source gave. */
    private static String credit(Byline byline, List<Byline> seen) {
        if (!byline.credits().isEmpty()) {
            return byline.credits().get(0);
        }
        for (Byline other : seen) {
            if (!other.credits().isEmpty()) {
                return other.credits().get(0);
            }
        }
        return null;
    }

    /** The JSON-LD authors typed as people, or the others: bodies (each a credit) and untyped names (read as bylines). */
    private static Byline fromJsonLd(List<JsonLd.Named> names, SiteName site, boolean people) {
        List<String> found = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        for (JsonLd.Named n : names) {
            if ((n.kind() == JsonLd.Named.Kind.PERSON) != people) {
                continue;
            }
            if (n.kind() == JsonLd.Named.Kind.BODY) {
                credits.add(n.name());
                continue;
            }
            Byline b = AuthorNames.parse(n.name(), site);
            b.people().stream().filter(p -> !found.contains(p)).forEach(found::add);
            credits.addAll(b.credits());
        }
        return new Byline(found, credits);
    }

    /**
     * Every value of the first author meta tag that names a person (an address is no name); the credits of every
     * tag read up to there.
     */
    private static Byline fromMeta(MetadataReader meta, SiteName site) {
        List<String> credits = new ArrayList<>();
        for (String key : META) {
            List<String> people = new ArrayList<>();
            for (String value : meta.all(key)) {
                if (!value.startsWith("http") && !value.startsWith("/")) {
                    Byline b = AuthorNames.parse(JsonLd.clean(value), site);
                    b.people().stream().filter(p -> !people.contains(p)).forEach(people::add);
                    credits.addAll(b.credits());
                }
            }
            if (!people.isEmpty()) {
                return new Byline(people, credits);
            }
        }
        return new Byline(List.of(), credits);
    }

    /**
     * The first byline element that names anyone. Those the text under the headline shows come first (a menu's links
     * to author pages, a related story's byline are elsewhere), and of these, as an author box holds the name beside
     * a bio or job title, those named for the name; then the elements named for the name elsewhere; then the rest.
     * Co-authors in elements of the same kind beside it join it.
     */
    private static Byline fromBylines(List<Element> bylines, String afterHeadline, SiteName site) {
        for (int pass = 0; pass < 4; pass++) {
            for (Element e : bylines) {
                String text = bylineText(e);
                boolean named = ClassNames.any(ClassNames.words(e), NAME_PARTS);
                boolean wanted = switch (pass) {
                    case 0 -> named && shownIn(afterHeadline, e.text().strip());
                    case 1 -> shownIn(afterHeadline, e.text().strip());
                    case 2 -> named;
                    default -> true;
                };
                if (!wanted || text.isEmpty() || text.length() > MAX_BYLINE || inThread(e)) {
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

    /** Whether an ancestor is named for a comment thread. */
    private static boolean inThread(Element e) {
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
     * together); of a schema.org author, its name's.
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
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText()).append(' ');
            }
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
     * name that says author or byline.
     */
    static boolean isByline(Element e) {
        if (e.attributesSize() == 0) {
            return e.nameIs("author");
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
