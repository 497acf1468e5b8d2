package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {

    private static final String CAMERA = "<p>The first camera records in 2K, works with every assistant, and its "
            + "battery lasts for months, which is why it is our top pick for most homes.</p>";

    @Test
    void aShortArticleWinsOverALongerLegalNotice() {
        String legal = "Правовые ограничения: согласно договору, на сайте публикуются материалы независимых "
                + "журналистов, как резидентов, так и имеющих другое гражданство, проживающих и работающих, ".repeat(6);
        Document doc = Jsoup.parse("""
                <body><div class="page"><div class="column"><div class="story"><p>Благовещенск, январь 06 – в Амурской области сошел с рельсов вагон поезда
                с углем, сообщили в пресс-службе.</p><p>Поезд следовал по маршруту Карымская – Белогорск, передает
                РБК.</p><p>Через час после аварии состав продолжил движение, задержек не было.</p></div></div></div>
                <div class="bottom"><div class="owner">Владелец проекта: © News Agency, 2004-2013. %s</div></div></body>""".formatted(legal));

        String text = new MainTextExtractor().extract(doc, "", null);

        assertThat(text).startsWith("Благовещенск").doesNotContain("Правовые");
    }

    @Test
    void aListOfLinkedHeadlinesWithSummariesIsNoArticle() {
        String teaser = """
                <li><a href="/n%d">Doctors of the social insurance fund continue their strike action</a><div class="tip">
                After the pharmacists of Attica, the doctors of the fund also decided to continue their strike, and
                the talks with the ministry, the unions and the hospitals went on without result today.</div></li>""";
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            list.append(teaser.formatted(i));
        }
        Document doc = Jsoup.parse("""
                <body><div class="page"><div class="article"><h1>Shares bought by a board member</h1>
                <div class="body">A board member bought 17,000 shares of the company, worth 4,266.76 euros, on 30
                December 2011, the company's management announced.</div></div>
                <div class="box"><h3>Latest news</h3><ul>%s</ul></div></div></body>""".formatted(list));

        String text = new MainTextExtractor().extract(doc, "Shares bought by a board member", null);

        assertThat(text).startsWith("A board member bought").doesNotContain("strike");
    }

    @Test
    void theArticleAroundTheHeadlineWinsOverTeaserColumnsBesideIt() {
        String teaser = """
                <li class="news-item"><div class="gap"><div class="text"><div class="title heading">
                <a href="/n%d">North Korea may launch several missiles within hours, officials say</a></div>
                <div class="summary"><p>A launch of a medium-range ballistic missile from the east coast may happen at
                any moment, the administration believes, and <a href="/k">more than one</a> may be fuelled, they
                said.</p></div></div><div class="meta"><a href="/c%d">Comments (12)</a> <a href="/t">Politics</a>
                </div></div></li>""";
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            lists.append(teaser.formatted(i, i));
        }
        Document doc = Jsoup.parse("""
                <body><div class="column"><div class="navigated"><div class="label">Top stories</div>
                <ul class="news-list">%s</ul></div>
                <article class="article"><header><h1>Scientists create genetically modified silkworms</h1></header>
                <div class="article-text"><div class="timeline"><p>American scientists at the University of Wyoming
                have created a new kind of genetically modified silkworm that spins unusually strong fibres.</p>
                <p>The aim of the biologists, led by professor Don Jarvis, was a material that could rival spider
                silk, which is both strong and elastic.</p></div></div></article></div></body>""".formatted(lists));
        Element headline = doc.selectFirst("h1");

        String text = new MainTextExtractor().extract(doc, headline.text(), headline);

        assertThat(text).startsWith("American scientists").doesNotContain("missile");
    }

    @Test
    void aTeaserWhoseHeadlineLinkIsShortBesideALongSummaryIsStillATeaser() {
        String teaser = """
                <li class="news-item"><div class="news-item-title heading"><a href="/n%d">The former prime minister's funeral will be modest</a>
                </div><div class="news-item-summary"><p>It has been decided what status the funeral will have. There
                will be no state funeral, but the ceremony, modest as it will be, is to follow the same customs as
                the burials of other members of the royal family, with a service in the cathedral, a procession
                through the centre of the capital and a reception for the guests who come from abroad, officials
                said on Wednesday.</p></div><time datetime="2013-04-10T07:37">Today, 7:37</time></li>""";
        StringBuilder lists = new StringBuilder();
        for (int section = 0; section < 4; section++) {
            lists.append("<div class=\"label\">Section ").append(section).append("</div><ul class=\"news-list\">");
            for (int i = 0; i < 3; i++) {
                lists.append(teaser.formatted(section * 3 + i));
            }
            lists.append("</ul>");
        }
        Document doc = Jsoup.parse("""
                <body><div class="column"><div class="wrap">%s</div>
                <article class="article"><h1>Unknown killer hunts homeless people</h1>
                <div class="text"><p>Police in California are warning homeless people about a serial killer who has
                already killed four men, the police said on Thursday.</p><p>All four victims were found in the same
                county, and the police believe the same man killed all of them.</p></div></article></div></body>"""
                .formatted(lists));
        Element headline = doc.selectFirst("h1");

        String text = new MainTextExtractor().extract(doc, headline.text(), headline);

        assertThat(text).startsWith("Police in California").doesNotContain("funeral");
    }

    @Test
    void anIntroBlockOfTheArticlesOwnKindJoinsDespiteItsSourceLinks() {
        Document doc = Jsoup.parse("""
                <body><div class="post-body"><div class="rich-text"><p>Electrical contractors play an important role
                in <a href="/s3">residential, commercial and industrial projects</a>: they design, install, test
                and repair the systems.</p><p>The market is <a href="/s4">projected to reach $239 billion</a> this
                year, down 1.4%% from 2022.</p><p>With so many contractors, it can be hard to tell which are the best,
                so the industry relies on annual lists from two publications.</p></div><div class="cta">Free
                download: the fastest-paying contractors, ranked by how soon they pay their subcontractors and suppliers, with their payment terms
                and the states they work in</div><div class="rich-text">%s</div></div></body>""".formatted(
                ("<p>MasTec has been through a lot of transformation over the years, from its start in 1929 to its "
                        + "growth of 171%, driven by its acquisitions, its staff of 22,000 and its revenue.</p>")
                                .repeat(8)));

        String text = new MainTextExtractor().extract(doc, "Top electrical contractors", null);

        assertThat(text).startsWith("Electrical contractors play").contains("MasTec has been")
                .doesNotContain("Free download");
    }

    @Test
    void anIntroInAWrapperOfItsOwnBesideTheMainBlockIsTheSameArticle() {
        Document doc = Jsoup.parse("""
                <body><div class="page"><div class="intro"><p>Choosing a security camera for your home does not have
                to be overwhelming, whether you live in an apartment or a house.</p><p>Our team tested over a hundred
                cameras to find the best ones.</p></div>
                <div class="picks"><div class="list">%s</div></div></div>
                <div class="footer-links"><a href="/about">About us</a> <a href="/jobs">Jobs</a></div></body>"""
                .formatted(CAMERA.repeat(8)));

        String text = new MainTextExtractor().extract(doc, "The best home security cameras", null);

        assertThat(text).startsWith("Choosing a security camera").contains("The first camera records")
                .doesNotContain("About us");
    }

    @Test
    void paragraphsOfATeaserWidgetBesideTheArticleDoNotWidenIt() {
        Document doc = Jsoup.parse("""
                <body><div class="page"><div class="story">%s</div>
                <div class="more"><div class="widget"><p class="teaser">Read Next</p>
                <p class="teaser">Bolsonaro begins a 27-year sentence for coup plotting and conspiracy</p>
                <p class="teaser">Maduro leads a bicentennial ceremony honouring Bolivar's sword of Peru.</p>
                </div></div></div></body>""".formatted(CAMERA.repeat(4)));

        String text = new MainTextExtractor().extract(doc, "The best home security cameras", null);

        assertThat(text).startsWith("The first camera records").doesNotContain("Bolsonaro");
    }

    @Test
    void aWrapperHoldingOnlyTheTopBlockLetsTheArticlesOtherPartJoin() {
        Document doc = Jsoup.parse("""
                <body><div class="grid"><div class="toc"><a href="#a">What is an online course?</a>
                <a href="#b">Types of online courses</a><a href="#c">How to create one</a></div>
                <div class="col"><div class="prose"><p>An online course is a learning experience organised into a
                course format, with lessons, quizzes and a certificate at the end.</p><p>Courses vary in their type,
                format and length, and in how learners take them: alone, in groups, or led by a teacher.</p></div>
                </div>
                <div class="cta">Book a demo</div>
                <div class="col"><div class="prose">%s</div></div></div></body>""".formatted(
                ("<p>Start with clear learning objectives: they guide your content, and tell learners what they "
                        + "will achieve, in specific and measurable terms.</p>").repeat(6)));

        String text = new MainTextExtractor().extract(doc, "What is an online course?", null);

        assertThat(text).startsWith("An online course is").contains("Start with clear learning objectives")
                .doesNotContain("Book a demo").doesNotContain("Types of online courses");
    }
}
