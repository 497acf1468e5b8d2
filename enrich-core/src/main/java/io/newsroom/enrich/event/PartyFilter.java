package io.newsroom.enrich.event;

import java.util.List;

/**
 * Drops a trigger without a party. Without actors, the sentence must name two by office or role, or one in the
 * plural ("Israeli and Jordanian officials held talks": parties the gazetteer cannot name still make an event), and
 * not only as the speaker ("Officials said the summit..."). A stated intent needs two parties in the sentence,
 * speaker included, and a bare modal ("will reopen") needs a name right before it ("Algeria will reopen", not "it
 * said it will reopen").
 * Stateless and thread-safe.
 */
final class PartyFilter implements Pass {

    @Override
    public boolean apply(Detection d) {
        if (d.actors().isEmpty() && !namesTwoParties(d)) {
            return false;
        }
        return !d.trigger().rule().twoParties() || parties(d.occurrences()) >= 2 && !bareModalWithoutName(d);
    }

    /** Whether the sentence names a party by office or role, not only as the speaker ("Officials said"). */
    static boolean namesAParty(Detection d) {
        String t = d.text();
        return d.language().dignitary().any(t, 0, t.length(),
                office -> !d.language().speakerVerb().in(t.substring(office.end())));
    }

    /**
     * Whether the sentence names two parties by office or role, not only as the speaker: two offices ("the president
     * received the ambassador") or one in the plural ("the leaders met", "официальные представители", "الجانبين"). One
     * office alone is one party: "the prime minister met with flood victims" is no diplomatic event.
     */
    private static boolean namesTwoParties(Detection d) {
        String t = d.text();
        Lexicon.Language words = d.language();
        int[] offices = {0};
        boolean plural = words.dignitary().any(t, 0, t.length(), office -> {
            if (words.speakerVerb().in(t.substring(office.end()))) {
                return false;
            }
            offices[0]++;
            return words.dignitaryPlural().is(office.group());
        });
        return plural || offices[0] >= 2;
    }

    /** The countries, people and organisations a sentence names, speaker included. */
    private static long parties(List<Occurrence> inSentence) {
        return inSentence.stream().filter(o -> !o.type().equals("PLACE")).map(o -> o.ref().key()).distinct().count();
    }

    private static boolean bareModalWithoutName(Detection d) {
        if (!d.language().bareModal().at(d.text(), d.trigger().start())) {
            return false;
        }
        int start = d.original(d.trigger().start());
        String sentence = d.sentence().text();
        return d.occurrences().stream().noneMatch(o -> !o.type().equals("PLACE") && o.end() <= start
                && sentence.substring(o.end(), start).isBlank());
    }
}
