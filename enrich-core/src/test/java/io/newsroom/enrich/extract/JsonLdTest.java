package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsroom.enrich.extract.JsonLd.Named;
import io.newsroom.enrich.extract.JsonLd.Named.Kind;

/** JSON-LD as pages ship it: valid, in a graph, in several blocks, or broken in the ways real pages break it. */
class JsonLdTest {

    private static JsonLd of(String... blocks) {
        JsonLd ld = new JsonLd();
        for (String b : blocks) {
            ld.add(b);
        }
        return ld;
    }

    @Test
    void theArticleAnswersBeforeTheWebPageAndTheSiteWhateverTheirOrder() {
        JsonLd ld = of("""
                {"@type": "WebSite", "name": "Example Wire"}""", """
                [{"@type": "WebPage", "name": "Page name", "datePublished": "2024-01-01"},
                 {"@type": "https://schema.org/NewsArticle", "headline": "The headline", "datePublished": "2024-01-02"}]""");
        assertThat(ld.string("headline", true)).isEqualTo("The headline");
        assertThat(ld.string("datePublished", true)).isEqualTo("2024-01-02");
        assertThat(ld.string("name", true)).isEqualTo("Page name");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a stray character after a value
            "{\"@type\":\"Article\",\"headline\":\"Kept\",\"datePublished\":\"2023-06-14\".,\"author\":\"John Doe\"}",
            // a trailing comma, and a raw tab inside a string
            "{\"@type\":\"Article\",\"headline\":\"Kept\",\"author\":\"John\tDoe\",}",
            // quotes left unescaped inside a string
            "{\"@type\":\"Article\",\"headline\":\"Kept\",\"description\":\"He said \"no\" twice\",\"author\":\"John Doe\"}",
            // a control character, and a comment wrapper
            "<!-- {\"@type\":\"Article\",\"headline\":\"Kept\u0001\",\"author\":{\"@type\":\"Person\",\"name\":\"John Doe\"}} -->"})
    void brokenJsonIsStillRead(String block) {
        JsonLd ld = of(block);
        assertThat(ld.string("headline", true)).isEqualTo("Kept");
        assertThat(ld.names("author")).extracting(Named::name).containsExactly("John Doe");
    }

    @Test
    void aLinkInsideAnUnescapedStringComesOutAsItsText() {
        JsonLd ld = of("""
                {"@type":"NewsArticle","author":{"@type":"Person","name":"By <a href="/profiles/amir-vera">Amir Vera</a> and Adam Renton, CNN"}}""");
        assertThat(ld.names("author")).containsExactly(new Named("By Amir Vera and Adam Renton, CNN", Kind.PERSON));
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(of("{\"@type\":\"Article\",\"headline\":\"L&#8217;&Eacute;tat &amp; nous\"}").string("headline", true))
                .isEqualTo("L’État & nous");
    }

    @Test
    void peopleComeInEveryShapeSchemaOrgAllows() {
        assertThat(of("""
                {"@type":"NewsArticle","author":[{"@type":"Person","name":["Bill Birtles","John Smith"]},
                  {"@type":"Person","givenName":"Douglas","additionalName":"Noel","familyName":"Adams"},
                  {"@type":"Person","name":{"@type":"Person","name":"Kimberley Lovato"}},
                  {"@type":"Organization","name":"Reuters"}, "Jane Roe", {"@id":"#p"}]}""",
                "{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":\"Ann Lee\"}").names("author")).containsExactly(
                new Named("Bill Birtles", Kind.PERSON), new Named("John Smith", Kind.PERSON),
                new Named("Douglas Noel Adams", Kind.PERSON), new Named("Kimberley Lovato", Kind.PERSON),
                new Named("Reuters", Kind.BODY), new Named("Jane Roe", Kind.UNTYPED), new Named("Ann Lee", Kind.PERSON));
    }

    @Test
    void nestingBeyondAnyPageIsCutNotFollowedToTheEndOfTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(of(deep, "{\"@type\":\"Article\",\"headline\":\"x\"" + ",\"a\":[".repeat(50_000)).string("headline", true))
                .isEqualTo("x");
        assertThat(LenientJson.parse("not json")).isNull();
        assertThat(of("").names("author")).isEqualTo(List.of());
    }
}
