package io.newsroom.enrich.event;

import java.util.regex.MatchResult;

/**
 * Drops a trigger that is negated ("did not meet", "the visit was cancelled") or blocked: a threat, demand, proposal,
 * refusal, wish or praise in its clause before it ("threatened to impose sanctions", "called for talks"). Stateless
 * and thread-safe.
 */
final class BlockerFilter implements Pass {

    @Override
    public boolean apply(Detection d) {
        Lexicon.Language words = d.language();
        String t = d.text();
        Trigger trigger = d.trigger();
        int from = d.clauseStart();
        if (words.negation().in(t.substring(from, trigger.start())) || words.cancelled().in(t.substring(trigger.end()))) {
            return false;
        }
        // a blocker may run into the trigger ("called for talks") as long as it starts before it
        return !words.blocker().any(t, from, trigger.end(), b -> b.start() < trigger.start() && !month(d, b));
    }

    /** "May 8" is a month, not the modal. */
    private static boolean month(Detection d, MatchResult blocker) {
        return d.language().monthHomograph().is(blocker.group())
                && Character.isUpperCase(d.sentence().text().charAt(d.original(blocker.start())));
    }
}
