package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class IntroducedNamesTest {

    private static final SiteName NO_SITE = new SiteName(List.of(), Set.of());

    @Test
    void aWrittenByLineAtTheFootOfThePageNamesTheAuthor() {
        assertThat(find("<h1>Why cheap work costs</h1><p>Text.</p><div><p>Written by John Crenshaw</p></div>"))
                .containsExactly("John Crenshaw");
    }

    @Test
    void anIntroStandingAloneNamesWhatTheNextBlockSays() {
        assertThat(find("<p>Text.</p><h2>Article by</h2><div>Matias Heikkilä</div>"))
                .containsExactly("Matias Heikkilä");
        assertThat(find("<p>Text.</p><span>Written by:</span> <span>Eliz</span>")).containsExactly("Eliz");
    }

    @Test
    void aSentenceABareByOrACommentThreadIsNoIntroducedByline() {
        assertThat(find("<p>Written by hand in the 1920s and kept by the family ever since, the letters were found"
                + " in an attic.</p>"))
                .isEmpty();
        assertThat(find("<p>Written by hand.</p>")).isEmpty();
        assertThat(find("<p>Photo by Jane Doe</p><p>By the river</p>")).isEmpty();
        assertThat(find("<p>Text.</p><div class=\"comments\"><p>Written by Joe Bloggs</p></div>")).isEmpty();
    }

    private static List<String> find(String body) {
        return IntroducedNames.find(Jsoup.parse("<body>" + body + "</body>").body(), NO_SITE).people();
    }
}
