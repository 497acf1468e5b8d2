package io.newsroom.enrich.entity;

import java.util.Comparator;

/**
 * Chooses, for each name found, which of its candidate identities it is, on the article's context: an office held
 * on the article's date, a country the article names, the title in front of the name, how prominent the office
 * is. Thread-safe (stateless but for the shared gazetteer and word lists).
 */
final class Resolver {

    private final Gazetteer gazetteer;
    private final Cues cues;

    Resolver(Gazetteer gazetteer, Cues cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
    }

    /**
     * Resolves every name found so far, in the order found, noting the countries among them as it goes: a country
     * named early in the article helps choose the later names' candidates.
     */
    void noteCountries(TagContext a) {
        for (Span s : a.spans()) {
            resolve(s, a);
            GazetteerEntry e = s.entry < 0 ? null : gazetteer.entries().get(s.entry);
            if (e != null && e.type() == EntityType.COUNTRY) {
                a.countries().addAll(e.countries());
            }
        }
    }

    /** Resolves every name found so far again, on all the countries noted. */
    void resolveAll(TagContext a) {
        for (Span s : a.spans()) {
            resolve(s, a);
        }
    }

    /** Picks the best-supported candidate. */
    void resolve(Span span, TagContext a) {
        if (span.candidates.size() == 1) {
            span.entry = span.candidates.iterator().next();
            return;
        }
        String cue = cues.before(a.tokens(), span.from);
        span.entry = span.candidates.stream().max(Comparator.comparingDouble((Integer c) -> score(c, cue, a))
                .thenComparing(c -> gazetteer.entries().get(c).id(), Comparator.reverseOrder())).orElse(-1);
    }

    /** Whether the candidate belongs to a country the article mentions. */
    boolean supported(int candidate, TagContext a) {
        return gazetteer.entries().get(candidate).countries().stream().anyMatch(a.countries()::contains);
    }

    private double score(int candidate, String cue, TagContext a) {
        GazetteerEntry e = gazetteer.entries().get(candidate);
        double s = switch (e.type()) {
            case COUNTRY -> 3;
            case ORGANIZATION -> 2.5;
            case PLACE -> 2;
            case PERSON -> e.prominence();
        };
        if (e.type() != EntityType.PERSON) {
            return s;
        }
        if (a.date() != null) {
            s += e.roles().stream().anyMatch(r -> r.weight() >= 0.6 && r.heldOn(a.date())) ? 1 : -0.5;
        }
        if (supported(candidate, a)) {
            s += 1.5;
        }
        if (cue != null && !cue.equals("title") && e.held(cue, a.date())) {
            s += 1;
        }
        return s;
    }
}
