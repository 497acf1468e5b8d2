package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private static final Clock FETCHED = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
    private final DateExtractor dates = new DateExtractor(FETCHED);

    @Test
    void aTimeElementWithoutDatetimeIsReadFromItsText() {
        assertThat(published("<hgroup><time>Published on June 04, 2025</time><h1>Podcast equipment</h1></hgroup>"))
                .isEqualTo("2025-06-04T00:00Z");
    }

    @Test
    void aDateIntroducedInWordsIsTheLastResort() {
        assertThat(published("<h1>Essay</h1><p><span>Essay - Published: 2025.12.17 | </span><a href=/t>AI</a></p>"))
                .isEqualTo("2025-12-17T00:00Z");
        assertThat(published("<div><p><span>Опубликовано:</span> 5 мая 2025</p></div>")).isEqualTo("2025-05-05T00:00Z");
    }

    @Test
    void anUpdateDateIsTheModificationAndDatesAPageThatShowsNoOther() {
        String page = """
                <h1>Best car rentals in the USA</h1><p>Written By: Jane Doe</p><p>Last Updated:</p><p>August 1, 2025</p>
                <p>Here is a rundown of the best car rentals.</p>""";
        assertThat(datesUnderHeadline(page)).isEqualTo(new Dates(OffsetDateTime.parse("2025-08-01T00:00Z"),
                OffsetDateTime.parse("2025-08-01T00:00Z")));
        assertThat(datesUnderHeadline("""
                <h1>Headline</h1><p>Updated 5 May 2025 · Published 1 May 2025</p><p>Text.</p>""")).isEqualTo(new Dates(
                OffsetDateTime.parse("2025-05-01T00:00Z"), OffsetDateTime.parse("2025-05-05T00:00Z")));
        assertThat(datesUnderHeadline("""
                <h1>Headline</h1><p>Mis à jour le 12 février 2025</p><p>Text.</p>""").modified())
                .isEqualTo("2025-02-12T00:00Z");
    }

    @Test
    void theDateShownUnderTheHeadlineBeatsTheMetadataAsReadersSeeIt() {
        assertThat(datesUnderHeadline("""
                <head><meta property="article:published_time" content="2020-01-03T09:48:24Z">
                <meta property="article:modified_time" content="2020-01-06T09:22:36Z"></head>
                <h1>Ravenous goats</h1><p>Monday, 6 January 2020</p><p>By Jane Doe</p>""").published())
                .isEqualTo("2020-01-06T00:00Z");
    }

    @Test
    void theAddressConfirmsOneOfTwoDatesAndDatesTheCanonicalPage() {
        assertThat(datesUnderHeadline("""
                <head><meta property="article:published_time" content="2017-11-24T10:00:00Z"></head>
                <h1>Headline</h1><p>1 mars 2019</p>""", "https://example.org/2017/11/24/headline").published())
                .isEqualTo("2017-11-24T10:00Z");
        assertThat(published("<head><link rel=\"canonical\" href=\"https://example.org/news/2024/05/04/a\"></head>"))
                .isEqualTo("2024-05-04T00:00Z");
        assertThat(published("<head><link rel=\"canonical\" href=\"https://example.org/home/2017/7/12/a\"></head>"))
                .isEqualTo("2017-07-12T00:00Z");
    }

    @Test
    void noDateAfterTheFetchNorACopyrightLine() {
        assertThat(published("<head><meta property=\"article:published_time\" content=\"2026-03-01\"></head>")).isNull();
        assertThat(published("<div class=\"date\">© 12 May 2024 Example Media</div>")).isNull();
    }

    @Test
    void timesKeepTheirZone() {
        assertThat(published("<head><meta property=\"article:published_time\" content=\"2025-11-14T06:49:57+0530\">"))
                .isEqualTo("2025-11-14T06:49:57+05:30");
    }

    @Test
    void aDateInTheArticlesProseIsNoPublicationDate() {
        assertThat(published("<p>The treaty was signed on November 13, 2025 in Astana.</p>")).isNull();
    }

    @Test
    void underTheHeadlineADateInsideAParagraphOrCaptionIsAnotherEventsButADatelineCounts() {
        String meta = """
                <head><meta property="article:published_time" content="2025-02-02T20:07:46+01:00"></head>""";
        assertThat(publishedUnderHeadline(meta + """
                <h1>Minister resigns</h1><p>The former lawyer joined the government and, after a strong personal result
                on 9 June 2024, grew into a pillar of the party before she stepped down this week.</p>"""))
                .isEqualTo("2025-02-02T20:07:46+01:00");
        assertThat(publishedUnderHeadline(meta + """
                <h1>Allergies</h1><p>Feb. 1, 2025 -- Life-threatening peanut allergies have mysteriously been on the
                rise in the past decade, with hundreds of thousands of children affected.</p>"""))
                .isEqualTo("2025-02-01T00:00Z");
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

    private OffsetDateTime published(String page) {
        Document doc = Jsoup.parse(page, "https://example.org/a");
        PageScan scan = new PageScan(doc);
        return dates.dates(scan, new MetadataReader(doc, scan.metadata()), "https://example.org/a", false, null)
                .published();
    }

    private OffsetDateTime publishedUnderHeadline(String page) {
        return datesUnderHeadline(page).published();
    }

    private Dates datesUnderHeadline(String page) {
        return datesUnderHeadline(page, "https://example.org/a");
    }

    private Dates datesUnderHeadline(String page, String url) {
        Document doc = Jsoup.parse(page, url);
        PageScan scan = new PageScan(doc);
        String byline = DateExtractor.textAfter(doc.selectFirst("h1"));
        return dates.dates(scan, new MetadataReader(doc, scan.metadata()), url, false, byline);
    }
}
