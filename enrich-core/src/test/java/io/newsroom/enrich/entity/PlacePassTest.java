package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlacePassTest {

    private static final Pass PASS = new PlacePass(Shipped.GAZETTEER, Shipped.KEYS, Shipped.CUES);

    private static List<String> found(String text) {
        return Shipped.added(PASS, Shipped.article(text));
    }

    @Test
    void aPlaceListedOnlyInEnglishIsFoundInRussianOnItsConsonantsInAnyCase() {
        // the capitals' Russian names from GeoNames list Rabat (Рабат); Melekeok and Bogotá stay English-only
        assertThat(found("Переговоры прошли в Мелекеоке, затем в Боготе."))
                .containsExactly("Мелекеоке = Q515229", "Боготе = Q2841");
    }

    @Test
    void aSentenceStartIsNeverAPlace() {
        assertThat(found("Работа продолжается.")).isEmpty();
    }

    @Test
    void aGivenNameBeforeASurnameIsNoPlace() {
        assertThat(found("Виктор Черномырдин был назначен.")).isEmpty();
        assertThat(found("Речь шла о Виктории.")).containsExactly("Виктории = Q3940");
    }

    @Test
    void oneWordsConsonantsAloneSpellNoPlace() {
        // m-r-n: the battle of Marengo is not in Moroni, the capital of the Comoros
        assertThat(found("Победа в битве при Маренго не разрешила конфликт.")).isEmpty();
        assertThat(found("Встреча прошла в Мелекеоке.")).containsExactly("Мелекеоке = Q515229");
    }
}
