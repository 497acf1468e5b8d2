package io.newsroom.enrich.event;

import java.util.List;

/**
 * Drops a trigger without a party. Without actors, the sentence must name one by office or role ("Israeli and
 * Jordanian officials held talks": parties the gazetteer cannot name still make an event), and not only as the
 * speaker ("Officials said the summit..."). A stated intent needs two parties in the sentence, speaker included, and a
 * bare modal ("will reopen") needs a name right before it ("Algeria will reopen", not "it said it will reopen").
 * Stateless and thread-safe.
 */
final class PartyFilter implements Pass {

    @Override
    public boolean apply(Detection d) {
        if (d.actors().isEmpty() && !namesAParty(d)) {
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
