package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackgroundFilterTest {

    private static boolean kept(Detection d, When when) {
        d.when(when);
        return new BackgroundFilter().apply(d);
    }

    private static Detection treaty(String text) {
        return Fixture.on("AGREEMENT", Fixture.read("en", text, null));
    }

    @Test
    void aYearBeforeTheArticlesIsBackground() {
        Detection d = Fixture.on("AGREEMENT", "en", "Russia and Uzbekistan signed a treaty in 2017.");
        assertThat(kept(d, new When(null, null, 2017, true, false))).isFalse();
        assertThat(kept(d, new When(null, null, 2024, true, false))).isTrue();
    }

    @Test
    void aDateWrittenOutWellBeforeTheArticlesIsBackground() {
        Detection d = Fixture.on("AGREEMENT", "en", "Russia and Uzbekistan signed a treaty.");
        assertThat(kept(d, new When(Fixture.ARTICLE.minusDays(90), null, null, true, false))).isFalse();
        assertThat(kept(d, new When(Fixture.ARTICLE.minusDays(30), null, null, true, false))).isTrue();
        assertThat(kept(d, new When(Fixture.ARTICLE.minusDays(90), null, null, false, false))).isTrue();
    }

    @Test
    void inAnUndatedArticleAYearIsBackgroundAfterAPastPerfect() {
        When year = new When(null, null, 2017, true, false);
        assertThat(kept(treaty("Russia and Uzbekistan had signed a treaty in 2017."), year)).isFalse();
        assertThat(kept(treaty("Russia and Uzbekistan signed a treaty in 2017."), year)).isTrue();
    }
}
