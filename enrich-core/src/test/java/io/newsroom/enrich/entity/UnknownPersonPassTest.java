package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnknownPersonPassTest {

    private static final Pass PASS = new UnknownPersonPass(Shipped.GAZETTEER, Shipped.KEYS, Shipped.CUES);

    private static List<String> found(String text) {
        return Shipped.added(PASS, Shipped.article(text));
    }

    @Test
    void capitalisedWordsLedByAKnownGivenNameAreAPersonWithoutAnId() {
        assertThat(found("Former contractor Edward Snowden asked for asylum.")).containsExactly("Edward Snowden = []");
        assertThat(found("Бывший подрядчик Эдвард Сноуден попросил убежища.")).containsExactly("Эдвард Сноуден = []");
    }

    @Test
    void aTitleAnnouncesANameOfOneWord() {
        assertThat(found("He met the ambassador Qwertyuk yesterday.")).containsExactly("Qwertyuk = []");
    }

    @Test
    void afterATitleARussianAdjectiveBeginsTheOfficesCountryNotAName() {
        assertThat(found("Его принял президент Китайской Республики.")).isEmpty();
        assertThat(found("Его принял глава Бакулевского центра.")).isEmpty();
    }

    @Test
    void aSentenceStartIsNeverAnnouncedByTheTitleBeforeIt() {
        assertThat(found("He met the ambassador. Qwertyuk left yesterday.")).isEmpty();
    }

    @Test
    void aNameEndsAtAMonthOrATitle() {
        assertThat(found("Edward Snowden May")).containsExactly("Edward Snowden = []");
    }

    @Test
    void aRussianAdjectiveStartsNoNameThoughItsConsonantsAreSomeonesGivenName() {
        assertThat(found("Самолет летел над территорией Северной Каролины и Нижней Саксонии.")).isEmpty();
        // a given name the spelling tables know still does, whatever its ending (Андрей, Сергей)
        assertThat(found("Вчера Андрей Коваленко уехал.")).containsExactly("Андрей Коваленко = []");
    }

    @Test
    void aRussianWordOpeningASentenceStartsANameOnlyAsAGivenNameTheSpellingTablesKnow() {
        // Также (also) shares t-k-z with given names; Дочь (daughter) d-s
        assertThat(found("Также Светлана Медведева посетила центр.")).containsExactly("Светлана Медведева = []");
        assertThat(found("Дочь Тимошенко побывала в колонии.")).isEmpty();
        assertThat(found("Сергей Коваленко уехал.")).containsExactly("Сергей Коваленко = []");
    }

    @Test
    void aNameEndingInEnglishOrStartingInRussianWithAKindOfThingIsNoPersons() {
        assertThat(found("He studied at Virginia Commonwealth University and watched the Davis Cup.")).isEmpty();
        assertThat(found("Сборная выиграла Кубок Дэвиса, а деньги перевели через Банк Шотландии.")).isEmpty();
        // the name after a thing's noun is still found (Фонда Александра Фельдмана: the fund of Alexander Feldman)
        assertThat(found("Деньги дал фонд Фонда Александра Фельдмана.")).containsExactly("Александра Фельдмана = []");
    }

        @Test
    void aRussianNameSpeltALetterOrTwoApartFromSomeoneProminentIsThatPerson() {
        assertThat(found("коалиция, возглавляемая Айядом Аллауи, обвинила власти.")).containsExactly("Айядом Аллауи = Q313816");
    }

    @Test
    void aRussianGivenNameNoOfficeHolderHasCountsWhenManyOfWikidatasNamesHoldIt() {
        // Humphrey and Ennio are no listed person's given names; the spelling tables know them from many names
        assertThat(found("В фильме снимались Глория Холден и Хамфри Богарт.")).contains("Хамфри Богарт = []");
        assertThat(found("Музыку написал композитор Эннио Морриконе.")).containsExactly("Эннио Морриконе = []");
        // an adjective shape is never a given name, however many names hold it
        assertThat(found("Он приехал в Южной Корее.")).isEmpty();
    }
}
