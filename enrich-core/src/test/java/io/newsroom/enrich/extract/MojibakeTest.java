package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void utf8ReadAsLatin1AndEncodedAgainIsRepaired() {
        String broken = new String("If you’re having trouble — Señor Müller".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);

        assertThat(Mojibake.repair(broken)).isEqualTo("If you’re having trouble — Señor Müller");
    }

    @Test
    void textWithoutControlCharactersIsLeftAsItIs() {
        // "Ã©" can be real Latin-1 text; without a C1 control character nothing says the page is broken
        assertThat(Mojibake.repair("Ã© café Привет")).isEqualTo("Ã© café Привет");
    }
}
