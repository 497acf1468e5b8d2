package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TeasersTest {

    private static final String SUMMARY = "After the pharmacists of Attica, the doctors of the fund also decided to "
            + "continue their strike, and the talks with the ministry went on without result today.";

    @Test
    void aListItemLedByALinkHoldingAGoodPartOfItsTextIsATeaser() {
        assertThat(inTeaser("<ul><li><a href=\"/n1\">Doctors continue their strike action, the unions say</a>"
                + "<p id=\"block\">" + SUMMARY + "</p></li></ul>")).isTrue();
    }

    @Test
    void aHeadlineLinkMayBeShorterBesideALongSummary() {
        assertThat(inTeaser("<ul><li><h3><a href=\"/n1\">Doctors strike on</a></h3><p id=\"block\">" + SUMMARY
                + "</p></li></ul>")).isTrue();
        assertThat(inTeaser("<ul><li><a href=\"/n1\">Doctors strike on</a><p id=\"block\">" + SUMMARY
                + "</p></li></ul>")).isFalse();
    }

    @Test
    void anItemOpeningWithTextOrABlockOutsideAListIsNoTeaser() {
        assertThat(inTeaser("<ul><li>Read: <a href=\"/n1\">Doctors continue their strike action</a>"
                + "<p id=\"block\">" + SUMMARY + "</p></li></ul>")).isFalse();
        assertThat(inTeaser("<div><a href=\"/n1\">Doctors continue their strike action, the unions say</a>"
                + "<p id=\"block\">" + SUMMARY + "</p></div>")).isFalse();
    }

    private static boolean inTeaser(String html) {
        Document doc = Jsoup.parse(html);
        return Teasers.inTeaser(doc.getElementById("block"), new TextStats(doc.body()));
    }
}
