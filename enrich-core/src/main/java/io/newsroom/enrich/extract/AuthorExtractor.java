package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import io.newsroom.enrich.extract.AuthorNames.Byline;

/**
 * Author names, not "By" or job titles, and the agency or desk credited beside or instead of them: JSON-LD authors,
 * the page's visible byline ({@link BylineElements}), author {@code <meta>} tags. Names are cut at a job title or a
 * date and split on "and" and commas; agencies, desks and bodies are the credit ({@link AuthorNames}). Pure; reads the
 * document without changing it.
 */
final class AuthorExtractor {

    /** Author meta tags, one person or a list of them per value. */
    private static final String[] META = {"name:author", "property:author", "itemprop:author", "name:citation_author",
            "name:dc.creator", "name:dc:creator", "property:dc:creator", "name:dcterms.creator", "name:parsely-author",
            "name:sailthru.author", "name:byl", "property:article:author", "name:article:author", "property:og:author"};

    /**
     * The article's authors and its credit. People first, from the first source that names any: JSON-LD Person
     * authors, a "By ..." line under the headline, byline elements, one-word JSON-LD persons (often the account that
     * posted), author meta tags, untyped JSON-LD authors, a name introduced by a phrase anywhere ("Written by").
     * Where the metadata or the line under the headline names the same people and more, the more are co-authors the
     * visible byline left out. What the sources name that is no person ({@link Credits}) is the credit: the chosen
     * source's, else the first one's that credits anything.
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
                () -> BylineElements.fromBylines(scan.bylines(), afterHeadline, site),
                () -> persons,
                () -> tags,
                () -> fromJsonLd(jsonLd, site, false),
                () -> IntroducedNames.find(scan.body(), site));
        List<Byline> seen = new ArrayList<>();
        for (Supplier<Byline> source : sources) {
            Byline b = source.get();
            if (!b.people().isEmpty()) {
                List<String> people = withMore(withMore(b.people(), persons.people()), tags.people());
                return new Authors(withMore(people, listedUnderHeadline(people, afterHeadline, site)),
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

    /**
     * The names the line under the headline lists from the first of these people on, each in an element of its own
     * with only separators between them ("Rui Ma", ",", "Heba Ledwon", "&", ...): the metadata often names the first
     * author alone. Only full names (two words or more) join, so that a place or a desk after a comma does not.
     */
    static List<String> listedUnderHeadline(List<String> people, String afterHeadline, SiteName site) {
        if (afterHeadline == null || people.isEmpty()) {
            return List.of();
        }
        String first = people.get(0);
        String[] lines = afterHeadline.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equalsIgnoreCase(first)) {
                continue;
            }
            List<String> listed = new ArrayList<>(List.of(first));
            for (int j = i + 1; j + 1 < lines.length && !lines[j].isBlank() && AuthorNames.separatorsOnly(lines[j]);
                    j += 2) {
                Byline next = AuthorNames.parse(lines[j + 1], site);
                if (next.people().size() != 1 || !next.credits().isEmpty()
                        || next.people().get(0).split("\s+").length < 2) {
                    break;
                }
                listed.add(next.people().get(0));
            }
            return listed;
        }
        return List.of();
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
}
