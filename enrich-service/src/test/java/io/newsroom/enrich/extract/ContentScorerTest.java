package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {

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
                year, down 1.4%% from 2022.</p></div><div class="cta">Free download: the fastest-paying
                contractors</div><div class="rich-text">%s</div></div></body>""".formatted(
                "<p>MasTec has been through a lot of transformation over the years, from its start in 1929 to its "
                        + "growth of 171%, driven by its acquisitions, its staff of 22,000 and its revenue.</p>"
                                .repeat(8)));

        String text = new MainTextExtractor().extract(doc, "Top electrical contractors", null);

        assertThat(text).startsWith("Electrical contractors play").contains("MasTec has been")
                .doesNotContain("Free download");
    }
}
