package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefiniteArticlesTest {

    @Test
    void aNameLosesTheArticleItOpensWithInAnyListedLanguage() {
        assertThat(DefiniteArticles.strip("the associated press")).isEqualTo("associated press");
        assertThat(DefiniteArticles.strip("l'agence france-presse")).isEqualTo("agence france-presse");
        assertThat(DefiniteArticles.strip("die zeit")).isEqualTo("zeit");
    }

    @Test
    void aWordThatOnlyBeginsLikeAnArticleIsKept() {
        assertThat(DefiniteArticles.strip("theatre desk")).isEqualTo("theatre desk");
        assertThat(DefiniteArticles.strip("the")).isEqualTo("the");
    }

    @Test
    void articlesAreNotAmongTheWordsThatNameASite() {
        assertThat(DefiniteArticles.significant(List.of("the", "guardian"))).containsExactly("guardian");
        assertThat(DefiniteArticles.significant(List.of("l", "express"))).containsExactly("express");
    }
}
