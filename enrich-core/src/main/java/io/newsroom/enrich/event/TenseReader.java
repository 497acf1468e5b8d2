package io.newsroom.enrich.event;

import java.util.regex.MatchResult;

/**
 * Marks a trigger planned when its words say so: a future form of the trigger ("سيزور", "посетит") or a future marker
 * in its clause before it ("will", "plans to", "يعتزم", "планирует"), a headline's infinitive ("Tokayev to visit
 * Moscow"), or a time to come right after it ("meet next week"). An agreement to cooperate is one made, whatever its
 * wording ("agreed to cooperate"). Stateless and thread-safe.
 */
final class TenseReader implements Pass {

    /** Characters after a trigger in which a time to come ("next week") makes it planned. */
    private static final int AFTER = 40;

    @Override
    public boolean apply(Detection d) {
        d.planned(planned(d));
        return true;
    }

    private static boolean planned(Detection d) {
        Lexicon.Language words = d.language();
        String t = d.text();
        Trigger trigger = d.trigger();
        String form = t.substring(trigger.start(), trigger.end());
        if (!trigger.type().equals("COOPERATION") && (words.futurePrefix().at(form, 0) || words.planned().in(form))) {
            return true;
        }
        int from = d.clauseStart();
        if (words.planned().in(t, from, trigger.start())
                || d.headline() && words.headlineInfinitive().in(t.substring(from, trigger.start()))) {
            return true;
        }
        MatchResult after = words.plannedAfter().first(t, trigger.end(), Math.min(t.length(), trigger.end() + AFTER));
        return after != null && !t.substring(trigger.end(), after.start()).contains(",");
    }
}
