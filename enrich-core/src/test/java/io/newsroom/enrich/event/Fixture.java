package io.newsroom.enrich.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;

/**
 * Detections of a few sentences with entities marked by hand, for trying one pass at a time: no gazetteer, no
 * extraction. The article is dated Saturday 4 May 2024.
 */
final class Fixture {

    static final LocalDate ARTICLE = LocalDate.of(2024, 5, 4);

    /** An entity the text names, at every place its name stands; its id is {@code test:<name>}. */
    record Named(String type, String name) {

        Entity in(String text) {
            List<Entity.Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Entity.Mention("text", at, at + name.length(), name));
            }
            return new Entity("test:" + name, name, type, 0.5, mentions);
        }

        EntityRef ref() {
            return new EntityRef("test:" + name, name, type);
        }
    }

    private Fixture() {
    }

    static Named person(String name) {
        return new Named("PERSON", name);
    }

    static Named country(String name) {
        return new Named("COUNTRY", name);
    }

    static Named place(String name) {
        return new Named("PLACE", name);
    }

    /** The article (its text only) in the language, on its first sentence. */
    static Detection read(String lang, String text, LocalDate reference, Named... named) {
        List<Entity> entities = new ArrayList<>();
        for (Named n : named) {
            entities.add(n.in(text));
        }
        Detection d = new Detection(Lexicon.of(lang, text).orElseThrow(), new SentenceSplitter().split("text", text), entities, reference);
        d.read(0);
        return d;
    }

    /** The first sentence with its triggers and mentions found, on its trigger of {@code type}. */
    static Detection on(String type, String lang, String text, Named... named) {
        return on(type, read(lang, text, ARTICLE, named));
    }

    /** The sentence being read, with its triggers and mentions found, on its trigger of {@code type}. */
    static Detection on(String type, Detection d) {
        new TriggerFinder().apply(d);
        new MentionFinder(Map.of()).apply(d);
        d.consider(d.triggers().stream().filter(t -> t.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " trigger in " + d.sentence().text() + ": " + d.triggers())));
        return d;
    }

    static List<String> names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).toList();
    }
}
