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

    private OffsetDateTime published(String body) {
        Document doc = Jsoup.parse("<body>" + body + "</body>", "https://example.org/a");
        PageScan scan = new PageScan(doc);
        return dates.published(scan, new MetadataReader(doc, scan.metadata()), "https://example.org/a", false, null);
    }
}
