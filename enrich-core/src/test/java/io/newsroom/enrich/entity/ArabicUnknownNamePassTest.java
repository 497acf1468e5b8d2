package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicUnknownNamePassTest {

    private static final Pass PASS = new ArabicUnknownNamePass(Shipped.KEYS, Shipped.CUES);

    private static List<String> found(String text) {
        return Shipped.added(PASS, Shipped.article(text));
    }

    @Test
    void nameWordsAfterAVerbOfSayingAreAPersonWithoutAnId() {
        assertThat(found("وقال جون سميث ان الاتفاق مهم.")).containsExactly("جون سميث = []");
    }

    @Test
    void aTitleJustAfterTheNameAnnouncesItToo() {
        assertThat(found("بعد الزيارة التي قام بها جون سميث رئيس الشركة الى لندن.")).containsExactly("جون سميث = []");
    }

    @Test
    void nameWordsNothingAnnouncesAreNoName() {
        assertThat(found("وصل جون سميث الى المدينة.")).isEmpty();
    }

    @Test
    void aLoneNameWordIsNoName() {
        assertThat(found("وقال سميث ان الاتفاق مهم.")).isEmpty();
    }

    @Test
    void aLoneNameWordAfterASovereignsTitleIsTheirGivenName() {
        assertThat(found("وصلت الملكة صوفيا اليوم الى المغرب.")).containsExactly("صوفيا = []");
        assertThat(found("في عام 1770 تعرض الأمير هنري لفضيحة.")).containsExactly("هنري = []");
    }

    @Test
    void aWordThatOneNameAloneSpellsIsNoNameWord() {
        // اليوم (today) is "Alioum" in one name of the data
        assertThat(found("وقالت صوفيا اليوم ان الاتفاق مهم.")).isEmpty();
    }

    @Test
    void aNameRunsAcrossTheParticleOfAFathersNameButNeverEndsInOne() {
        assertThat(found("وقال خالد بن سعيد ان الاتفاق مهم.")).containsExactly("خالد بن سعيد = []");
        assertThat(found("وقال خالد سعيد بن الى المدينة.")).containsExactly("خالد سعيد = []");
    }

    @Test
    void ledByAnnouncesTheLeadersName() {
        assertThat(found("انصار الشبكة بزعامة خالد سعيد في المدينة.")).containsExactly("خالد سعيد = []");
    }
}
