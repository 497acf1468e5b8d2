package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FullNamePassTest {

    private static final Pass PASS = new FullNamePass(Shipped.GAZETTEER, Shipped.KEYS, Shipped.CUES, Shipped.RESOLVER);

    /** The names the pass finds after the listed names and their countries. */
    private static List<String> found(String text) {
        return Shipped.added(PASS, Shipped.listed(text));
    }

    @Test
    void aFullNameInAnotherSpellingOrScriptMeetsOnConsonantSkeletons() {
        assertThat(found("Kyrgyzstan's President Sadir Japarov attended.")).containsExactly("Sadir Japarov = [Q25597826]");
        assertThat(found("قال الرئيس الكازاخستاني قاسم جومارت توكايف إن")).containsExactly("قاسم جومارت توكايف = [Q200881]");
    }

    @Test
    void aLatinVariantOfSomeoneOfACountryTheArticleDoesNotNameIsNoOne() {
        assertThat(found("Former contractor Edward Snowden asked for asylum.")).isEmpty();
    }

    @Test
    void inCyrillicWithNoCountryOfTheirsNamedTheSurnameMustBeSpeltAsTheirsAndNoFathersName() {
        // consonant classes alone: ж-л, с-м-н also spell Azali Assoumani
        assertThat(found("Теннисист уступил Жилем Симоном в финале.")).isEmpty();
        // a Russian father's name is no surname: not Vojislav Mihailović of Serbia
        assertThat(found("Встречу провел Вячеслав Михайлович в Москве.")).isEmpty();
        assertThat(found("Вчера Эммануэль Макрон провел встречу.")).containsExactly("Эммануэль Макрон = [Q3052772]");
    }

    @Test
    void aMiddleInitialIsTheMiddleNamesOrStandsForOneTheListDoesNotGive() {
        assertThat(found("Secretary of State John F. Kerry met the press.")).containsExactly("John F Kerry = [Q22316]");
        // Robert Nesta Morgan's middle name is no D
        assertThat(found("Robert D. Morgan said the results were good.")).isEmpty();
    }

    @Test
    void aMinorOfficeHoldersMiddleNameLeftOutNeedsATitleOrTheirCountry() {
        // Marcelo Álvaro Antônio, a Brazilian minister: "Marco Antonio" one letter off and his middle name left out
        assertThat(found("The singer Marco Antonio performed on Sunday.")).isEmpty();
    }

    @Test
    void theFathersNameMayStandBetweenTheGivenNameAndTheSurname() {
        assertThat(found("من الرئيس السوداني عمر حسن البشير الي")).containsExactly("عمر حسن البشير = [Q57265]");
    }

    @Test
    void everyNameInAChainOfBinAndAlMustBeThePersons() {
        assertThat(found("Премьер-министром Катара будет назначен шейх Абдалла бен Насер Аль Тани."))
                .containsExactly("Абдалла бен Насер Аль Тани = [Q4666105]");
    }

    @Test
    void aVerbOfSayingAloneDoesNotAnnounceAMinorOfficeHolderOfACountryTheArticleDoesNotName() {
        assertThat(found("وكرر بوش القول ان هدف الولايات المتحدة هو تغيير النظام في العراق.")).isEmpty();
    }

    @Test
    void anArabicTitleRightAfterTheNameAnnouncesItAsOneBeforeDoes() {
        // an earlier decade's head of government is a minor office-holder: a title and his country in the article
        assertThat(found("بعد الزيارة التي قام بها جون ميجور رئيس وزراء بريطانيا الى هونج كونج."))
                .containsExactly("جون ميجور = [Q9559]");
        assertThat(found("بعد الزيارة التي قام بها جون ميجور الى بريطانيا.")).isEmpty();
    }

    @Test
    void anArabicNameShortInConsonantsNeedsATitleAndItsCountryInTheArticle() {
        assertThat(found("قال رئيس الوزراء سعد الحريري ان لبنان لن يتراجع.")).containsExactly("سعد الحريري = [Q296771]");
        assertThat(found("التقى سعد الحريري بالوفد امس.")).isEmpty();
        // a cased name has its capitals for evidence: the ends of a longer name are not enough
        assertThat(found("The Federal Minister for Interior Ahmad Khan of Pakistan spoke.")).isEmpty();
    }

    @Test
    void aLatinVariantIsAVariantOfTheLettersNotOnlyOfTheConsonants() {
        // Apex and Baucus share their consonant classes, Miicoffee and Max nearly: two words on a page naming the
        // United States are still no senator
        assertThat(found("The Miicoffee Apex is the espresso machine to beat in the United States.")).isEmpty();
    }
}
