package io.newsroom.enrich.event;

import java.util.regex.MatchResult;

import io.newsroom.contracts.Event;

/**
 * Drops a trigger that is negated or put off ("did not meet", "the visit was postponed") or blocked: a threat,
 * demand, proposal, refusal, wish or praise in its clause before it ("threatened to impose sanctions", "called for
 * talks"). Keeps a denied one ("denied that Putin would visit") as denied and a called-off one ("cancelled his
 * visit", "the visit was cancelled") as cancelled: the analyst follows a plan until it is off. A denial of something
 * else before the trigger drops it, as a negation does. Stateless and thread-safe.
 */
final class BlockerFilter implements Pass {

    /** Words between a denial and the trigger it denies without a complementizer ("denied reports of a visit"). */
    private static final int DENIAL_REACH = 3;

    @Override
    public boolean apply(Detection d) {
        Lexicon.Language words = d.language();
        String t = d.text();
        Trigger trigger = d.trigger();
        int from = d.clauseStart();
        String before = t.substring(from, trigger.start());
        String after = t.substring(trigger.end());
        if (words.negation().in(before) || words.postponed().in(after)) {
            return false;
        }
        // a blocker may run into the trigger ("called for talks") as long as it starts before it
        if (words.blocker().any(t, from, trigger.end(), b -> b.start() < trigger.start() && !month(d, b))) {
            return false;
        }
        MatchResult denial = words.denial().last(t, from, trigger.start());
        if (denial != null) {
            if (!governs(words, t.substring(denial.end(), trigger.start()))) {
                return false;
            }
            d.negated(Event.DENIED);
        } else if (words.cancellation().in(before) || words.cancelled().in(after)) {
            d.negated(Event.CANCELLED);
        }
        return true;
    }

    /**
     * Whether a denial is of the trigger: it reports a clause ("denied that Putin met...") or the trigger's phrase
     * follows it closely ("denied reports of a visit"), not another verb's ("denied infecting two women he met").
     */
    private static boolean governs(Lexicon.Language words, String between) {
        return words.complementizer().in(between) || ActorFinder.wordCount(between) <= DENIAL_REACH;
    }

    /** "May 8" is a month, not the modal. */
    private static boolean month(Detection d, MatchResult blocker) {
        return d.language().monthHomograph().is(blocker.group())
                && Character.isUpperCase(d.sentence().text().charAt(d.original(blocker.start())));
    }
}
