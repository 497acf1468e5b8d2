package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Author names, not "By" or job titles: JSON-LD authors, then author {@code <meta>} tags, then the page's visible
 * byline (rel=author links, itemprop=author, author and byline elements). Names are cut at a job title or a date
 * and split on "and" and commas ({@link AuthorNames}). Pure; reads the document without changing it.
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
        /** Not the byline: a commenter, an author's bio, photo or description. */
        OTHER
    }

    private static final String[] META = {"name:author", "property:article:author", "name:dc.creator",
            "name:parsely-author", "name:sailthru.author", "name:byl"};
    /** Class and id words of an element holding a byline. */
    private static final ClassNames.Hinted BYLINE_CLASSES = ClassNames.Hinted.read("byline-classes");
    private static final List<AuthorBoxWord> AUTHOR_BOX = Lexicon.read("author-box-classes", AuthorBoxWord::of);
    /** Class words of the element that holds the name itself, in a byline or an author box. */
    private static final Set<String> NAME_PARTS = AuthorBoxWord.words(AUTHOR_BOX, Part.NAME);
    /** Named for an author but not the article's: a commenter, or the bio, photo or description of an author box. */
    private static final Set<String> NOT_BYLINES = AuthorBoxWord.words(AUTHOR_BOX, Part.OTHER);
    /** Path segments of links to an author's page (WordPress and most CMSs: /author/jane-doe/). */
    private static final ClassNames.Hinted AUTHOR_PATHS = ClassNames.Hinted.read("author-paths");
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "/" + Lexicon.anyOf(new TreeSet<>(AUTHOR_PATHS.words())) + "/[^/?#]+/?$");
    /** The cheap test before the pattern: most links on a page go elsewhere. */
    private static final List<String> AUTHOR_PATH_HINTS = AUTHOR_PATHS.hints().stream().map(h -> "/" + h).toList();
    private static final int MAX_BYLINE = 120;

    /**
     * People first: JSON-LD Person authors, a "By ..." line under the headline, byline elements, author meta tags;
     * an organisation or account named as author only when no person is.
     */
    List<String> authors(PageScan scan, MetadataReader meta, String afterHeadline) {
        Set<String> names = new LinkedHashSet<>();
        List<String> people = jsonLdNames(meta, true);
        // a one-word "person" is often the CMS account that posted the article ("KatieS"), not its author
        boolean accounts = people.stream().noneMatch(n -> n.strip().contains(" "));
        if (!accounts) {
            people.forEach(n -> AuthorNames.add(names, n));
        }
        if (names.isEmpty() && afterHeadline != null) {
            AuthorNames.addByLine(names, afterHeadline);
        }
        if (names.isEmpty()) {
            fromBylines(scan.bylines(), names);
        }
        if (names.isEmpty()) {
            people.forEach(n -> AuthorNames.add(names, n));
        }
        if (names.isEmpty()) {
            String m = meta.first(META);
            if (m != null && !m.startsWith("http")) {
                AuthorNames.add(names, m);
            }
        }
        if (names.isEmpty()) {
            jsonLdNames(meta, false).forEach(n -> AuthorNames.add(names, n));
        }
        return new ArrayList<>(names);
    }

    /** The JSON-LD authors that are Person objects, or those that are not. */
    private static List<String> jsonLdNames(MetadataReader meta, boolean people) {
        return meta.jsonLd().names("author").stream().filter(n -> (n.kind() == JsonLd.Named.Kind.PERSON) == people)
                .map(JsonLd.Named::name).toList();
    }

    /** An author box holds the name beside a bio or job title: elements named for the name are read first. */
    private static void fromBylines(List<Element> bylines, Set<String> names) {
        for (boolean named : new boolean[] {true, false}) {
            for (Element e : bylines) {
                String text = e.text().strip();
                if (!text.isEmpty() && text.length() <= MAX_BYLINE
                        && (!named || ClassNames.any(ClassNames.words(e), NAME_PARTS))) {
                    AuthorNames.add(names, text);
                    if (!names.isEmpty()) {
                        return;
                    }
                }
            }
        }
    }

    /** An element that holds a byline: rel=author, itemprop=author, or a class or id that says author or byline. */
    static boolean isByline(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.attributes().get("rel").equals("author") || e.attributes().get("itemprop").equals("author")) {
            return true;
        }
        if (e.nameIs("a")) {
            String href = e.attributes().get("href");
            if (mayLinkAnAuthor(href) && AUTHOR_PAGE.matcher(href).find()) {
                return true;
            }
        }
        if (!mayNameAByline(e)) {
            return false;
        }
        List<String> words = ClassNames.words(e);
        return BYLINE_CLASSES.anyIn(words) && !ClassNames.any(words, NOT_BYLINES);
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
