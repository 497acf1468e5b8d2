package io.newsroom.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @ParameterizedTest
    @CsvSource({
            "HTTP://Example.ORG:80/a/b?x=1#top, http://example.org/a/b?x=1",
            "https://example.org:443, https://example.org/",
            "https://example.org:8443/a, https://example.org:8443/a",
            "https://example.org/a?utm_source=rss&id=7&fbclid=abc&gclid=x, https://example.org/a?id=7",
            "https://example.org/a?utm_medium=feed, https://example.org/a",
            "https://www.example.org./a, https://www.example.org/a"
    })
    void spellingsOfOnePageBecomeOne(String in, String expected) {
        assertThat(canonicalizer.canonicalize(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a", "/relative/path", "javascript:alert(1)", "http://exa mple.org/"})
    void nonHttpOrBrokenUrlsAreRejected(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
