package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsroom.contracts.Entity;

/**
 * The names an article's passes found, as the entities the tagger returns: one per identity (or per name outside
 * the gazetteer, under its {@link LocalId}) with its mentions in reading order, a government body under an id of its
 * own, and salience from where the mentions are (the title weighs 3, the first paragraph 2, any other 1), most
 * salient first. Thread-safe (stateless but for the shared gazetteer and name keys).
 */
final class EntityAssembler {

    private final Gazetteer gazetteer;
    private final NameKeys keys;

    EntityAssembler(Gazetteer gazetteer, NameKeys keys) {
        this.gazetteer = gazetteer;
        this.keys = keys;
    }

    List<Entity> entities(TagContext a) {
        record Found(String id, String name, String type, List<Entity.Mention> mentions, double[] weight) {
        }
        Map<String, Found> byKey = new LinkedHashMap<>();
        List<Span> all = new ArrayList<>(a.spans());
        all.sort(Comparator.comparingInt(s -> s.from));
        for (Span s : all) {
            Token first = a.token(s.from);
            Token last = a.token(s.to - 1);
            String surface = a.field(first.field()).substring(first.start(), last.end());
            String id;
            String name;
            String type;
            if (s.body != null) {
                GazetteerEntry country = gazetteer.entries().get(s.entry);
                id = "newsroom:org:" + s.body.slug() + "-" + country.countries().iterator().next().toLowerCase(Locale.ROOT);
                name = s.body.name() + " of " + country.name();
                type = EntityType.ORGANIZATION.name();
            } else if (s.entry >= 0) {
                GazetteerEntry e = gazetteer.entries().get(s.entry);
                id = e.id();
                name = e.name();
                type = e.type().name();
            } else if (s.candidates.isEmpty()) {
                Span named = s.fullName != null ? s.fullName : s;
                name = NameSpelling.romanised(a.tokens(), named.from, named.to, keys);
                id = LocalId.of(s.type, name, keys);
                type = s.type.name();
            } else {
                continue;
            }
            Found f = byKey.computeIfAbsent(id, k -> new Found(id, name, type, new ArrayList<>(), new double[1]));
            if (s.entry < 0 && s.body == null && first.script() == Script.LATIN && !f.name().equals(name)
                    && f.mentions().stream().noneMatch(m -> Script.of(m.surface()) == Script.LATIN)) {
                // a name outside the gazetteer is best named as the article writes it in Latin letters, where it does
                // ("Paulus Cornelius Smit" beside "Паулюса Корнелиуса Смита"), not as romanised from another script
                f = new Found(id, name, type, f.mentions(), f.weight());
                byKey.put(id, f);
            }
            f.mentions().add(new Entity.Mention(first.field(), first.start(), last.end(), surface));
            f.weight()[0] += first.paragraph() == 0 ? 3 : first.paragraph() == 1 ? 2 : 1;
        }
        double max = byKey.values().stream().mapToDouble(f -> f.weight()[0]).max().orElse(1);
        List<Entity> out = new ArrayList<>();
        for (Found f : byKey.values()) {
            out.add(new Entity(f.id(), f.name(), f.type(), Math.round(1000 * f.weight()[0] / max) / 1000.0, f.mentions()));
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return out;
    }
}
