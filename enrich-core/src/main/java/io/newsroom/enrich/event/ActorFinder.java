package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

import io.newsroom.contracts.EntityRef;

/**
 * Finds a trigger's actors: the sentence's people first, then countries and organisations, each in order of mention;
 * the speaker of reported speech left out ("X said that Y will visit", ", X told TASS"). In a sentence with several
 * triggers each takes the names nearest to it, and all take the sentence's subject, its first person ("X attended the
 * parade and met Y": Y met X, Y did not attend). A sentence opening with a pronoun ("He met...") takes the last
 * person named. Stateless and thread-safe.
 */
final class ActorFinder implements Pass {

    private static final List<String> ORDER = List.of("PERSON", "COUNTRY", "ORGANIZATION");
    /** A speech verb after the trigger ends its clause's actors at the comma before it, this close to it. */
    private static final int SPEAKER_AFTER_COMMA = 90;

    @Override
    public boolean apply(Detection d) {
        List<EntityRef> actors = actors(d);
        EntityRef carried = d.subject();
        if (carried != null && d.language().pronounSubject().at(d.text(), 0)
                && actors.stream().noneMatch(a -> a.key().equals(carried.key()))) {
            actors.add(0, carried);
        }
        d.actors(actors);
        return true;
    }

    private static List<EntityRef> actors(Detection d) {
        String t = d.text();
        Trigger trigger = d.trigger();
        List<Occurrence> inSentence = d.occurrences();
        if (d.triggers().size() > 1) {
            Occurrence subject = inSentence.stream().filter(o -> o.type().equals("PERSON")).findFirst().orElse(null);
            inSentence = inSentence.stream().filter(o -> o == subject || nearest(o, d) == trigger).toList();
        }
        // what the last verb of speech before the trigger reports, from its "that" on if it has one
        int from = 0;
        MatchResult speech = d.language().speech().last(t, 0, trigger.start());
        if (speech != null) {
            MatchResult that = d.language().complementizer().first(t, speech.end(), trigger.start());
            from = that != null ? that.end() : speech.end();
        }
        int to = t.length();
        MatchResult tail = d.language().speech().first(t, trigger.end(), t.length());
        if (tail != null) {
            int comma = t.lastIndexOf(',', tail.start());
            if (comma > trigger.end() && tail.start() - comma < SPEAKER_AFTER_COMMA) {
                to = comma;
            }
        }
        int fromOriginal = d.original(from);
        int toOriginal = d.original(to);
        List<Occurrence> between = inSentence.stream().filter(o -> o.start() >= fromOriginal && o.start() < toOriginal)
                .toList();
        List<EntityRef> actors = new ArrayList<>();
        if (between.stream().allMatch(o -> o.type().equals("PLACE"))) {
            return actors;
        }
        for (String type : ORDER) {
            for (Occurrence o : between) {
                EntityRef ref = o.ref();
                if (o.type().equals(type) && actors.stream().noneMatch(a -> a.key().equals(ref.key()))) {
                    actors.add(ref);
                }
            }
        }
        return actors;
    }

    /** The trigger of the sentence nearest to a mention. */
    private static Trigger nearest(Occurrence o, Detection d) {
        Trigger best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Trigger m : d.triggers()) {
            int start = d.original(m.start());
            int end = d.original(m.end());
            int distance = o.start() < start ? start - o.start() : Math.max(0, o.start() - end);
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }
}
