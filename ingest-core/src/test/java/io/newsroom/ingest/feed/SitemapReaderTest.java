package io.newsroom.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SitemapReaderTest {

    private final SitemapReader reader = new SitemapReader();

    @Test
    void aNewsSitemapGivesEachPageWithItsTitleDateLanguageAndKeywords() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example.org/world/talks</loc>
                    <news:news><news:publication><news:name>Example</news:name><news:language>ar</news:language></news:publication>
                      <news:publication_date>2024-05-04T10:00:00+03:00</news:publication_date>
                      <news:title>زيارة رئيس كازاخستان</news:title><news:keywords>Kazakhstan, Russia</news:keywords></news:news></url>
                  <url><loc>https://news.example.org/world/plain</loc><lastmod>2024-05-05</lastmod></url>
                </urlset>""";
        SitemapReader.Contents c = reader.read(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://news.example.org/sitemap-news.xml");
        assertThat(c.childSitemaps()).isEmpty();
        assertThat(c.items()).hasSize(2);
        FeedItem news = c.items().stream().filter(i -> i.link().endsWith("/talks")).findFirst().orElseThrow();
        assertThat(news.hints().title()).isEqualTo("زيارة رئيس كازاخستان");
        assertThat(news.hints().publishedAt()).isEqualTo(Instant.parse("2024-05-04T07:00:00Z"));
        assertThat(news.hints().lang()).isEqualTo("ar");
        assertThat(news.hints().categories()).contains("Kazakhstan");
        FeedItem plain = c.items().stream().filter(i -> i.link().endsWith("/plain")).findFirst().orElseThrow();
        assertThat(plain.hints().publishedAt()).isEqualTo(Instant.parse("2024-05-05T00:00:00Z"));
    }

    @Test
    void anIndexListsItsChildSitemapsNewestFirst() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example.org/sitemap-2023.xml</loc><lastmod>2023-12-31</lastmod></sitemap>
                  <sitemap><loc>https://news.example.org/sitemap-2024.xml</loc><lastmod>2024-05-05</lastmod></sitemap>
                </sitemapindex>""";
        SitemapReader.Contents c = reader.read(xml.getBytes(StandardCharsets.UTF_8), "text/xml",
                "https://news.example.org/sitemap.xml");
        assertThat(c.items()).isEmpty();
        assertThat(c.childSitemaps()).containsExactly("https://news.example.org/sitemap-2024.xml",
                "https://news.example.org/sitemap-2023.xml");
    }

    @Test
    void anExternalEntityInASitemapIsNotExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.org/&x;</loc></url></urlset>""";
        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8), "text/xml", "https://a.org/s.xml"))
                .isInstanceOf(InvalidFeedException.class).hasMessageContaining("not a readable sitemap");
    }

    @Test
    void garbageIsAnInvalidSitemap() {
        assertThatThrownBy(() -> reader.read("%PDF-1.4 binary".getBytes(StandardCharsets.UTF_8), "application/pdf",
                "https://a.org/s.xml")).isInstanceOf(InvalidFeedException.class);
    }
}
