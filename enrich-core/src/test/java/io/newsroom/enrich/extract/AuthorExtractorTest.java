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
    void aBodyNamedWithAndStaysWholeAsTheCreditWhilePeopleAreSplit() {
        assertThat(of("<head><meta name=\"author\" content=\"Center for Drug Evaluation and Research\"></head>"))
                .isEqualTo(new Authors(List.of(), "Center for Drug Evaluation and Research"));
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jared Newman and Sam Singleton\"></head>"))
                .containsExactly("Jared Newman", "Sam Singleton");
    }

    @Test
    void anEditorialTeamIsACreditNotCutAtEditor() {
        assertThat(of("<head><meta name=\"author\" content=\"Great Day Editorial Team\"></head>"))
                .isEqualTo(new Authors(List.of(), "Great Day Editorial Team"));
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jane Doe, Editor\"></head>"))
                .containsExactly("Jane Doe");
    }

    @Test
    void byGluedToTheNameIsNotPartOfIt() {
        assertThat(of("<body><h1>Headline</h1><div class=\"byline\">by<a href=\"/x\">Clemson News</a></div></body>"))
                .isEqualTo(new Authors(List.of(), "Clemson News"));
        assertThat(authorsOf("<body><h1>Headline</h1><div class=\"byline\"><span>By:</span><a>Ian Shive</a></div>"))
                .containsExactly("Ian Shive");
    }

    @Test
    void anAgencyBesidePeopleIsTheCredit() {
        assertThat(of("""
                <head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person",
                "name":"By <a href=\\"/p/a\\">Amir Vera</a> and Adam Renton, CNN"}}</script></head>"""))
                .isEqualTo(new Authors(List.of("Amir Vera", "Adam Renton"), "CNN"));
        assertThat(of("<head><meta name=\"author\" content=\"Reuters\"></head>")).isEqualTo(new Authors(List.of(), "Reuters"));
        assertThat(of("<head><meta name=\"author\" content=\"AFP\"></head>")).isEqualTo(new Authors(List.of(), "AFP"));
    }

    @Test
    void theSiteCreditingItselfIsACredit() {
        assertThat(of("<head><meta name=\"author\" content=\"HomeAdvisor\"></head>", "https://www.homeadvisor.com/cost/x"))
                .isEqualTo(new Authors(List.of(), "HomeAdvisor"));
        // a person's blog carries the person's name
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jane Doe\"></head>", null, "https://janedoe.com/a"))
                .containsExactly("Jane Doe");
    }

    @Test
    void everyValueOfAnAuthorTagAndEveryShapeOfMarkupIsRead() {
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jenny Smith\"><meta name=\"author\" content=\"John Smith\">"))
                .containsExactly("Jenny Smith", "John Smith");
        assertThat(authorsOf("<head><meta name=\"citation_author\" content=\"Jenny Smith and John Smith\">"))
                .containsExactly("Jenny Smith", "John Smith");
        assertThat(authorsOf("<head><meta itemprop=\"author\" content=\"Jenny Smith\">")).containsExactly("Jenny Smith");
        assertThat(authorsOf("<body><author>Jenny Smith</author></body>")).containsExactly("Jenny Smith");
        assertThat(authorsOf("<body><div data-component=\"Byline\">Jenny Smith</div></body>")).containsExactly("Jenny Smith");
        assertThat(authorsOf("""
                <body><div itemprop="author" itemscope><span>By <a><span itemprop="name">Jenny Smith</span></a></span>
                <span>May 18 2022</span><span>Reviewed by <a>Robert Smith</a></span></div></body>"""))
                .containsExactly("Jenny Smith");
    }

    @Test
    void coAuthorsJoinButAFactCheckerDoesNot() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><p>By <a rel="author" href="/a">Chen Zhao</a> and <a rel="author" href="/b">Daryl
                Fairweather</a></p></body>""")).containsExactly("Chen Zhao", "Daryl Fairweather");
        assertThat(authorsOf("""
                <body><h1>Headline</h1><div>By <a href="/author/1/">Matthew Frankel, CFP</a> – Updated Mar 5, 2026 |
                Fact-checked by <a href="/author/2/">Frank Bass</a></div></body>""")).containsExactly("Matthew Frankel");
    }

    @Test
    void theBylineUnderTheHeadlineBeatsAMenusLinksToAuthorPages() {
        assertThat(authorsOf("""
                <body><nav><a href="/author/andy-serwer">Andy Serwer</a></nav><h1>Headline of the story</h1>
                <div class="author"><a href="/author/ben-silverman">Ben Silverman</a> Games Editor</div>
                <p>Text.</p></body>""", "Ben Silverman\nGames Editor\nText.")).containsExactly("Ben Silverman");
    }

    @Test
    void commentersAreNoAuthors() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><ul class="comments"><li><div><span class="author">Sam Sai</span></div></li></ul>
                </body>""")).isEmpty();
    }

    @Test
    void coAuthorsListedUnderTheHeadlineJoinTheOneAuthorTheMetadataNames() {
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Rui Ma\"></head><body><h1>Headline</h1></body>",
                "Rui Ma\n,\nHeba Ledwon\n,\nManoel Cortes Mendez\n&\nSuparn Patra\n2025-11-25T08:04:50+00:00"))
                .containsExactly("Rui Ma", "Heba Ledwon", "Manoel Cortes Mendez", "Suparn Patra");
    }

    @Test
    void aPlaceOrABodyAfterTheAuthorUnderTheHeadlineIsNoCoAuthor() {
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jane Doe\"></head><body><h1>Headline</h1></body>",
                "Jane Doe\n,\nKyiv\nThe war went on")).containsExactly("Jane Doe");
        assertThat(authorsOf("<head><meta name=\"author\" content=\"Jane Doe\"></head><body><h1>Headline</h1></body>",
                "Jane Doe\n,\nClemson University\n")).containsExactly("Jane Doe");
    }

    @Test
    void aNameWrapperThatAlsoHoldsTheJobTitleGivesWayToTheNameInsideIt() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><p>Text.</p>
                <div class="card-author"><a class="card-author-name-wrapper" href="/x">
                <h2 class="card-author-name">Jane Roe</h2><div class="card-author-role">Head Winemaker, Co-Founder</div>
                </a></div></body>""")).containsExactly("Jane Roe");
    }

    @Test
    void aFollowButtonAndADateLineNamedAsBylinesNameNoOne() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><div class="author-box"><a href="/autor/jane-roe">Jane Roe</a>
                <button class="followAuthorBtn" type="button">Folgen</button></div><p>Text.</p></body>"""))
                .containsExactly("Jane Roe");
        assertThat(authorsOf("""
                <body><h1>Headline</h1><p class="c-contentHeader__byline text__byline">
                <time datetime="2024-04-27T07:39+0200">Veröffentlicht am 27.04.24 um 07:39 Uhr</time></p>
                <p>Text.</p></body>""")).isEmpty();
    }

    @Test
    void aProfileLinkIsNoPartOfTheNameAndAPhotosAuthorIsNoByline() {
        assertThat(authorsOf("""
                <body><h1>Headline</h1><div class="byline"><h2 class="author_name">By <a class="author"
                href="/authors/sarah-roe/">Sarah Roe</a><a class="author-twitter" href="https://twitter.com/x">Twitter</a>
                </h2></div><p>Text.</p></body>""")).containsExactly("Sarah Roe");
        assertThat(authorsOf("""
                <body><h1>Headline</h1><figure><img src="a.jpg"><figcaption itemprop="author">Foto: Mads Roe
                </figcaption></figure><div class="byline"><span class="name">Trine Doe og Ole Roe</span></div>
                <p>Text.</p></body>""")).containsExactly("Trine Doe", "Ole Roe");
    }

    private List<String> authorsOf(String html) {
        return authorsOf(html, null);
    }

    private List<String> authorsOf(String html, String afterHeadline) {
        return authorsOf(html, afterHeadline, "https://example.org/a");
    }

    private List<String> authorsOf(String html, String afterHeadline, String url) {
        Document doc = Jsoup.parse(html, url);
        PageScan scan = new PageScan(doc);
        MetadataReader meta = new MetadataReader(doc, scan.metadata());
        return authors.authors(scan, meta, afterHeadline, SiteName.of(meta, url)).people();
    }

    private Authors of(String html) {
        return of(html, "https://example.org/a");
    }

    private Authors of(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        PageScan scan = new PageScan(doc);
        MetadataReader meta = new MetadataReader(doc, scan.metadata());
        return authors.authors(scan, meta, null, SiteName.of(meta, url));
    }
}
