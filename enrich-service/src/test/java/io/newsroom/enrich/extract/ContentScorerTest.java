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
}
