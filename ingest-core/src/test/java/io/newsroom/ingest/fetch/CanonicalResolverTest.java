package io.newsroom.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalResolverTest {

    private final CanonicalResolver resolver = new CanonicalResolver();

    private static String page(String links) {
        return "<!DOCTYPE html><html><head><title>Story</title>" + links + "</head><body><p>Text.</p></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the page's own canonical link on its site decides, tracking parameters dropped
            "https://www.example.org/story/7?ref=home | <link rel=\"canonical\" href=\"https://example.org/world/story-7?utm_source=x\"> | https://example.org/world/story-7",
            // relative to where the page was read from
            "https://example.org/amp/story-7 | <link rel=canonical href=/world/story-7> | https://example.org/world/story-7",
            // another host of the same site (a mobile or print edition)
            "https://m.example.org/a | <link rel=\"Canonical\" href=\"https://www.example.org/a\"> | https://www.example.org/a",
            // several rel tokens, and the same target twice
            "https://example.org/b | <link rel=\"alternate canonical\" href=\"/a\"><link rel=canonical href=\"https://example.org/a\"> | https://example.org/a",
            // no link: the address the page was read from, canonicalised
            "https://Example.org/a?fbclid=x#top |  | https://example.org/a"
    })
    void aSameSiteCanonicalLinkDecides(String readFrom, String links, String expected) {
        assertThat(resolver.canonical(readFrom, page(links == null ? "" : links))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a copy on another site cannot claim the original's article
            "https://aggregator.example.net/copy/1 | <link rel=\"canonical\" href=\"https://www.bbc.co.uk/news/1\">",
            // a look-alike domain is another site
            "https://example.org/a | <link rel=\"canonical\" href=\"https://example.org.evil.test/a\">",
            // links that disagree count as none
            "https://example.org/a | <link rel=canonical href=/b><link rel=canonical href=/c>",
            // not an http(s) address
            "https://example.org/a | <link rel=canonical href=\"ftp://example.org/b\">",
            // a canonical link outside the head is no canonical link
            "https://example.org/a | </head><body><link rel=canonical href=/b>"
    })
    void anyOtherCanonicalLinkIsIgnored(String readFrom, String links) {
        assertThat(resolver.canonical(readFrom, page(links))).isEqualTo(readFrom);
    }
}
