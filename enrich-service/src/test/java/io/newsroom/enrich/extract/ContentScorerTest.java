package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
}
