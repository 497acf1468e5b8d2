package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private final DateExtractor dates = new DateExtractor();

    @Test
    void aTimeElementWithoutDatetimeIsReadFromItsText() {
        assertThat(published("<hgroup><time>Published on June 04, 2025</time><h1>Podcast equipment</h1></hgroup>"))
                .isEqualTo("2025-06-04T00:00Z");
    }

    @Test
    void aDateIntroducedInWordsIsTheLastResort() {
        assertThat(published("<h1>Essay</h1><p><span>Essay - Published: 2025.12.17 | </span><a href=/t>AI</a></p>"))
                .isEqualTo("2025-12-17T00:00Z");
        assertThat(published("<div><p style=\"text-align:right\">Last updated: November 13, 2025</p></div>"))
                .isEqualTo("2025-11-13T00:00Z");
    }

    @Test
    void aDateInTheArticlesProseIsNoPublicationDate() {
        assertThat(published("<p>The treaty was signed on November 13, 2025 in Astana.</p>")).isNull();
    }

    @Test
    void underTheHeadlineAModificationTimeIsSkippedAndADatetimeBeatsItsText() {
        assertThat(publishedUnderHeadline("""
                <h1>Espresso machines under $500</h1><div class="entry-meta"><span class="posted-on">
                <time class="updated" datetime="2025-05-21T14:06:47+00:00" itemprop="dateModified">May 21, 2025</time>
                <time class="entry-date published" datetime="2025-04-24T16:12:49+00:00" itemprop="datePublished">April
                24, 2025</time></span></div><p>Recently, some great espresso makers have appeared.</p>"""))
                .isEqualTo("2025-04-24T16:12:49Z");
        assertThat(publishedUnderHeadline("""
                <h1>Klatch Coffee</h1><div><time datetime="2024-12-20">August 28, 2024</time></div><p>Text.</p>"""))
                .isEqualTo("2024-12-20T00:00Z");
    }

    @Test
    void aTimeMarkedPubdateOutranksJsonLd() {
        assertThat(published("""
                <script type="application/ld+json">{"@type": "Article", "datePublished": "2025-11-29T12:28:31-05:00"}
                </script><h1>10 free accounting tools</h1><p>Staying on top of your bookkeeping.</p>
                <div class="article-body__published">Published <time pubdate datetime="2025-08-13">August 13, 2025</time>
                </div>""")).isEqualTo("2025-08-13T00:00Z");
    }

    private OffsetDateTime published(String body) {
        Document doc = Jsoup.parse("<body>" + body + "</body>", "https://example.org/a");
        PageScan scan = new PageScan(doc);
        return dates.published(scan, new MetadataReader(doc, scan.metadata()), "https://example.org/a", false, null);
    }

    private OffsetDateTime publishedUnderHeadline(String body) {
        Document doc = Jsoup.parse("<body>" + body + "</body>", "https://example.org/a");
        PageScan scan = new PageScan(doc);
        String byline = DateExtractor.textAfter(doc.selectFirst("h1"));
        return dates.published(scan, new MetadataReader(doc, scan.metadata()), "https://example.org/a", false, byline);
    }
}
