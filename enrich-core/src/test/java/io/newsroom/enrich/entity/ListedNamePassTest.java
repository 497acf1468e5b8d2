package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListedNamePassTest {

    private static TagContext run(String text) {
        TagContext a = Shipped.article(text);
        new ListedNamePass(Shipped.GAZETTEER, Shipped.CUES).run(a);
        return a;
    }

    @Test
    void listedNamesAreFoundInAnyScriptAndInflectionLongestFirst() {
        assertThat(Shipped.found(run("Генсек ОДКБ прибыл в Ереван."))).contains("ОДКБ = [Q318693]");
        assertThat(Shipped.found(run("Делегация Египта прибыла, переговоры прошли в Египте.")))
                .containsExactly("Египта = [Q79]", "Египте = [Q79]");
        assertThat(Shipped.found(run("The United States said."))).containsExactly("United States = [Q30]");
    }

    @Test
    void anAbbreviationMatchesOnlyInCapitalsAndLetterForLetter() {
        assertThat(Shipped.found(run("The CSTO and the US met; we said it to us.")))
                .containsExactly("CSTO = [Q318693]", "US = [Q30]");
        assertThat(Shipped.found(run("РИА Новости. По мнению СМИ, санкции продлят.")))
                .containsExactly("РИА Новости = [newsroom:org:ria-novosti]");
    }

    @Test
    void aPlaceAfterATitleIsAPersonsName() {
        assertThat(run("وعقيلته الملكة صوفيا.").spans()).isEmpty();
    }

    @Test
    void anEnglishPlaceIsNotTheFirstWordOfALongerNameNorLeftToLaterPasses() {
        TagContext a = run("He told the Washington Post.");
        assertThat(a.spans()).isEmpty();
        assertThat(a.taken(3)).isTrue();
        assertThat(a.opens(3)).isTrue();
    }

    @Test
    void anArabicNameWrittenWithTheArticleNeedsItInTheTextAfterAnyClitic() {
        assertThat(run("وصل الوفد الى العراق امس.").spans()).hasSize(1);
        assertThat(run("وصل الوفد للعراق امس.").spans()).hasSize(1);
        assertThat(run("اجتمع الوفد بالعراق امس.").spans()).hasSize(1);
        // "عيون" (eyes) is not العيون, El Aaiún
        assertThat(run("في عيون الإرهاب.").spans()).isEmpty();
    }
}
