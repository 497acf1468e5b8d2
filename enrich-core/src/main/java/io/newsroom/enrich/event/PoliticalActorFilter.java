package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.contracts.EntityRef;

/**
 * Drops a trigger whose parties act in no political role: a diplomatic event is one between states, governments,
 * officials, international organisations or armed groups. One of its actors, or one party the sentence names (the
 * speaker who states an intent included), must be political ({@link PoliticalActors}) on the article's day, a country
 * counting only where the sentence names it as more than a place ("in Japan") or an attribute ("Kenyan relatives")
 * ({@link RoleWords}); else the sentence must name a party by office, not only as the speaker ("Prime Minister
 * Romendacil", as {@link PartyFilter} reads it). "Ford, Microsoft and BlueMetal announced an alliance", "Pineda met up
 * with Al-Ibrahim", "the people we met appreciated it ... in Japan" report no diplomatic event. A trigger without
 * actors is {@link PartyFilter}'s (it already named a party by office). Thread-safe.
 */
final class PoliticalActorFilter implements Pass {

    /** Characters after a country's adjective in which its office is looked for. */
    private static final int OFFICE_AFTER = 40;
    /** Punctuation that ends a clause, for a look a few words ahead. */
    static final Pattern CLAUSE_END = Pattern.compile("[,;:.()]");

    private final PoliticalActors political;

    PoliticalActorFilter(PoliticalActors political) {
        this.political = political;
    }

    @Override
    public boolean apply(Detection d) {
        if (d.actors().isEmpty()) {
            return true;
        }
        List<EntityRef> parties = new ArrayList<>(d.actors());
        d.occurrences().stream().filter(o -> !o.type().equals("PLACE")).forEach(o -> parties.add(o.ref()));
        for (EntityRef party : parties) {
            if (political.political(party, d.reference()) && !(party.type().equals("COUNTRY") && onlyAPlace(party, d))) {
                return true;
            }
        }
        return PartyFilter.namesAParty(d);
    }

    /**
     * Whether the sentence names the country only as a place or an attribute: every mention of it stands right after a
     * locative ("in Japan") or is its adjective without an office right after it ("Kenyan relatives", not "Chinese
     * government"). A country the sentence does not name (a capital standing for it, a carried subject) acts.
     */
    private static boolean onlyAPlace(EntityRef country, Detection d) {
        RoleWords words = RoleWords.of(d.language());
        String sentence = d.sentence().text();
        boolean mentioned = false;
        for (Occurrence o : d.occurrences()) {
            if (!o.ref().key().equals(country.key())) {
                continue;
            }
            mentioned = true;
            String surface = sentence.substring(o.start(), o.end()).toLowerCase(Locale.ROOT);
            boolean place = words.locative().in(sentence.substring(0, o.start()).toLowerCase(Locale.ROOT));
            // a capital standing for its country ("Tehran agreed") is no entity of the article's own
            boolean adjective = !surface.equalsIgnoreCase(country.name()) && words.demonym().in(surface)
                    && d.entities().contains(o.entity());
            if (!place && !(adjective && !officeAfter(o, d))) {
                return false;
            }
        }
        return mentioned;
    }

    /**
     * Whether an office or a state's institution stands in the few words after a mention, in its clause ("Chinese
     * defence ministers", "the Sudanese army").
     */
    private static boolean officeAfter(Occurrence o, Detection d) {
        String sentence = d.sentence().text();
        String after = sentence.substring(o.end(), Math.min(sentence.length(), o.end() + OFFICE_AFTER));
        Matcher end = CLAUSE_END.matcher(after);
        int clause = end.find() ? end.start() : after.length();
        String words = TextNormalizer.normalize(after.substring(0, clause)).text();
        return d.language().dignitary().in(words) || RoleWords.of(d.language()).institution().in(words);
    }
}
