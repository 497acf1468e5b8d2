package io.newsroom.enrich.event;

import java.util.HashSet;
import java.util.Set;

import io.newsroom.contracts.EntityRef;

/**
 * Drops a meeting, talks, a call or a mediation between the parties of one country: every party and place
 * the sentence names speaks for or lies in the same country ({@link PoliticalActors#sides}), and the sentence names
 * no foreign party by role (a counterpart, a delegation, an ambassador: the {@code foreign-party} list) nor parties
 * in the plural. "Keir Starmer held an emergency meeting with police chiefs",
 * "Путин провел встречу с Лавровым" are no diplomatic events; a party whose country is not known (a name outside the
 * gazetteer, a movement, an international organisation) may be foreign, and keeps the event. Thread-safe.
 */
final class DomesticFilter implements Pass {

    /**
     * The event types held between parties the sentence names. Not a visit, whose destination may be a city the
     * tagger does not know ("الدوحة"), nor an agreement or cooperation, which a state may promise alone ("Turkey
     * offered to send medical teams"), nor a ceremony, whose other guests an article names in other sentences (the
     * host's own sentence at a parade of many leaders), nor sanctions, expulsions and ruptures, which name their
     * target anyway.
     */
    private static final Set<String> BETWEEN_STATES = Set.of("MEETING", "TALKS", "PHONE_CALL", "MEDIATION");

    private final PoliticalActors political;

    DomesticFilter(PoliticalActors political) {
        this.political = political;
    }

    @Override
    public boolean apply(Detection d) {
        // a foreign party named by role ("his counterpart"), or parties in the plural ("foreign ministers of the Nordic
        // countries"), may be of other countries than the named ones
        if (!BETWEEN_STATES.contains(d.trigger().rule().type()) || d.language().foreignParty().in(d.text())
                || d.language().dignitaryPlural().in(d.text())) {
            return true;
        }
        Set<String> countries = new HashSet<>();
        for (Occurrence o : d.occurrences()) {
            if (!add(o.ref(), countries)) {
                return true;
            }
        }
        for (EntityRef actor : d.actors()) {
            if (!add(actor, countries)) {
                return true;
            }
        }
        return countries.size() != 1;
    }

    /** Adds the party's countries; false when they are not known. */
    private boolean add(EntityRef party, Set<String> countries) {
        Set<String> sides = political.sides(party);
        countries.addAll(sides);
        return !sides.isEmpty();
    }
}
