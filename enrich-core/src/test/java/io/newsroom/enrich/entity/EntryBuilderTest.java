package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntryBuilderTest {

    private static List<String> aliases(EntryBuilder b) {
        return b.build().aliases().stream().map(a -> a.lang() + ":" + a.text()).toList();
    }

    @Test
    void aNameQualifiedInBracketsIsAlsoANameWithoutThemAndNoNameIsAddedTwice() {
        EntryBuilder b = new EntryBuilder("Q750", EntityType.COUNTRY, "Bolivia");
        b.alias("en", "Bolivia (Plurinational State of)");
        b.alias("en", "Bolivia");
        b.alias("ru", " ");
        assertThat(aliases(b)).containsExactly("en:Bolivia (Plurinational State of)", "en:Bolivia");
    }

    @Test
    void russianInitialsLeaveOutFunctionWordsAndNeedTwoWords() {
        EntryBuilder b = new EntryBuilder("Q318693", EntityType.ORGANIZATION, "Collective Security Treaty Organization");
        b.russianInitials("Организация Договора о коллективной безопасности");
        b.russianInitials("Российская Федерация");
        b.russianInitials("Россия");
        assertThat(aliases(b)).containsExactly("ru:ОДКБ", "ru:РФ");
    }
}
