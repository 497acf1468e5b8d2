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

    private static String collect(String html) {
        Document doc = Jsoup.parse(html);
        TextStats stats = new TextStats(doc.body());
        return new TextCollector().collect(List.of(doc.getElementById("root")), "", stats, new ClassNames());
    }
}
