package io.newsroom.enrich.event;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.contracts.EventMention;

/**
 * Drops a visit without a visitor: troops, refugees or ships "arriving in" a country are no visit, which needs a person
 * before the trigger or just after it, or a dignitary before it or, after its language's visitor marker, among the
 * first words after it ("a visit by the president", a verb-first clause: "يزور الرئيس"); and a host receives a
 * person ("received King Abdullah", not "received a letter"),
 * named or by office. A visit to a web address ("please visit www.example.org") is none. Stateless and thread-safe.
 */
final class VisitorFilter implements Pass {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** Words after a host verb in which its guest is looked for, up to the first of its language's guest-stop words. */
    private static final int GUEST_WORDS = 4;
    /** Words after a visit's trigger in which its visitor's office may stand ("a visit by the president"). */
    private static final int VISITOR_WORDS = 3;
    /** Characters after a host verb in which a named guest may start, and after a visit in which its visitor may. */
    private static final int GUEST_NAME_AFTER = 40;

    @Override
    public boolean apply(Detection d) {
        String type = d.trigger().type();
        if (type.equals("HOSTED_VISIT")) {
            return hostsAGuest(d);
        }
        String t = d.text();
        if (type.equals("VISIT") && RoleWords.of(d.language()).webAddress().in(t, d.trigger().end(), t.length())) {
            return false;
        }
        if (!EventMention.family(type).equals("VISIT") || visitorNamed(d)) {
            return true;
        }
        int start = d.trigger().start();
        return d.language().dignitary().in(t, Math.max(0, start - Detection.WINDOW), start) || dignitaryRightAfter(d);
    }

    /**
     * A dignitary among the first words after the trigger, in its clause, where the language's visitor marker opens
     * them: the subject of a verb-first clause ("يزور الرئيس الايراني") or the visitor of a noun ("a visit by the
     * president"), not the visited ("visit those governments"). A language without the marker list has no such visitor.
     */
    private static boolean dignitaryRightAfter(Detection d) {
        String t = d.text();
        int end = d.trigger().end();
        int next = end;
        while (next < t.length() && Character.isWhitespace(t.charAt(next))) {
            next++;
        }
        MatchResult marker = d.language().visitorMarker().startingAt(t, next);
        if (marker == null) {
            return false;
        }
        Matcher word = WORD.matcher(t).region(marker.end(), t.length());
        for (int k = 0; k < VISITOR_WORDS && word.find(); k++) {
            if (PoliticalActorFilter.CLAUSE_END.matcher(t).region(end, word.start()).find()) {
                return false;
            }
            if (d.language().dignitary().at(t, word.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person named before the trigger ("Lavrov arrived in"), or just after it ("the visit of Lavrov"), never by the
     * trigger's own words: one named further on ("Coffee arrived in Brazil thanks to the efforts of Francisco de Mello
     * Palheta") is no visitor.
     */
    private static boolean visitorNamed(Detection d) {
        int start = d.original(d.trigger().start());
        int after = d.original(d.trigger().end());
        return d.occurrences().stream().anyMatch(o -> o.type().equals("PERSON")
                && (o.end() <= start || o.start() >= after && o.start() - after < GUEST_NAME_AFTER));
    }

    /**
     * A guest named by office inside the trigger (принял в Баку министра обороны) or just after it ("received the
     * President of Argentina", not "received a letter from the president"), or by name after it.
     */
    private static boolean hostsAGuest(Detection d) {
        Lexicon.Language words = d.language();
        String t = d.text();
        Trigger trigger = d.trigger();
        if (words.dignitary().in(t, trigger.start(), trigger.end())) {
            return true;
        }
        if (words.guestStop().listed()) {
            Matcher word = WORD.matcher(t).region(trigger.end(), t.length());
            for (int k = 0; k < GUEST_WORDS && word.find() && !words.guestStop().is(word.group()); k++) {
                if (words.dignitary().at(t, word.start())) {
                    return true;
                }
            }
        }
        int after = d.original(trigger.end());
        return d.occurrences().stream().anyMatch(o -> o.type().equals("PERSON") && o.start() >= after
                && o.start() - after < GUEST_NAME_AFTER);
    }
}
