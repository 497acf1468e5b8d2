package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Government bodies news names by what they are and whose: a foreign, defence or interior ministry or a central
 * bank and the country next to it ("МИД Таджикистана", "Iran's Foreign Ministry", "وزارة الخارجية الروسية",
 * "Центробанком Ирана"). The phrases are matched on {@link NameKeys#key}s, so inflected forms count. Thread-safe.
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

    private static final Body FOREIGN = new Body("foreign-ministry", "Ministry of Foreign Affairs");
    private static final Body DEFENCE = new Body("defence-ministry", "Ministry of Defence");
    private static final Body INTERIOR = new Body("interior-ministry", "Ministry of Interior");
    private static final Body CENTRAL_BANK = new Body("central-bank", "Central Bank");

    private final Map<List<String>, Body> phrases = new HashMap<>();
    /** The first words of the phrases: most words begin none, and are turned away on one lookup. */
    private final Set<String> firstWords = new HashSet<>();
    private int longest;

    Bodies(NameKeys keys) {
        Tokenizer tokenizer = new Tokenizer(keys);
        Map<Body, List<String>> table = Map.of(
                FOREIGN, List.of("foreign ministry", "ministry of foreign affairs", "foreign office", "мид",
                        "министерство иностранных дел", "وزارة الخارجية"),
                DEFENCE, List.of("defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
                        "минобороны", "министерство обороны", "وزارة الدفاع"),
                INTERIOR, List.of("interior ministry", "ministry of interior", "ministry of the interior", "мвд",
                        "министерство внутренних дел", "وزارة الداخلية"),
                CENTRAL_BANK, List.of("central bank", "центробанк", "центральный банк", "البنك المركزي"));
        table.forEach((body, list) -> list.forEach(p -> {
            List<String> k = tokenizer.keysOf(p);
            phrases.put(k, body);
            firstWords.add(k.get(0));
            longest = Math.max(longest, k.size());
        }));
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
