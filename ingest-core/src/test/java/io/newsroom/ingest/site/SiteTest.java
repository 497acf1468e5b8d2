package io.newsroom.ingest.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newsroom.contracts.Topics;

class SiteTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.bbc.co.uk/news/world-europe-68825431, bbc.co.uk",
            "https://m.bbc.co.uk/news/world-europe-68825431, bbc.co.uk",
            "https://bbc.co.uk/news, bbc.co.uk",
            // the BBC's feeds live on another registrable domain, so they are another site
            "https://feeds.bbci.co.uk/news/world/rss.xml, bbci.co.uk",
            "https://WWW.AlJazeera.com./xml/rss/all.xml, aljazeera.com",
            // a private suffix makes every blog its own site
            "https://kazakh-news.blogspot.com/2024/05/visit.html, kazakh-news.blogspot.com",
            // hosts without a known suffix are sites by themselves, less www
            "http://localhost:8090/feed.xml, localhost",
            "http://127.0.0.2:8080/a, 127.0.0.2",
            "https://www.news-0.fault.example/articles/1, news-0.fault.example",
            "http://[::1]:8080/a, [::1]"
    })
    void aSiteIsTheRegistrableDomainOfTheHost(String url, String site) {
        assertThat(Site.of(url).name()).isEqualTo(site);
    }

    @Test
    void sameSiteComparesRegistrableDomainsAndRefusesUrlsWithoutHost() {
        assertThat(Site.same("https://www.example.org/a", "http://m.example.org/b")).isTrue();
        assertThat(Site.same("https://example.org/a", "https://example.org.evil.test/a")).isFalse();
        assertThat(Site.same("https://example.org/a", "file:///etc/passwd")).isFalse();
    }

    /** KafkaProducer gives a keyed record without a partitioner of its own the partition BuiltInPartitioner picks. */
    @Test
    void theOwningPartitionIsTheOneKafkasDefaultPartitionerChoosesForTheSitesKey() {
        for (String url : List.of("https://www.bbc.co.uk/a", "https://tass.com/b", "http://127.0.0.3:9/c",
                "https://www.aljazeera.com/d", "http://localhost:8090/e", "https://kazakh-news.blogspot.com/f")) {
            Site site = Site.of(url);
            byte[] key = new StringSerializer().serialize(Topics.FRONTIER, site.name());
            for (int partitions : new int[] {1, 3, 6, 12}) {
                assertThat(site.partition(partitions)).as(url)
                        .isEqualTo(BuiltInPartitioner.partitionForKey(key, partitions));
            }
        }
    }
}
