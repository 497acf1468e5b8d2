package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsroom.contracts.ItemHints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new LanguageIdentifier());
    /** The seed pages are the sample site's, in news-contracts; their expected extractions are test fixtures here. */
    private static final String ALMAYADEEN = "/sample-site/almayadeen/putin-xi-talks.html";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    @ParameterizedTest
    @ValueSource(strings = {"lavrov-tajikistan-en", "putin-xi-talks-almayadeen-en", "russia-uzbekistan-partnership-en",
            "tokayev-visit-ar", "victory-day-leaders-en"})
    void seedPagesYieldTheirHeadlineLanguageAndArticleText(String name) throws IOException {
        JsonNode expected = JsonMapper.builder().build().readTree(resource("/seeds/" + name + ".json"));
        String charset = name.endsWith("-ar") ? "windows-1256" : "UTF-8";
        String path = URI.create(expected.get("url").asString()).getPath();
        String html = new String(resource("/sample-site" + path + ".html"), Charset.forName(charset));

        Extraction x = EXTRACTOR.extract(html, expected.get("url").asString(), ItemHints.none());

        assertThat(x.title()).isEqualTo(expected.get("title").asString());
        assertThat(x.lang()).isEqualTo(expected.get("lang").asString());
        assertThat(tokenF1(x.text(), expected.get("text").asString())).isGreaterThanOrEqualTo(0.98);
        if (!expected.get("date").isNull()) {
            assertThat(x.published().toLocalDate()).hasToString(expected.get("date").asString());
        }
        if (!expected.get("author").isNull()) {
            assertThat(String.join(", ", x.authors())).isEqualTo(expected.get("author").asString());
        }
    }

    @Test
    void theTickerAndReadAlsoTeasersAreNotArticleText() throws IOException {
        String almayadeen = new String(resource(ALMAYADEEN), StandardCharsets.UTF_8);
        assertThat(EXTRACTOR.extract(almayadeen, "http://x/", ItemHints.none()).text()).doesNotContain("Witkoff");
        String arabic = new String(resource("/sample-site/arabic/tokayev-visit.html"), Charset.forName("windows-1256"));
        assertThat(EXTRACTOR.extract(arabic, "http://x/", ItemHints.none()).text()).doesNotContain("إقرأ أيضاً");
    }

    @Test
    void thePagesOwnDescriptionImageCanonicalAndSiteNameAreRead() {
        String html = """
                <html><head><title>T</title><meta property="og:site_name" content="Example Wire">
                <meta name="description" content="A short summary."><meta property="og:image" content="/img/a.jpg">
                <link rel="canonical" href="/news/a"></head><body><article><h1>T</h1>
                <p>Some article text long enough to be identified as English prose by the model.</p></article></body></html>""";
        PageFacts page = EXTRACTOR.extract(html, "https://example.org/news/a?utm_source=x", ItemHints.none()).page();
        assertThat(page).isEqualTo(new PageFacts("A short summary.", "https://example.org/img/a.jpg", "https://example.org/news/a",
                "Example Wire"));
    }

    @Test
    void anAuthorTagNamingOnlyABodyKeepsItAsTheAuthorAndTheCreditWhileAPersonLeavesItToTheCredit() {
        String body = "<body><article><h1>Talks resume</h1><p>Some article text long enough to be identified as English"
                + " prose by the model.</p></article></body></html>";
        Extraction agency = EXTRACTOR.extract("<html><head><meta name=\"author\" content=\"Reuters\"></head>" + body,
                "https://example.org/a", ItemHints.none());
        assertThat(agency.authors()).containsExactly("Reuters");
        assertThat(agency.credit()).isEqualTo("Reuters");
        Extraction person = EXTRACTOR.extract("<html><head><meta name=\"author\" content=\"Jane Doe, Reuters\"></head>"
                + body, "https://example.org/b", ItemHints.none());
        assertThat(person.authors()).containsExactly("Jane Doe");
        assertThat(person.credit()).isEqualTo("Reuters");
    }

    @Test
    void aPublishedTimeInTheMetadataIsRead() throws IOException {
        String html = new String(resource(ALMAYADEEN), StandardCharsets.UTF_8);
        assertThat(EXTRACTOR.extract(html, "http://x/", ItemHints.none()).published().toInstant())
                .hasToString("2025-05-08T12:21:00Z");
    }

    @Test
    void aPageWithoutTextYieldsEmptyText() {
        assertThat(EXTRACTOR.extract("", "http://x/empty", ItemHints.none()).text()).isEmpty();
        assertThat(EXTRACTOR.extract("<html><nav><a href=/>Home</a></nav></html>", "http://x/n", ItemHints.none())
                .text()).isEmpty();
        assertThat(EXTRACTOR.extract("<html><body><nav>Home</nav><footer>About us</footer></body></html>", "http://x/m",
                ItemHints.none()).text()).isEmpty();
    }

    @Test
    void binaryDataIsRefusedWithAReason() {
        byte[] png = new byte[5000];
        new java.util.Random(7).nextBytes(png);
        String decoded = new String(png, java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EXTRACTOR.extract(decoded, "http://x/img", ItemHints.none()))
                .isInstanceOf(UnextractableArticleException.class).hasMessageContaining("binary");
    }

    @Test
    void aFiftyMegabytePageIsRefusedAtOnce() {
        String huge = "<html><body>" + "<p>Lorem ipsum dolor sit amet.</p>".repeat(1_600_000) + "</body></html>";
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> EXTRACTOR.extract(huge, "http://x/huge", ItemHints.none()))
                .isInstanceOf(UnextractableArticleException.class).hasMessageContaining("larger than");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void truncatedHtmlStillYieldsItsText() {
        Extraction x = EXTRACTOR.extract("<html><head><title>Cut</title></head><body><article><h1>Cut</h1>"
                + "<p>The first paragraph of an article whose page was cut off in transfer, still worth read", "http://x/t",
                ItemHints.none());
        assertThat(x.text()).startsWith("The first paragraph of an article");
    }

    @Test
    void aPageNested100000DeepIsHandledQuicklyWithoutStackOverflow() {
        String deep = "<div>".repeat(100_000) + "<p>" + "Deep text that still counts as an article paragraph. ".repeat(3)
                + "</p>" + "</div>".repeat(100_000);
        long t0 = System.nanoTime();
        Extraction x = EXTRACTOR.extract(deep, "http://x/deep", ItemHints.none());
        assertThat(x.text()).contains("Deep text");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void feedHintsFillWhatThePageLacks() {
        ItemHints hints = new ItemHints("Feed title", java.time.Instant.parse("2024-01-02T03:04:05Z"), null, java.util.List.of());
        Extraction x = EXTRACTOR.extract("<p>Some article text long enough to be identified as English prose.</p>",
                "http://x/", hints);
        assertThat(x.title()).isEqualTo("Feed title");
        assertThat(x.published().toInstant()).isEqualTo(hints.publishedAt());
        assertThat(x.lang()).isEqualTo("en");
    }

    static double tokenF1(String predicted, String truth) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> t = bag(truth);
        int overlap = 0;
        for (var e : p.entrySet()) {
            overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        int nt = t.values().stream().mapToInt(Integer::intValue).sum();
        if (np == 0 || nt == 0 || overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / np;
        double recall = (double) overlap / nt;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    @Test
    void tokenF1IsOneForIdenticalTextsAndZeroForDisjointOnes() {
        assertThat(tokenF1("a b c", "c b a")).isCloseTo(1.0, within(1e-9));
        assertThat(tokenF1("a b", "c d")).isZero();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
