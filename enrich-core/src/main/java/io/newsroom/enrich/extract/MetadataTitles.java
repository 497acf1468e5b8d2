package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * The titles a page's metadata gives: OpenGraph and Twitter, the JSON-LD headline, Dublin Core, Parse.ly, Sailthru
 * and microdata, the {@code <title>}, the JSON-LD name, in that order. Immutable once built; one per page.
 */
final class MetadataTitles {

    private static final String[] SOCIAL = {"property:og:title", "name:og:title", "name:twitter:title",
            "property:twitter:title"};
    private static final String[] OTHER = {"name:dc.title", "property:dc:title", "name:dcterms.title",
            "name:parsely-title", "name:sailthru.title", "itemprop:headline", "name:title"};
    /** A title that is only an address: "example.com". */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,}");

    private final List<String> titles = new ArrayList<>();

    MetadataTitles(Document doc, MetadataReader meta) {
        for (String key : SOCIAL) {
            add(meta.first(key));
        }
        add(meta.jsonLd().string("headline", true));
        for (String key : OTHER) {
            add(meta.first(key));
        }
        add(doc.title());
        add(meta.jsonLd().string("name", true));
    }

    private void add(String title) {
        if (title != null && !title.isBlank() && !DOMAIN.matcher(title.strip()).matches()) {
            titles.add(Whitespace.collapse(title).strip());
        }
    }

    /** The titles, non-blank, the article's own before the page's {@code <title>}. */
    List<String> texts() {
        return titles;
    }

    /**
     * The wording of the headline that most sources give, typography aside: the metadata's segments that read the
     * same as the chosen headline but for quotes, dashes and spaces vote with it, and the chosen wording wins a tie.
     * Spaces count for nothing because a heading's text is joined from its elements, which can add a space ("a
     * kicker</div><span>: </span>" gives "Kicker : Headline") or lose one ("पकड़ा:</span>दो"), while a metadata
     * title is written as one string.
     */
    String mostGiven(String chosen) {
        String folded = typography(chosen);
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put(chosen, 1);
        for (String t : titles) {
            for (String part : TitleSegments.withWhole(t)) {
                if (typography(part).equals(folded)) {
                    votes.merge(part, 1, Integer::sum);
                    break;
                }
            }
        }
        String best = chosen;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > votes.get(best)) {
                best = v.getKey();
            }
        }
        return best;
    }

    /** Quotes and dashes folded to their plain forms, without white space; case kept. */
    private static String typography(String s) {
        return Whitespace.collapse(s).replace(" ", "").replace('’', '\'').replace('‘', '\'').replace('“', '"')
                .replace('”', '"').replace('–', '-').replace('—', '-');
    }
}
