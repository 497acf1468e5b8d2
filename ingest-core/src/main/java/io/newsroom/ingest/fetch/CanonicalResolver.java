package io.newsroom.ingest.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.newsroom.ingest.site.Site;

/**
 * The canonical URL of a page once it is read, which its article id is made from: the page's own
 * {@code <link rel="canonical">} when it names an http(s) URL on the same site as the address the page was read
 * from (after redirects), else that address; canonicalised either way. A page cannot claim another site's article
 * (a copy that points at the original is a copy, not the original), and two links that disagree count as none, as
 * search engines treat them. Pure and thread-safe.
 */
public final class CanonicalResolver {

    private static final Pattern HEAD_END = Pattern.compile("</head", Pattern.CASE_INSENSITIVE);

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    /**
     * @param readFrom the URL the page was read from: the last one after redirects, or an archive's record
     * @param html     the decoded page
     * @throws IllegalArgumentException when {@code readFrom} is not an http(s) URL
     */
    public String canonical(String readFrom, String html) {
        String own = canonicalizer.canonicalize(readFrom);
        List<String> declared = declared(readFrom, html);
        if (declared.size() != 1 || !Site.same(own, declared.get(0))) {
            return own;
        }
        try {
            return canonicalizer.canonicalize(declared.get(0));
        } catch (IllegalArgumentException notHttp) {
            return own;
        }
    }

    /** The distinct absolute targets of the head's canonical links. */
    private static List<String> declared(String baseUrl, String html) {
        Document head = Jsoup.parse(head(html), baseUrl);
        return head.select("link[rel][href]").stream()
                .filter(link -> Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                        .contains("canonical"))
                .map(link -> link.absUrl("href"))
                .filter(href -> !href.isEmpty())
                .distinct()
                .toList();
    }

    /** The page up to the end of its head: canonical links live there, and the body can be megabytes. */
    private static String head(String html) {
        Matcher end = HEAD_END.matcher(html);
        return end.find() ? html.substring(0, end.start()) : html;
    }
}
