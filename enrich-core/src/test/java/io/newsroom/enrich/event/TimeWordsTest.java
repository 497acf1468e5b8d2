package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.vocab.Vocabulary;

class TimeWordsTest {

    private static final TimeWords WORDS = TimeWords.load();

    @Test
    void eachListHoldsEveryLanguagesWordsInTurn() {
        assertThat(WORDS.list("range")).isEqualTo("and|to|و|и|по");
        assertThat(WORDS.words("yesterday").matcher("вчера").matches()).isTrue();
    }

    @Test
    void aWeekdayNameOfAnyLanguageGivesItsDay() {
        assertThat(WORDS.weekdays()).containsEntry("wednesday", DayOfWeek.WEDNESDAY).containsEntry("среду", DayOfWeek.WEDNESDAY)
                .containsEntry("الأحد", DayOfWeek.SUNDAY).containsEntry("الاحد", DayOfWeek.SUNDAY);
        assertThat("в пятницу").matches("(?iu).*(?:" + WORDS.weekday() + ").*");
    }

    @Test
    void everyObservanceOfTheFileIsReadAlike() {
        assertThat(WORDS.observances()).hasSize(Vocabulary.table("event/mul/observances.tsv").rows().size());
        TimeWords.Observance victory = WORDS.observances().get(0);
        assertThat(victory.day()).isEqualTo(MonthDay.of(5, 9));
        assertThat(victory.name().matcher("عرض النصر").find()).isTrue();
        assertThat(victory.anniversary().matcher("the 80th anniversary of the Victory").find()).isTrue();
    }
}
