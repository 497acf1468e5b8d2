package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
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
        assertThat(names("Great Day Editorial Team")).containsExactly("Great Day Editorial Team");
    }

    @Test
    void peopleAreSplitAtAndInTheirLanguageWhileABodyStaysWhole() {
        assertThat(names("Jared Newman and Sam Singleton")).containsExactly("Jared Newman", "Sam Singleton");
        assertThat(names("Иван Петров и Анна Смирнова")).containsExactly("Иван Петров", "Анна Смирнова");
        assertThat(names("Mohamed bin Salman")).containsExactly("Mohamed bin Salman");
        assertThat(names("Center for Drug Evaluation and Research"))
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

    private static Set<String> names(String byline) {
        Set<String> names = new LinkedHashSet<>();
        AuthorNames.add(names, byline);
        return names;
    }

    private static Set<String> byLine(String afterHeadline) {
        Set<String> names = new LinkedHashSet<>();
        AuthorNames.addByLine(names, afterHeadline);
        return names;
    }
}
