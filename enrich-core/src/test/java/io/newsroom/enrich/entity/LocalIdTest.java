package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalIdTest {

    @Test
    void oneNameInAnySpellingItsConsonantsAllowHasOneId() {
        String english = LocalId.of(EntityType.PERSON, "Edward Snowden", Shipped.KEYS);
        assertThat(english).matches("local:person-[0-9a-f]{12}");
        assertThat(LocalId.of(EntityType.PERSON, "Edvard Snouden", Shipped.KEYS)).isEqualTo(english);
    }

    @Test
    void anotherNameOrTypeHasAnotherId() {
        String person = LocalId.of(EntityType.PERSON, "Dana Perino", Shipped.KEYS);
        assertThat(LocalId.of(EntityType.PERSON, "Dana White", Shipped.KEYS)).isNotEqualTo(person);
        assertThat(LocalId.of(EntityType.ORGANIZATION, "Dana Perino", Shipped.KEYS)).startsWith("local:organization-")
                .isNotEqualTo(person);
    }

    @Test
    void anOrganisationsAbbreviationCountsByItsLetters() {
        assertThat(LocalId.of(EntityType.ORGANIZATION, "AP", Shipped.KEYS))
                .isNotEqualTo(LocalId.of(EntityType.ORGANIZATION, "EPA", Shipped.KEYS));
    }
}
