package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodiesTest {

    private final NameKeys keys = new NameKeys();
    private final Tokenizer tokenizer = new Tokenizer(keys);
    private final Bodies bodies = new Bodies(keys);

    private Bodies.Found at(String text, int word) {
        List<Token> tokens = tokenizer.tokens(text, "text", 1);
        return bodies.at(tokens, word);
    }

    @Test
    void theLongestPhraseOfABodyIsFoundInAnyInflection() {
        Bodies.Found f = at("представителей министерства иностранных дел КНР", 1);
        assertThat(f.body().slug()).isEqualTo("foreign-ministry");
        assertThat(f.to() - f.from()).isEqualTo(3);
        assertThat(at("санкции против Центробанком Ирана", 2).body().slug()).isEqualTo("central-bank");
        assertThat(at("Iran's Defense Ministry said", 2).body().name()).isEqualTo("Ministry of Defence");
        assertThat(at("وقالت وزارة الخارجية الروسية", 1).body().slug()).isEqualTo("foreign-ministry");
    }

    @Test
    void otherWordsAreNoBody() {
        assertThat(at("the ministry said", 1)).isNull();
        assertThat(at("Министр иностранных дел", 0)).isNull();
    }
}
