package io.newsroom.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsroom.contracts.ArticleId;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    /** Spellings of addresses, then links as feeds, newsletters and share buttons hand them out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTP://Example.ORG:80/a/b?x=1#top | http://example.org/a/b?x=1",
            "https://example.org:443 | https://example.org/",
            "https://example.org:8443/a | https://example.org:8443/a",
            "https://example.org/a?utm_source=rss&id=7&fbclid=abc&gclid=x | https://example.org/a?id=7",
            "https://example.org/a?utm_medium=feed | https://example.org/a",
            "https://www.example.org./a | https://www.example.org/a",
            // BBC's RSS feeds tag every link (AT Internet)
            "https://www.bbc.co.uk/news/world-europe-68825431?at_medium=RSS&at_campaign=KARANGA | https://www.bbc.co.uk/news/world-europe-68825431",
            "https://www.bbc.com/news/articles/c0k8x3y4z5o?at_medium=RSS&at_campaign=rss | https://www.bbc.com/news/articles/c0k8x3y4z5o",
            // Le Monde's feeds (Xiti), the Guardian's share buttons, the New York Times' app shares
            "https://www.lemonde.fr/international/article/2024/05/08/x_6232110_3210.html?xtor=RSS-3208 | https://www.lemonde.fr/international/article/2024/05/08/x_6232110_3210.html",
            "https://www.theguardian.com/world/2024/may/08/kazakhstan-russia-visit?CMP=share_btn_tw | https://www.theguardian.com/world/2024/may/08/kazakhstan-russia-visit",
            "https://www.nytimes.com/2024/05/07/world/europe/putin-inauguration.html?smid=nytcore-ios-share&referringSource=articleShare | https://www.nytimes.com/2024/05/07/world/europe/putin-inauguration.html",
            // click ids (Brave's list): Facebook, Google Ads, Microsoft Ads, HubSpot, Mailchimp
            "https://tass.com/politics/1785677?fbclid=IwAR0x2Y | https://tass.com/politics/1785677",
            "https://www.aljazeera.com/news/2024/5/8/kazakh-leader?gclid=Cj0K&gbraid=0AAA&msclkid=7f | https://www.aljazeera.com/news/2024/5/8/kazakh-leader",
            "https://press.un.org/en/2024/sc15690.doc.htm?_hsenc=p2AN&__hstc=1.2.3&mc_cid=ab12&mc_eid=cd34 | https://press.un.org/en/2024/sc15690.doc.htm",
            // names in any case; parameters that address content stay, in their order
            "https://www.reuters.com/world/?UTM_SOURCE=twitter&id=7&WT.mc_id=x&page=2 | https://www.reuters.com/world/?id=7&page=2",
            // Brave scopes some names to one site: YouTube's si is a tracker, elsewhere it may be content
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=Ab12 | https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://news.example.org/search?si=3 | https://news.example.org/search?si=3",
            // and keeps a marketing token where an unsubscribe link needs it
            "https://news.example.org/a?mkt_tok=eyJp | https://news.example.org/a",
            "https://news.example.org/unsubscribe?mkt_tok=eyJp | https://news.example.org/unsubscribe?mkt_tok=eyJp"
    })
    void spellingsOfOnePageBecomeOneAndTrackingParametersFromTheMaintainedListsAreDropped(String in, String expected) {
        assertThat(canonicalizer.canonicalize(in)).isEqualTo(expected);
    }

    /** The URL stays readable as given; the article id reads scheme and www variants as one. */
    @ParameterizedTest
    @ValueSource(strings = {
            "http://www.bbc.co.uk/news/world-europe-68825431",
            "https://www.bbc.co.uk/news/world-europe-68825431?at_medium=RSS&at_campaign=rss",
            "https://bbc.co.uk/news/world-europe-68825431#comments",
            "HTTPS://WWW.BBC.CO.UK:443/news/world-europe-68825431",
            "http://bbc.co.uk:80/news/world-europe-68825431?fbclid=IwAR0x"
    })
    void schemeAndWwwVariantsOfOneArticleShareItsId(String variant) {
        assertThat(ArticleId.of(canonicalizer.canonicalize(variant)))
                .isEqualTo(ArticleId.of("https://bbc.co.uk/news/world-europe-68825431"));
        assertThat(ArticleId.of(canonicalizer.canonicalize(variant)))
                .as("another host of the site is another page until its canonical link says otherwise")
                .isNotEqualTo(ArticleId.of("https://m.bbc.co.uk/news/world-europe-68825431"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a", "/relative/path", "javascript:alert(1)", "http://exa mple.org/"})
    void nonHttpOrBrokenUrlsAreRejected(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
