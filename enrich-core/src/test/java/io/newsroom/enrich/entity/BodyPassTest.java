package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyPassTest {

    /** The bodies found after the listed names, each as its words, its country's id and its kind. */
    private static List<String> bodies(String text) {
        TagContext a = Shipped.listed(text);
        new BodyPass(Shipped.GAZETTEER, new Bodies(Shipped.KEYS)).run(a);
        return a.spans().stream().filter(s -> s.body != null)
                .map(s -> Shipped.surface(a, s) + " = " + s.body.slug() + " of " + Shipped.GAZETTEER.entries().get(s.entry).id())
                .toList();
    }

    @Test
    void aBodyTakesTheCountryNamedRightAfterIt() {
        assertThat(bodies("Об этом сообщили в МИД Таджикистана.")).containsExactly("МИД Таджикистана = foreign-ministry of Q863");
        assertThat(bodies("the Ministry of Foreign Affairs of Iran said"))
                .containsExactly("Ministry of Foreign Affairs of Iran = foreign-ministry of Q794");
        // past an abbreviation in brackets (which, a body's phrase itself, is found with the country too)
        assertThat(bodies("представитель министерства иностранных дел (МИД) ФРГ"))
                .contains("министерства иностранных дел МИД ФРГ = foreign-ministry of Q183");
    }

    @Test
    void aBodyTakesThePossessorBeforeIt() {
        assertThat(bodies("Iran's Foreign Ministry summoned the envoy."))
                .containsExactly("Iran s Foreign Ministry = foreign-ministry of Q794");
    }

    @Test
    void aBodyWithoutItsCountryIsLeftOut() {
        assertThat(bodies("Глава МВД оставил свою должность.")).isEmpty();
        assertThat(bodies("Об этом сообщили в МИД.\nТаджикистан молчит.")).isEmpty();
    }

    @Test
    void theCountryRemainsAMentionOfItsOwn() {
        TagContext a = Shipped.listed("Об этом сообщили в МИД Таджикистана.");
        new BodyPass(Shipped.GAZETTEER, new Bodies(Shipped.KEYS)).run(a);
        assertThat(Shipped.found(a)).containsExactly("Таджикистана = Q863", "МИД Таджикистана = Q863");
        assertThat(a.taken(4)).isTrue();
    }
}
