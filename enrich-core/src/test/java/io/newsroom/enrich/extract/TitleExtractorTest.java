package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

    @Test
    void anH1HoldingTheSitesNameIsNoHeadline() {
        assertThat(title("""
                <head><title>Zabawa na zdrowie | Good Contents</title></head>
                <body><h1 class="site-name"><a href="/">Good Contents</a></h1><h1>Misja</h1>
                <h1 class="title">Zabawa na zdrowie</h1></body>""")).isEqualTo("Zabawa na zdrowie");
    }

    @Test
    void theArticlesH1CountsAfterDozensOfTeaserTitles() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            teasers.append("<div class=\"views-field-title\"><a href=\"/n").append(i).append("\">Another story number ")
                    .append(i).append("</a></div>");
        }
        assertThat(title("""
                <head><meta property="og:title" content="Διαψεύστηκαν οι φόβοι για Σμόλινγκ">
                <title>Διαψεύστηκαν οι φόβοι για Σμόλινγκ | gazzetta.gr</title></head>
                <body><h1 id="site-name"><a href="/">gazzetta.gr</a></h1>%s
                <h1 class="title">Διαψεύστηκαν οι φόβοι για Σμόλινγκ</h1></body>""".formatted(teasers)))
                .isEqualTo("Διαψεύστηκαν οι φόβοι για Σμόλινγκ");
    }

    @Test
    void anH1sOwnTextIsTheHeadlineWhenItsChildrenAddADateOrACredit() {
        assertThat(title("""
                <head><title>NR2.RU::: Украинский теннисист вышел в полуфинал / 05.01.12 / Спорт</title></head>
                <body><h1>Украинский теннисист вышел в полуфинал&nbsp;<span> 05.01.12&nbsp;18:27</span></h1></body>"""))
                .isEqualTo("Украинский теннисист вышел в полуфинал");
        assertThat(title("""
                <head><title>Leeds woman has implants removed - Central Leeds - Evening Post</title></head>
                <body><h1 class="mainHeadline"><div class="sponsorPanel"><span>Sponsored by</span></div>
                Leeds woman has implants removed</h1></body>""")).isEqualTo("Leeds woman has implants removed");
    }

    @Test
    void aHeadingThatRepeatsTheWholeTitleBarLosesTheSiteName() {
        assertThat(title("""
                <head><title>How to help babies sleep through the night | Patient Education | UC Davis Health</title>
                </head><body><h1 class="sr-only">How to help babies sleep through the night | Patient Education |
                UC Davis Health</h1></body>""")).isEqualTo("How to help babies sleep through the night");
    }

    @Test
    void aHeadingThatOnlyNamesTheSiteIsNoHeadline() {
        assertThat(title("""
                <head><meta property="og:site_name" content="A List Apart">
                <title>Understanding Web Design – A List Apart</title></head>
                <body><p class="site-title">A List Apart</p><h1 class="entry-title">Understanding Web Design</h1>
                </body>""")).isEqualTo("Understanding Web Design");
        assertThat(title("""
                <head><meta property="og:site_name" content="Human in the Loop">
                <meta property="og:title" content="AI Trains on Your Art"></head>
                <body><h1>Human in the Loop</h1><h2 class="p-name">AI Trains on Your Art</h2></body>"""))
                .isEqualTo("AI Trains on Your Art");
    }

    @Test
    void aKickerInsideTheH1IsDroppedWhenAChildOfItIsTheMetadataTitle() {
        assertThat(title("""
                <head><title>Harbour Roasters | Partner Stories</title></head>
                <body><h1><div class="eyebrow">Meet the merchants</div><span>Harbour Roasters</span></h1></body>"""))
                .isEqualTo("Harbour Roasters");
    }

    @Test
    void anElementWhoseClassNumbersATitleIsAHeadingCandidate() {
        assertThat(title("""
                <head><title>DAILY NEWS : Minister meets farmers - unions</title></head>
                <body><div class="nav"><a href="/1">Minister meets farmers - unions</a></div>
                <div class="title4">Minister meets farmers - unions</div><p>The minister met them.</p></body>"""))
                .isEqualTo("Minister meets farmers - unions");
    }

    @Test
    void theHigherHeadingWinsOverAKickerAboveIt() {
        assertThat(title("""
                <head><title>Unhealthy relations of doctor and patient | Good manners in medicine - page 1 - Weekly</title>
                </head><body><h3 class="main">Unhealthy relations of doctor and patient</h3><h2>Good manners in medicine</h2>
                <p>More than half of the patients said so.</p></body>""")).isEqualTo("Good manners in medicine");
    }

    @Test
    void aHeadlineSetInCapitalsTakesTheMetadatasWordingOfTheSameHeadline() {
        assertThat(title("""
                <head><meta property="og:title" content="Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros">
                </head><body><h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1></body>"""))
                .isEqualTo("Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros");
        assertThat(title("""
                <head><title>Minister Visits Dushanbe | Daily</title></head>
                <body><h1>MINISTER VISITS DUSHANBE</h1></body>""")).isEqualTo("Minister Visits Dushanbe");
        assertThat(title("""
                <head><meta property="og:title" content="Our coffee guide for the holidays"></head>
                <body><h1>BEST DRIP COFFEE MAKER IN 2026</h1></body>""")).isEqualTo("BEST DRIP COFFEE MAKER IN 2026");
    }

    @Test
    void aPageWithoutHeadingsTakesItsTitleFromAnyStandardSource() {
        assertThat(title("<head><meta name=\"dc.title\" content=\"Dublin Core title\"></head><body></body>"))
                .isEqualTo("Dublin Core title");
        assertThat(title("<head><meta name=\"parsely-title\" content=\"Parsely title\"></head><body></body>"))
                .isEqualTo("Parsely title");
        assertThat(title("<head><meta itemprop=\"headline\" content=\"Title\"></head><body></body>")).isEqualTo("Title");
        assertThat(title("<body><script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Example Article\""
                + "}</script></body>")).isEqualTo("Example Article");
        assertThat(title("<body><h1> </h1><div class=\"post-title\">Test Title</div></body>")).isEqualTo("Test Title");
    }

    @Test
    void aTitleThatIsOnlyAnAddressIsNoHeadline() {
        assertThat(title("<head><title>example.com</title></head><body><h1>First</h1><h1>Second</h1></body>"))
                .isEqualTo("First");
    }

    @Test
    void theSitesNameIsKnownByItsAddressToo() {
        assertThat(title("<head><title>Flint flakes and birch tar - Phys.org</title></head><body></body>",
                "https://phys.org/news/2020-01-flint.html")).isEqualTo("Flint flakes and birch tar");
        assertThat(title("<head><title>Homeadvisor | Renovation costs in the city</title></head><body></body>",
                "https://www.homeadvisor.com/cost/")).isEqualTo("Renovation costs in the city");
    }

    @Test
    void theWordingMostSourcesGiveWinsWhereOnlyTypographyDiffers() {
        assertThat(title("""
                <head><meta property="og:title" content="'Star Wars' Original Cuts Might Get Released">
                <title>'Star Wars' Original Cuts Might Get Released | Fandom</title></head>
                <body><h1>‘Star Wars’ Original Cuts Might Get Released</h1></body>"""))
                .isEqualTo("'Star Wars' Original Cuts Might Get Released");
        assertThat(title("""
                <head><meta property="og:title" content="FDA’s Concerns with Unapproved Drugs"></head>
                <body><h1>FDA’s Concerns with Unapproved Drugs</h1></body>""")).isEqualTo("FDA’s Concerns with Unapproved Drugs");
    }

    @Test
    void spacesTheHeadingsElementsAddOrLoseAreTheMetadatasWhereTheWordsAgree() {
        assertThat(title("""
                <head><meta property="og:title" content="Stuttgart hat's drauf: Stadt der Superlative">
                <title>Stuttgart hat's drauf: Stadt der Superlative | Example</title></head>
                <body><h1><div>Stuttgart hat's drauf</div><span class="visually-hidden">: </span><span>Stadt der
                Superlative</span></h1></body>""")).isEqualTo("Stuttgart hat's drauf: Stadt der Superlative");
        assertThat(title("""
                <head><meta property="og:title" content="Police catch two thieves: jewellery recovered">
                <meta name="twitter:title" content="Police catch two thieves: jewellery recovered"></head>
                <body><h1><span>Police catch two thieves:</span>jewellery recovered</h1></body>"""))
                .isEqualTo("Police catch two thieves: jewellery recovered");
    }

    private static String title(String html) {
        return title(html, "https://example.org/a");
    }

    private static String title(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        PageScan scan = new PageScan(doc);
        MetadataReader meta = new MetadataReader(doc, scan.metadata());
        return new TitleExtractor().title(doc, meta, scan.headings(), SiteName.of(meta, url));
    }
}
