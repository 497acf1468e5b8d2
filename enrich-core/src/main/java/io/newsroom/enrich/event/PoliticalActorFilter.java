package io.newsroom.enrich.event;

import java.util.Locale;

import io.newsroom.contracts.EntityRef;

/**
 * Drops a trigger whose actors act in no political role: a diplomatic event is one between states, governments,
 * officials, international organisations or armed groups. One actor at least must be political
 * ({@link PoliticalActors}) on the article's day, a country counting only where the sentence names it as more than a
 * place ("in Japan", {@link RoleWords#locative()}); else the sentence must name a party by office, not only as the
 * speaker ("Prime Minister Romendacil", as {@link PartyFilter} reads it). "Ford, Microsoft and BlueMetal announced an
 * alliance", "Pineda met up with Al-Ibrahim", "the people we met appreciated it ... in Japan" report no diplomatic
 * event. A trigger without actors is {@link PartyFilter}'s (it already named a party by office). Thread-safe.
 */
final class PoliticalActorFilter implements Pass {

    private final PoliticalActors political;

    PoliticalActorFilter(PoliticalActors political) {
        this.political = political;
    }

    @Override
    public boolean apply(Detection d) {
        if (d.actors().isEmpty()) {
            return true;
        }
        for (EntityRef actor : d.actors()) {
            if (political.political(actor, d.reference()) && !(actor.type().equals("COUNTRY") && onlyAPlace(actor, d))) {
                return true;
            }
        }
        return PartyFilter.namesAParty(d);
    }

    /** Whether every mention of the country in the sentence stands right after a locative ("in Japan"). */
    private static boolean onlyAPlace(EntityRef country, Detection d) {
        WordList locative = RoleWords.of(d.language()).locative();
        String sentence = d.sentence().text();
        boolean mentioned = false;
        for (Occurrence o : d.occurrences()) {
            if (o.ref().key().equals(country.key())) {
                mentioned = true;
                if (!locative.in(sentence.substring(0, o.start()).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        // a country the sentence does not name (a capital standing for it, a carried subject) is an actor
        return mentioned;
    }
}
