package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Author names, not "By" or job titles: JSON-LD authors, then author {@code <meta>} tags, then the page's visible
 * byline (rel=author links, itemprop=author, author and byline elements). Names are cut at a job title or a date
 * and split on "and" and commas. Pure; reads the document without changing it.
 */
final class AuthorExtractor {

    private static final String[] META = {"name:author", "property:article:author", "name:dc.creator",
            "name:parsely-author", "name:sailthru.author", "name:byl"};
    private static final Set<String> BYLINE_WORDS = Set.of("author", "byline", "authorname", "bylinename", "writer",
            "autor", "автор");
    /** Named for an author but not the article's: a commenter, or the bio, photo or description of an author box. */
    private static final Set<String> NOT_BYLINES = Set.of("comment", "comments", "bio", "description", "desc",
            "avatar", "photo", "image", "img", "about");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?iu).{0,40}?\\b(by|written by|posted by|words by|reported by|authored by|von|par|por|autor|автор|author)"
                    // "byClemson News": a name glued to "by" starts with a capital
                    + "(?:\\s*:?\\s+|(?-i)(?=\\p{Lu}))");
    private static final Pattern BY_LINE = Pattern.compile(
            "(?m)(?:(?:^|[ \\t])(?:By|BY|Written by|Words by|Reported by|Authored by|Автор:?|Von|Par|Por)|^by)"
                    + "[ \\t]*:?\\s+"
                    + "(\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|da|al|bin|el)){1,3}"
                    + "(?:[ \\t]*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){1,3})*)[ \\t]*$");
    private static final Pattern CUT = Pattern.compile(
            "(?iu)\\s*(?:[,|•·—–-]\\s*)?(?:\\d{1,2}[./]|\\d{1,2}\\s+\\p{L}{3}|\\d{4}|last\\s|updated|published|posted|"
                    + "(?:on\\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d|"
                    + "staff writer|correspondent|editor(?!ial)|reporter|contributor|\\d+\\s+min)" + ".*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bи\\b|\\bet\\b|\\by\\b)\\s*");
    /** A link to an author's page (WordPress and most CMSs: /author/jane-doe/) names the author. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile("/(?:authors?|writers?|autor|avtor|columnists?)/[^/?#]+/?$");
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "(?<![\\p{L}'’])(?!(?:and|und|et|y|i|и|de|van|von|der|den|da|di|del|dos|das|du|la|le|al|el|bin|ibn|bint)\\b)"
                    + "\\p{Ll}\\p{L}*");
    private static final int MAX_NAME = 60;
    private static final int MAX_BYLINE = 120;

    /**
     * People first: JSON-LD Person authors, a "By ..." line under the headline, byline elements, author meta tags;
     * an organisation or account named as author only when no person is.
     */
    List<String> authors(PageScan scan, MetadataReader meta, String afterHeadline) {
        Set<String> names = new LinkedHashSet<>();
        List<String> people = meta.jsonLdNames("author", true);
        // a one-word "person" is often the CMS account that posted the article ("KatieS"), not its author
        boolean accounts = people.stream().noneMatch(n -> n.strip().contains(" "));
        if (!accounts) {
            people.forEach(n -> addNames(names, n));
        }
        if (names.isEmpty() && afterHeadline != null) {
            Matcher by = BY_LINE.matcher(afterHeadline);
            if (by.find()) {
                addNames(names, by.group(1));
            }
        }
        if (names.isEmpty()) {
            fromBylines(scan.bylines(), names);
        }
        if (names.isEmpty()) {
            people.forEach(n -> addNames(names, n));
        }
        if (names.isEmpty()) {
            String m = meta.first(META);
            if (m != null && !m.startsWith("http")) {
                addNames(names, m);
            }
        }
        if (names.isEmpty()) {
            meta.jsonLdNames("author", false).forEach(n -> addNames(names, n));
        }
        return new ArrayList<>(names);
    }

    /** An author box holds the name beside a bio or job title: elements named for the name are read first. */
    private static void fromBylines(List<Element> bylines, Set<String> names) {
        for (boolean named : new boolean[] {true, false}) {
            for (Element e : bylines) {
                String text = e.text().strip();
                if (!text.isEmpty() && text.length() <= MAX_BYLINE && (!named || ClassNames.words(e).contains("name"))) {
                    addNames(names, text);
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
        return ClassNames.any(words, BYLINE_WORDS) && !ClassNames.any(words, NOT_BYLINES);
    }

    /** A cheap test before the pattern: most links on a page go elsewhere. */
    private static boolean mayLinkAnAuthor(String href) {
        return href.contains("/aut") || href.contains("/writer") || href.contains("/avtor")
                || href.contains("/columnist");
    }

    /** A cheap test before splitting names into words, which costs more than most pages' parse if done everywhere. */
    private static boolean mayNameAByline(Element e) {
        return ClassNames.mentions(e.className(), BYLINE_HINTS) || ClassNames.mentions(e.id(), BYLINE_HINTS);
    }

    private static final String[] BYLINE_HINTS = {"author", "byline", "writer", "autor", "автор"};

    private static void addNames(Set<String> names, String raw) {
        String s = PREFIX.matcher(raw.strip()).replaceFirst("");
        s = CUT.matcher(s).replaceFirst("");
        // "Center for Drug Evaluation and Research" is one body: people's names have no lower-case words but these
        String[] parts = (ORGANISATION_WORD.matcher(s).find() ? LIST : SPLIT).split(s);
        for (String part : parts) {
            String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
            if (name.length() >= 3 && name.length() <= MAX_NAME && Character.isLetter(name.codePointAt(0))
                    && !name.contains("@") && !name.startsWith("http")) {
                names.add(name);
            }
        }
    }
}
