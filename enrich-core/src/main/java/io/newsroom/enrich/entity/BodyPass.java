package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ministries and central banks with the country they are of: right after the phrase, in the genitive or after "of"
 * or an abbreviation in brackets ("министерства иностранных дел (МИД) ФРГ"), or right before it ("Iran's Foreign
 * Ministry"). A body without its country is left out: "МИД" alone is no one's. Thread-safe (see {@link Pass}).
 */
record BodyPass(Gazetteer gazetteer, Bodies bodies) implements Pass {

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        Map<Integer, Span> countryFrom = new HashMap<>();
        Map<Integer, Span> countryTo = new HashMap<>();
        for (Span s : a.spans()) {
            if (s.entry >= 0 && gazetteer.entries().get(s.entry).type() == EntityType.COUNTRY) {
                countryFrom.putIfAbsent(s.from, s);
                countryTo.putIfAbsent(s.to, s);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Bodies.Found b = a.taken(i) ? null : bodies.at(tokens, i);
            if (b == null) {
                continue;
            }
            Span country = countryFrom.get(b.to());
            if (country == null && b.to() < tokens.size()) {
                Token between = tokens.get(b.to());
                boolean abbreviation = between.surface().equals(between.surface().toUpperCase(Locale.ROOT));
                if (bodies.countryLink(between.key()) || abbreviation) {
                    country = countryFrom.get(b.to() + 1);
                }
            }
            Span span = null;
            if (country != null && tokens.get(country.from).paragraph() == tokens.get(i).paragraph()) {
                span = new Span(i, country.to, Set.of(country.entry));
            } else if (countryTo.get(possessor(tokens, i)) != null) {
                country = countryTo.get(possessor(tokens, i));
                span = new Span(country.from, b.to(), Set.of(country.entry));
            }
            if (span != null) {
                span.entry = country.entry;
                span.body = b.body();
                // the body's words only: the country's stay a mention of the country
                a.spans().add(span);
                a.take(b.from(), b.to());
            }
            i = b.to() - 1;
        }
    }

    /** Where the word before word i ends, past a possessive s ("Iran's"). */
    private static int possessor(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).surface().equals("s") ? i - 1 : i;
    }
}
