package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

    private static final ClassNames.Hinted SITE = new ClassNames.Hinted(Set.of("sitename", "logo"),
            List.of("site", "logo"));

    @Test
    void namesSplitAtPunctuationCamelCaseAndDigitsAndNeighboursJoin() {
        assertThat(ClassNames.words(element("<div class=\"read-next SiteNavRefresh\" id=\"title4\">")))
                .contains("read", "next", "readnext", "site", "nav", "refresh", "sitenav", "title");
    }

    @Test
    void aWordAfterALayoutQualifierIsNotTheElementsOwn() {
        assertThat(ClassNames.words(element("<div class=\"has-sidebar\">"))).doesNotContain("sidebar")
                .contains("hassidebar");
    }

    @Test
    void aHintFoundInAnyCaseLetsTheWordsBeLookedUp() {
        assertThat(SITE.hintedIn("Site-Name")).isTrue();
        assertThat(SITE.hintedIn("entry-title")).isFalse();
        assertThat(SITE.hintedIn("")).isFalse();
        assertThat(SITE.anyIn(ClassNames.words(element("<h1 class=\"site-name\">")))).isTrue();
        assertThat(SITE.anyIn(ClassNames.words(element("<h1 class=\"site-header\">")))).isFalse();
    }

    @Test
    void theShippedHintsArePartsOfTheirWords() {
        ClassNames.Hinted dates = ClassNames.Hinted.read("date-classes");

        assertThat(dates.words()).allSatisfy(w -> assertThat(dates.hints()).anyMatch(w::contains));
    }

    private static Element element(String html) {
        return Jsoup.parse(html).body().child(0);
    }
}
