package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TitleSegmentsTest {

    private static final SiteName NONE = new SiteName(List.of(), Set.of());

    @Test
    void aSeparatorInsideBracketsDoesNotCutTheTitle() {
        assertThat(TitleSegments.withoutSiteName("Healthier World - Τίτλος αντιστρεπτόλυσινης (αστο – asto – aso) και "
                + "στρεπτόκοκκος ομάδας α", NONE))
                .isEqualTo("Τίτλος αντιστρεπτόλυσινης (αστο – asto – aso) και στρεπτόκοκκος ομάδας α");
    }

    @Test
    void whereABarPartsTheSiteNameADashBelongsToTheHeadline() {
        assertThat(TitleSegments.withoutSiteName("Озон - неожиданный способ борьбы с грыжей | СОВЕТНИК ЗДОРОВЬЯ | "
                + "САМАРА СЕГОДНЯ - Информационный канал", NONE)).isEqualTo("Озон - неожиданный способ борьбы с грыжей");
        assertThat(TitleSegments.withoutSiteName("Brexit: what happens next - BBC News", new SiteName(List.of("BBC News"), Set.of())))
                .isEqualTo("Brexit: what happens next");
    }

    @Test
    void chineseSegmentsWeighByCharactersAndKeywordListsAreNoHeadline() {
        assertThat(TitleSegments.withoutSiteName("勾結醫師病患詐保險金 男遭訴 - Taiwan News Online", NONE))
                .isEqualTo("勾結醫師病患詐保險金 男遭訴");
        assertThat(TitleSegments.withoutSiteName("治公款消费 莫患“茅台焦虑症”-茅台酒,公款消费,公款吃喝,人大代表,五粮液,"
                + "奢侈品,焦虑症,人民-北方网-新闻中心", NONE)).isEqualTo("治公款消费 莫患“茅台焦虑症”");
    }

    @Test
    void aHeadingIsMeasuredAgainstTheLongestSegmentCutAtBarsAndDashesAlike() {
        assertThat(TitleSegments.longest("Kicker words here | Headline - page 1 - Site")).isEqualTo("Kicker words here");
        assertThat(TitleSegments.withWhole("Headline | Site")).containsExactly("Headline | Site", "Headline", "Site");
        assertThat(TitleSegments.hasBars("Озон - способ | Советник")).isTrue();
    }
}
