package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextCollectorTest {

    @Test
    void aSectionNamedForNavigationThatHoldsParagraphsIsKept() {
        String text = collect("""
                <div id="root"><div class="menu"><div><a href="/c">Credit cards</a></div><div>Open an account
                today and choose among the loans we offer: <a href="/d">Mortgages</a> <a href="/e">Auto loans</a>
                <a href="/f">Personal loans and lines of credit</a></div></div>
                <div class="content-nav-section"><h2>1. Start by learning</h2><p>Reading a few personal finance
                books is a great way to begin building wealth, and it costs little.</p></div>
                <div class="content-nav-section"><h2>2. Set a budget</h2><p>Then set a budget you can keep: write
                down what comes in and what goes out each month, and put a tenth aside.</p></div></div>""");

        assertThat(text).contains("1. Start by learning", "Reading a few personal finance books", "2. Set a budget")
                .doesNotContain("Mortgages");
    }

    @Test
    void noticesEveryPageOfASiteRepeatsAreNotArticleText() {
        String text = collect("""
                <div id="root"><p>The hospital sent a bill of $44.8 million to a patient because of a computer error,
                its spokesman said on Tuesday.</p>
                <p>You can also contact the press office at press@hospital.example.org or by phone.</p>
                <p>Если Вы заметите ошибку в тексте, выделив её, нажмите Ctrl-Enter</p>
                <p>Advertising enquiries advertising@pegasus.example.gr</p>
                <p>You must be logged in to make a comment.</p>
                <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>
                <p>免责声明：本文仅代表作者个人观点，与本站无关。</p>
                <div>2012年01月12日 19:13 已有0人阅读 字号：T | T 复制链接 打印</div>
                <p>The hospital has apologised to every patient who received such a bill, and corrected them.</p></div>""");

        assertThat(text.split("\n")).containsExactly(
                "The hospital sent a bill of $44.8 million to a patient because of a computer error, its spokesman said on Tuesday.",
                "You can also contact the press office at press@hospital.example.org or by phone.",
                "The hospital has apologised to every patient who received such a bill, and corrected them.");
    }

    @Test
    void aDatelineIsMetadataWhileALineThatGivesADateIsText() {
        String text = collect("""
                <div id="root"><div>Published: Thursday, January 12 2012, 9:00 AM</div>
                <div>время публикации: 6 января 2012 г., 04:55 | последнее обновление: 6 января 2012 г., 05:12</div>
                <p>The hospital sent a bill of $44.8 million to a patient because of a computer error.</p>
                <p>Doug McMillon, CEO of Walmart (during Walmart's Q2 2025 earnings call on August 15, 2024)</p>
                <p>The treaty was signed on 8 May 2025.</p></div>""");

        assertThat(text.split("\n")).containsExactly(
                "The hospital sent a bill of $44.8 million to a patient because of a computer error.",
                "Doug McMillon, CEO of Walmart (during Walmart's Q2 2025 earnings call on August 15, 2024)",
                "The treaty was signed on 8 May 2025.");
    }

    @Test
    void aCommentThreadUnderItsShortNameIsLeftOutHoweverLong() {
        String comment = "<div class=\"item\"><b>Piter</b> 6 января 2012 14:05 <p>Вот то, что врач, полвека "
                + "проработавший в больнице, решил поддержать премьера настолько, что возглавил штаб, говорит о многом.</p></div>";
        String text = collect("""
                <div id="root"><p>Первое заседание народного штаба прошло в уральской столице 5 января, сообщили его
                организаторы.</p><div class="comm">%s</div></div>""".formatted(comment.repeat(5)));

        assertThat(text).startsWith("Первое заседание").doesNotContain("Piter", "полвека");
    }

    @Test
    void linesThePageRepeatsAreKeptAsOftenAsItShowsThem() {
        String product = """
                <h3>%s</h3><h4>What we like</h4><p>Two-way audio lets you talk to whoever is at the door, clearly.</p>""";
        String text = collect("<div id=\"root\">" + product.formatted("Ring Stick Up Cam") + product.formatted("Arlo Pro 5")
                + "</div>");

        assertThat(text.split("\n")).containsExactly("Ring Stick Up Cam", "What we like",
                "Two-way audio lets you talk to whoever is at the door, clearly.", "Arlo Pro 5", "What we like",
                "Two-way audio lets you talk to whoever is at the door, clearly.");
    }

    @Test
    void creditsCopyrightLinesTheBreadcrumbTrailAndCallsToActionAreNotArticleText() {
        String text = collect("""
                <div id="root"><div>You Are Here: Home » Africa » Ghanaian man denies infecting women</div>
                <p>A Ghanaian man accused of infecting two women with HIV denied the charges in court on Monday.</p>
                <div>(fot. PAP)</div><div>ФОТО: Reuters</div><div>© Expert channel «Press» Maria Ivanova</div>
                <p>The trial is expected to last two weeks, the court said.</p>
                <p>Copyright 2012 The Associated Press. All rights reserved. This material may not be published.</p>
                <p>Copyrighted material is lent to students through the library.</p>
                <p>Was this newsletter forwarded to you? Sign up to get it in your inbox.</p>
                <p>Codziennie rano najświeższe informacje na Twoją skrzynkę mailową. Zapisz się do newslettera!</p>
                <p>Follow us on Telegram, Facebook and X for the latest news.</p>
                <p>Both plans include free email tools for up to 100 subscribers.</p></div>""");

        assertThat(text.split("\n")).containsExactly(
                "A Ghanaian man accused of infecting two women with HIV denied the charges in court on Monday.",
                "The trial is expected to last two weeks, the court said.",
                "Copyrighted material is lent to students through the library.",
                "Both plans include free email tools for up to 100 subscribers.");
    }

    private static String collect(String html) {
        Document doc = Jsoup.parse(html);
        TextStats stats = new TextStats(doc.body());
        return new TextCollector().collect(List.of(doc.getElementById("root")), "", stats, new ClassNames());
    }
}
