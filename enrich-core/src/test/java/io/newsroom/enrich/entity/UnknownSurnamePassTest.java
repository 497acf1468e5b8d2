package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Entity;

class UnknownSurnamePassTest {

    private static List<Entity> tag(String text) {
        return Shipped.TAGGER.tag("", text, Shipped.DAY);
    }

    @Test
    void aSurnameAloneAfterTheFullNameIsThatUnknownPersonAgainInAnyCase() {
        Entity fuchs = tag("Бизнесмена Рони Фукса задержали в Грузии. После освобождения Фукса дело закрыли.").stream()
                .filter(e -> e.name().equals("Roni Fuchs")).findFirst().orElseThrow();
        assertThat(fuchs.mentions()).extracting(Entity.Mention::surface).containsExactly("Рони Фукса", "Фукса");
        Entity snowden = tag("Former contractor Edward Snowden asked for asylum. Snowden left.").stream()
                .filter(e -> e.name().equals("Edward Snowden")).findFirst().orElseThrow();
        assertThat(snowden.mentions()).extracting(Entity.Mention::surface).containsExactly("Edward Snowden", "Snowden");
    }

    @Test
    void officialRussianWritesTheSurnameFirstAndItIsTheSurnameAloneLater() {
        List<Entity> found = tag("Указом президента назначить Небензю Василия Алексеевича постоянным представителем."
                + " Как сообщается, Небензя работал в министерстве.");
        assertThat(found).filteredOn(e -> e.type().equals("PERSON")).singleElement().satisfies(e -> {
            // the surname in -ю beside names in the accusative is Небензя's, not a Небенз's
            assertThat(e.name()).isEqualTo("Vasily Nebenzya");
            assertThat(e.mentions()).extracting(Entity.Mention::surface)
                    .containsExactly("Небензю Василия Алексеевича", "Небензя");
        });
    }

    @Test
    void aSurnameBeforeTheFullNameOrInsideAnotherNameIsNotTheirs() {
        List<Entity> found = tag("Snowden Street was quiet. Former contractor Edward Snowden asked for asylum.");
        assertThat(found).filteredOn(e -> e.name().equals("Edward Snowden")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(1));
    }
}
