package io.newsroom.enrich.extract;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import io.newsroom.contracts.ItemHints;

/**
 * HTML page to {@link Extraction}: metadata first (it reads the untouched document), then the main text, then the
 * language of that text. What the feed said fills the gaps the page leaves. Thread-safe.
 */
public final class ArticleExtractor {

    /** Deeper nesting is flattened by the parser, so a hostile 100,000-level page cannot exhaust the stack. */
    private static final int MAX_DEPTH = 512;

    /** Real article pages stay well under this (the largest of the 318 evaluation pages has 1.3 million). */
    static final int MAX_PAGE_CHARS = 10_000_000;
    private static final int BINARY_SAMPLE = 4096;

    private final TitleExtractor titles = new TitleExtractor();
    private final DateExtractor dates = new DateExtractor(Clock.systemUTC());
    private final AuthorExtractor authors = new AuthorExtractor();
    private final MainTextExtractor mainText = new MainTextExtractor();
    private final LanguageIdentifier languages;

    public ArticleExtractor(LanguageIdentifier languages) {
        this.languages = languages;
    }

    /** A plain-text document: the whole text is the article; no title, date or author. */
    public Extraction extractText(String text) {
        String clean = text.strip();
        return new Extraction("", clean, languages.identify(clean), null, null, List.of(), PageFacts.none());
    }

    /**
     * The text is empty when the page has none (empty, or all chrome); the caller decides what that means.
     *
     * @throws UnextractableArticleException when the input is no page at all: binary data, or larger than any
     *                                       article page ({@link #MAX_PAGE_CHARS}), refused before parsing so that
     *                                       the time spent stays bounded
     */
    public Extraction extract(String html, String url, ItemHints hints) {
        if (html.length() > MAX_PAGE_CHARS) {
            throw new UnextractableArticleException("page of " + html.length() + " characters is larger than the "
                    + MAX_PAGE_CHARS + " an article page can be: " + url);
        }
        if (looksBinary(html)) {
            throw new UnextractableArticleException("not a text page (binary content): " + url);
        }
        Document doc = Jsoup.parse(Mojibake.repair(html), url, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        PageScan scan = new PageScan(doc);
        MetadataReader meta = new MetadataReader(doc, scan.metadata());
        Element root = doc.firstElementChild();
        String declared = root == null ? "" : root.attr("lang").toLowerCase(Locale.ROOT);
        // 04/05/2024 is April 5th on (mostly American) English pages, 4 May elsewhere
        boolean dayFirst = !(declared.equals("en") || declared.startsWith("en-us"));
        List<Element> headings = scan.headings();
        SiteName site = SiteName.of(meta, url);
        String title = titles.title(doc, meta, headings, site);
        Element headline = Headings.matching(headings, title);
        String byline = DateExtractor.textAfter(headline);
        Dates stated = dates.dates(scan, meta, url, dayFirst, byline);
        OffsetDateTime published = stated.published();
        List<String> names = authors.authors(scan, meta, byline);
        String text = mainText.extract(doc, title, headline);
        if (title.isBlank() && hints.title() != null) {
            title = hints.title();
        }
        if (published == null && hints.publishedAt() != null) {
            published = hints.publishedAt().atOffset(ZoneOffset.UTC);
        }
        String lang = languages.identify(text.isBlank() ? title : text);
        if ("und".equals(lang) && hints.lang() != null) {
            lang = hints.lang();
        }
        return new Extraction(title, text, lang, published, stated.modified(), names, meta.facts());
    }

    /** More than a tenth of the first characters are control characters or decoding failures. */
    static boolean looksBinary(String s) {
        int n = Math.min(s.length(), BINARY_SAMPLE);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return n > 0 && bad * 10 > n;
    }
}
