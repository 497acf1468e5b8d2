package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Government bodies news names by what they are and whose: a foreign, defence or interior ministry or a central
 * bank and the country next to it ("МИД Таджикистана", "Iran's Foreign Ministry", "وزارة الخارجية الروسية",
 * "Центробанком Ирана"). The kinds and their phrases are data ({@code vocab/entity/<lang>/bodies.tsv},
 * {@code en/body-names.tsv}), matched on {@link NameKeys#key}s, so inflected forms count. Immutable after
 * construction; thread-safe.
 */
final class Bodies {

    /**
     * A kind of body.
     *
     * @param slug its part of the id, {@code newsroom:org:<slug>-<iso3>}
     * @param name its English name, to which " of <country>" is added
     */
    record Body(String slug, String name) {
    }

    /** A body's phrase found in the words {@code from} to {@code to} (exclusive). */
    record Found(Body body, int from, int to) {
    }

    /** A phrase naming a kind of body ({@code vocab/entity/<lang>/bodies.tsv}); {@code body} is its slug. */
    record Phrase(String phrase, String body) {
    }

    private final Map<List<String>, Body> phrases = new HashMap<>();
    /** The first words of the phrases: most words begin none, and are turned away on one lookup. */
    private final Set<String> firstWords = new HashSet<>();
    private int longest;
    /** Words between a body and its country ("of"), as keys. */
    private final Set<String> countryLinks = new HashSet<>();

    Bodies(NameKeys keys) {
        Tokenizer tokenizer = new Tokenizer(keys);
        Map<String, Body> kinds = new HashMap<>();
        Lexicon.rows("body-names", r -> new Body(r.get("slug"), r.get("name"))).forEach(b -> kinds.put(b.slug(), b));
        for (Phrase p : Lexicon.rows("bodies", r -> new Phrase(r.get("phrase"), r.get("body")))) {
            Body body = kinds.get(p.body());
            if (body == null) {
                throw new IllegalStateException("body phrase '" + p.phrase() + "' is of '" + p.body()
                        + "', which vocab/entity/en/body-names.tsv does not name");
            }
            List<String> k = tokenizer.keysOf(p.phrase());
            phrases.put(k, body);
            firstWords.add(k.get(0));
            longest = Math.max(longest, k.size());
        }
        Lexicon.words("country-links").forEach(w -> countryLinks.add(keys.key(w)));
    }

    /** Whether a word may stand between a body and the country after it: "Ministry of Defence of Iran". */
    boolean countryLink(String key) {
        return countryLinks.contains(key);
    }

    /** The longest body phrase beginning at word i, or null. */
    Found at(List<Token> tokens, int i) {
        if (!firstWords.contains(tokens.get(i).key())) {
            return null;
        }
        for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
            List<String> k = tokens.subList(i, i + len).stream().map(Token::key).toList();
            Body body = phrases.get(k);
            if (body != null) {
                return new Found(body, i, i + len);
            }
        }
        return null;
    }
}
