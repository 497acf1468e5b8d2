package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void theIntroIsCutOffInAnyLanguage() {
        assertThat(names("By Jane Doe")).containsExactly("Jane Doe");
        assertThat(names("Автор: Иван Петров")).containsExactly("Иван Петров");
        assertThat(names("Von Hans Müller")).containsExactly("Hans Müller");
    }

    @Test
    void theNameEndsAtAJobTitleADateOrAReadingTime() {
        assertThat(names("Jane Doe, Staff Writer")).containsExactly("Jane Doe");
        assertThat(names("Jane Doe | Updated on Mon 5 May 2025")).containsExactly("Jane Doe");
        assertThat(names("Jane Doe Last modified 5 May")).containsExactly("Jane Doe");
        assertThat(names("Jane Doe 9 min read")).containsExactly("Jane Doe");
        assertThat(names("Sarah Archer 1:39 PM ET")).containsExactly("Sarah Archer");
        assertThat(names("César Salza 1 de diciembre de")).containsExactly("César Salza");
        assertThat(names("Gespeichert von rasos am 24. Juli 2017")).containsExactly("rasos");
        assertThat(names("Richard Adams Education editor")).containsExactly("Richard Adams");
        assertThat(names("Written by Rob Ewaschuk Edited by Betsy Beyer")).containsExactly("Rob Ewaschuk");
        assertThat(names("Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines")).containsExactly("Benjamin Johnson");
        assertThat(names("Mayank Gupta, CEO of CaseBasix")).containsExactly("Mayank Gupta");
        assertThat(names("Vicente Fox")).containsExactly("Vicente Fox");
    }

    @Test
    void affiliationsSiteNamesNicknamesAddressesAndSymbolsAreNoPartOfTheName() {
        assertThat(names("Jenny Smith For Daily Mail Australia")).containsExactly("Jenny Smith");
        assertThat(names("Jenny Smith from Trafilatura")).containsExactly("Jenny Smith");
        assertThat(names("Jenny Smith — Trafilatura")).containsExactly("Jenny Smith");
        assertThat(names("Nicolas Perriault —")).containsExactly("Nicolas Perriault");
        assertThat(names("Jenny \"The Author\" Smith")).containsExactly("Jenny Smith");
        assertThat(names("Jenny_Smith")).containsExactly("Jenny Smith");
        assertThat(names("Jenny Smith ❤️")).containsExactly("Jenny Smith");
        assertThat(names("Bradley M. Kuhn (http://ebb.org/bkuhn/)")).containsExactly("Bradley M. Kuhn");
        assertThat(names("Rebecca Lake, CEPF®")).containsExactly("Rebecca Lake");
    }

    @Test
    void theByOfARoleAfterTheAuthorIsNoIntroSoTheEditorIsNotTakenForTheWriter() {
        assertThat(parse("The Team, edited by Walter"))
                .isEqualTo(new AuthorNames.Byline(List.of(), List.of("The Team")));
        assertThat(names("Jane Doe, reviewed by John Roe")).containsExactly("Jane Doe");
        assertThat(names("By Jane Doe")).containsExactly("Jane Doe");
    }

    @Test
    void aHandleWithAnUnderscoreGoesWholeAndLeavesNoWordOfItBehind() {
        assertThat(names("Jenny Smith @jenny_smith")).containsExactly("Jenny Smith");
        assertThat(names("Ana Lima (@ana_lima_br)")).containsExactly("Ana Lima");
    }

    @Test
    void agenciesDesksAndBodiesAreTheCredit() {
        assertThat(parse("Jane Doe, Reuters")).isEqualTo(new AuthorNames.Byline(List.of("Jane Doe"), List.of("Reuters")));
        assertThat(parse("Great Day Editorial Team")).isEqualTo(new AuthorNames.Byline(List.of(), List.of("Great Day Editorial Team")));
        assertThat(parse("Manoj Jain, Jagpreet Chhatwal, The Commercial Appeal")).isEqualTo(new AuthorNames.Byline(
                List.of("Manoj Jain", "Jagpreet Chhatwal"), List.of("The Commercial Appeal")));
        assertThat(parse("Sergio Martínez-Beltrán | The Texas Newsroom").people()).containsExactly("Sergio Martínez-Beltrán");
        assertThat(parse("Digital Staff").credits()).containsExactly("Digital Staff");
        assertThat(parse("Редакция").credits()).containsExactly("Редакция");
    }

    @Test
    void peopleAreSplitAtAndInTheirLanguageWhileABodyStaysWhole() {
        assertThat(names("Jared Newman and Sam Singleton")).containsExactly("Jared Newman", "Sam Singleton");
        assertThat(names("Иван Петров и Анна Смирнова")).containsExactly("Иван Петров", "Анна Смирнова");
        assertThat(names("Mohamed bin Salman")).containsExactly("Mohamed bin Salman");
        assertThat(parse("Center for Drug Evaluation and Research").credits())
                .containsExactly("Center for Drug Evaluation and Research");
    }

    @Test
    void theLineUnderTheHeadlineNamesItsAuthorsAfterACapitalisedIntro() {
        assertThat(byLine("Updated 5 May\nBy Jane Doe and John Roe\nThe minister said"))
                .containsExactly("Jane Doe", "John Roe");
        assertThat(byLine("BY Mohamed bin Salman")).containsExactly("Mohamed bin Salman");
        assertThat(byLine("by Aoife O'Riordan")).containsExactly("Aoife O'Riordan");
        assertThat(byLine("The rally, written by Jane Doe")).isEmpty();
        assertThat(byLine("Par Jean Dupont")).containsExactly("Jean Dupont");
    }

    private static final SiteName NO_SITE = new SiteName(List.of(), Set.of());

    private static AuthorNames.Byline parse(String byline) {
        return AuthorNames.parse(byline, NO_SITE);
    }

    private static List<String> names(String byline) {
        return parse(byline).people();
    }

    private static List<String> byLine(String afterHeadline) {
        return AuthorNames.underHeadline(afterHeadline, NO_SITE).people();
    }
}
