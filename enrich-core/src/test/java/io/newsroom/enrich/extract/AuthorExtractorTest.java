package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorExtractorTest {

    private final AuthorExtractor authors = new AuthorExtractor();

    @Test
    void aJsonLdAuthorGivenByReferenceIsThePersonTheGraphDefines() {
        assertThat(authorsOf("""
                <head><meta name="author" content="janed">
                <script type="application/ld+json">{"@graph": [
                  {"@type": "Article", "author": {"@id": "https://x/#p1"}},
                  {"@type": "Person", "@id": "https://x/#p1", "name": "Jane Doe"}]}</script></head>
                <body><h1>Headline</h1></body>""")).containsExactly("Jane Doe");
    }

    @Test
    void aOneWordJsonLdPersonIsTheAccountThatPostedWhenTheHeadlineHasABylineUnderIt() {
        assertThat(authorsOf("""
                <head><script type="application/ld+json">
                {"@type": "Article", "author": {"@type": "Person", "name": "KatieS"}}</script></head>
                <body><h1>Top rental car companies</h1><p>by <a href="/people/aoife">Aoife O'Riordan</a></p></body>""",
                "by Aoife O'Riordan")).containsExactly("Aoife O'Riordan");
    }

    @Test
    void theCommentFormsNameFieldIsNoByline() {
        assertThat(authorsOf("""
                <head><meta name="author" content="Maria Mathioudaki"></head>
                <body><h1>Headline</h1><form><p class="comment-form-author"><label for="author">Name *</label>
                <input id="author" name="author"></p></form></body>""")).containsExactly("Maria Mathioudaki");
    }

    @Test
    void anAuthorBoxGivesTheNameNotTheBioOrJobTitle() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><div class="author-box"><div class="author-box__name">Liz Kenny</div>
                <div class="author-box__bio">Former McKinsey Consultant</div></div>
                <div class="author-description">Licensed Q Arabica Grader</div></body>""")).containsExactly("Liz Kenny");
    }

    @Test
    void aLinkToAnAuthorsPageNamesTheAuthor() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><div class="meta"><span><a href="/authors/trevor-jackins">Trevor Jackins</a>
                </span></div></body>""")).containsExactly("Trevor Jackins");
    }

    @Test
    void aBodyNamedWithAndStaysWholeWhilePeopleAreSplit() {
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Center for Drug Evaluation and Research\"></head>"))
                .containsExactly("Center for Drug Evaluation and Research");
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jared Newman and Sam Singleton\"></head>"))
                .containsExactly("Jared Newman", "Sam Singleton");
    }

    @Test
    void anEditorialTeamIsNotCutAtEditor() {
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Great Day Editorial Team\"></head>"))
                .containsExactly("Great Day Editorial Team");
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jane Doe, Editor\"></head>"))
                .containsExactly("Jane Doe");
    }

    @Test
    void byGluedToTheNameIsNotPartOfIt() {
        assertThat(authorsOf("<body><h1>Headline</h1><div class=\"byline\">by<a href=\"/x\">Clemson News</a></div></body>"))
                .containsExactly("Clemson News");
    }

    private List<String> authorsOf(String html) {
        return authorsOf(html, null);
    }

    private List<String> authorsOf(String html, String afterHeadline) {
        Document doc = Jsoup.parse(html, "https://example.org/a");
        PageScan scan = new PageScan(doc);
        return authors.authors(scan, new MetadataReader(doc, scan.metadata()), afterHeadline);
    }
}
