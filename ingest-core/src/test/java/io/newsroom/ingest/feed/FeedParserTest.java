package io.newsroom.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void rssItemsCarryTheirLinkTitleDateLanguageAndCategories() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>http://s.org/</link><description>d</description>
                <language>en</language>
                <item><title>Talks in Moscow</title><link>/world/talks</link>
                <pubDate>Thu, 08 May 2025 12:21:00 GMT</pubDate><category>Politics</category></item>
                </channel></rss>""";
        List<FeedItem> items = parser.parse(rss.getBytes(StandardCharsets.UTF_8), "http://s.org/feed.xml");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("http://s.org/world/talks");
            assertThat(item.hints().title()).isEqualTo("Talks in Moscow");
            assertThat(item.hints().publishedAt()).isEqualTo(Instant.parse("2025-05-08T12:21:00Z"));
            assertThat(item.hints().lang()).isEqualTo("en");
            assertThat(item.hints().categories()).containsExactly("Politics");
        });
    }

    @Test
    void atomEntriesAreRead() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2024-05-04T10:00:00Z</updated>
                <entry><title>e</title><id>urn:e</id><link href="https://s.org/e"/><updated>2024-05-04T10:00:00Z</updated></entry>
                </feed>""";
        assertThat(parser.parse(atom.getBytes(StandardCharsets.UTF_8), "https://s.org/atom"))
                .extracting(FeedItem::link).containsExactly("https://s.org/e");
    }

    @Test
    void anExternalEntityIsNeverExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title><link>http://s.org/</link><description>d</description>
                <item><title>&secret;</title><link>http://s.org/a</link></item></channel></rss>""";
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), "http://s.org/feed"))
                .isInstanceOf(InvalidFeedException.class);
    }

    @Test
    void malformedXmlIsAnInvalidFeed() {
        assertThatThrownBy(() -> parser.parse("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), "http://s.org/f"))
                .isInstanceOf(InvalidFeedException.class).hasMessageContaining("http://s.org/f");
    }
}
