package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Entity;

class EntityAssemblerTest {

    private static final EntityAssembler ASSEMBLER = new EntityAssembler(Shipped.GAZETTEER, Shipped.KEYS);

    private static Span span(int from, int to, String id) {
        Span s = new Span(from, to, id == null ? Set.of() : Set.of(Shipped.entry(id)));
        s.entry = id == null ? -1 : Shipped.entry(id);
        return s;
    }

    @Test
    void mentionsOfOneIdentityMergeAndTheTitleWeighsMost() {
        TagContext a = TagContext.of(new Tokenizer(Shipped.KEYS), "Putin in Dushanbe", "Putin met Rahmon.\nRahmon spoke.",
                Shipped.DAY);
        a.claim(span(3, 4, "Q7747"));
        a.claim(span(0, 1, "Q7747"));
        a.claim(span(5, 6, "Q57366"));
        a.claim(span(6, 7, "Q57366"));
        List<Entity> out = ASSEMBLER.entities(a);
        assertThat(out).extracting(Entity::id).containsExactly("Q7747", "Q57366");
        // Putin: title 3 and first paragraph 2; Rahmon: first paragraph 2 and another 1
        assertThat(out).extracting(Entity::salience).containsExactly(1.0, 0.6);
        assertThat(out.get(0).mentions()).extracting(Entity.Mention::field).containsExactly("title", "text");
    }

    @Test
    void aBodyIsNamedAfterItsCountry() {
        TagContext a = Shipped.article("Об этом сообщили в МИД Таджикистана.");
        Span body = span(4, 6, "Q863");
        body.body = new Bodies.Body("foreign-ministry", "Ministry of Foreign Affairs");
        a.claim(body);
        Entity e = ASSEMBLER.entities(a).get(0);
        assertThat(e.id()).isEqualTo("newsroom:org:foreign-ministry-tjk");
        assertThat(e.name()).isEqualTo("Ministry of Foreign Affairs of Tajikistan");
        assertThat(e.type()).isEqualTo("ORGANIZATION");
        assertThat(e.mentions().get(0).surface()).isEqualTo("МИД Таджикистана");
    }

    @Test
    void aNameOutsideTheGazetteerIsRomanisedInTheNominative() {
        TagContext a = Shipped.article("Он вспомнил Нельсона Манделы слова.");
        a.claim(span(2, 4, null));
        assertThat(ASSEMBLER.entities(a)).extracting(Entity::name).containsExactly("Nelson Mandela");
    }

    @Test
    void aNameWithCandidatesButNoChoiceIsLeftOut() {
        TagContext a = Shipped.article("Rahmon spoke.");
        a.claim(new Span(0, 1, Set.of(Shipped.entry("Q57366"))));
        assertThat(ASSEMBLER.entities(a)).isEmpty();
    }
}
