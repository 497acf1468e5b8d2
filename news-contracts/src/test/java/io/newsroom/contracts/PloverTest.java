package io.newsroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverTest {

    @Test
    void everyTypeHasOneOfTheFourQuads() {
        assertThat(Plover.TYPES).hasSize(16);
        for (String type : Plover.TYPES) {
            assertThat(Plover.CLASSES.subList(0, 4)).contains(Plover.quad(type));
        }
    }

    @Test
    void cooperationAndConflictAreTheirTwoQuadsEach() {
        assertThat(Plover.typesOf(Plover.COOPERATION)).contains("AGREE", "CONSULT", "AID", "RETREAT")
                .doesNotContain("SANCTION", "THREATEN");
        assertThat(Plover.typesOf(Plover.CONFLICT)).contains("SANCTION", "THREATEN", "ACCUSE", "ASSAULT")
                .doesNotContain("AGREE");
        assertThat(Plover.typesOf(Plover.VERBAL_CONFLICT)).containsExactlyInAnyOrder("REQUEST", "ACCUSE", "REJECT", "THREATEN");
        assertThat(Plover.typesOf("hostile")).isEmpty();
    }
}
