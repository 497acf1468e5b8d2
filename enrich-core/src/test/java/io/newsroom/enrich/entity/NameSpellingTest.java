package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameSpellingTest {

    private static String romanised(String name) {
        List<Token> tokens = Shipped.article(name).tokens();
        return NameSpelling.romanised(tokens, 0, tokens.size(), Shipped.KEYS);
    }

    @Test
    void russianNameWordsAreSpeltAsEnglishNewsSpellsThemInAnyCase() {
        assertThat(romanised("Эдвардом Сноуденом")).isEqualTo("Edward Snowden");
        assertThat(romanised("Ратко Младича")).isEqualTo("Ratko Mladić");
        assertThat(romanised("Ицхака Молхо")).isEqualTo("Yitzhak Molcho");
    }

    @Test
    void aMansGivenNameOfTheSoftDeclensionIsSpeltFromItsNominative() {
        assertThat(romanised("Юрия Солошенко")).isEqualTo("Yury Soloshenko");
        assertThat(romanised("Юрием")).isEqualTo("Yury");
        assertThat(romanised("Игорем")).isEqualTo(romanised("Игорь"));
        // Юлии is Julia's, not a case of Julius's name
        assertThat(romanised("Юлии")).isNotEqualTo(romanised("Юлий"));
    }

    @Test
    void aNameOfTheFirstDeclensionHasItsNominativeInAOrYaAmongItsNominatives() {
        assertThat(NameSpelling.nominatives(Shipped.article("Обамой").tokens().get(0))).contains("Обама");
        assertThat(NameSpelling.nominatives(Shipped.article("Берией").tokens().get(0))).contains("Берия");
        assertThat(NameSpelling.nominatives(Shipped.article("Путину").tokens().get(0))).contains("Путин");
    }

    @Test
    void aPatronymicBetweenGivenNameAndSurnameIsLeftOut() {
        assertThat(romanised("Василий Алексеевич Небензя")).isEqualTo(romanised("Василий Небензя"));
        assertThat(romanised("Анной Петровной Ивановой")).isEqualTo(romanised("Анной Ивановой"));
        // a Serbian surname in -ич is none
        assertThat(romanised("Ратко Младич")).isEqualTo("Ratko Mladić");
    }

    @Test
    void theParticleOfAnArabicFathersNameIsSpeltAsEnglishNewsSpellsIt() {
        assertThat(romanised("اسامة بن لادن")).isEqualTo("Osama bin Laden");
    }

    @Test
    void theCommonestSpellingWhoseConsonantsAreTheWordsWins() {
        // more names of the data spell Валерий "Valerius" (Romans), whose s the Russian word does not have
        assertThat(romanised("Валерий")).isEqualTo("Valery");
    }

    @Test
    void aSpellingOfOtherSoundsIsNeverTaken() {
        // the data pairs Дочь (daughter) with "Pharaoh's" once, a misalignment
        assertThat(romanised("Дочь")).isEqualTo("Doch'");
    }

    @Test
    void aWordTheTablesLackIsSpeltLetterForLetter() {
        assertThat(romanised("Кшыщпрх")).isEqualTo("Kshyshchprkh");
    }

    @Test
    void arabicNameWordsAreSpeltInEnglishWithHowManyNamesSpellThemSo() {
        NameSpelling.Spelling john = NameSpelling.english(Shipped.article("جون").tokens().get(0), Shipped.KEYS);
        assertThat(john.english()).isEqualTo("John");
        assertThat(john.names()).isGreaterThan(100);
        assertThat(romanised("جون ميجور")).isEqualTo("John Major");
    }
}
