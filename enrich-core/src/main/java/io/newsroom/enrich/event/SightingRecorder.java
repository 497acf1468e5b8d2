package io.newsroom.enrich.event;

import java.util.List;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Span;

/**
 * Records the trigger that every pass before kept as a sighting, with its confidence: higher for a named person among
 * the actors, a second actor, a date written out and a place; lower for a trigger without its noun ("also attended").
 * An expulsion gets the CAMEO code of who was expelled, another trigger its rule's code where the rule has one.
 * Stateless and thread-safe.
 */
final class SightingRecorder implements Pass {

    @Override
    public boolean apply(Detection d) {
        Trigger trigger = d.trigger();
        List<EntityRef> actors = d.actors();
        When when = d.when();
        // a person the gazetteer names, not a name found outside it
        boolean named = actors.stream().anyMatch(a -> a.id() != null && !Entity.isLocal(a.id()) && a.type().equals("PERSON"));
        double confidence = 0.4 + (named ? 0.2 : 0)
                + (actors.size() > 1 ? 0.1 : 0) + (when.explicit() || when.named() ? 0.15 : 0)
                + (d.places().isEmpty() ? 0 : 0.1) + (trigger.anaphoric() ? -0.1 : 0);
        d.record(new Sighting(trigger.type(), d.status(), when, actors, d.sources(), d.targets(), d.places(), d.sentence(),
                new Span(d.original(trigger.start()), d.original(trigger.end())),
                trigger.type().equals("EXPULSION") ? expulsionCode(d) : trigger.rule().cameo(), Math.min(0.95, confidence)));
        return true;
    }

    /** Diplomats 161, peacekeepers, inspectors or monitors 166, other people 174. */
    private static String expulsionCode(Detection d) {
        if (d.language().diplomat().in(d.text())) {
            return "161";
        }
        return d.language().mission().in(d.text()) ? "166" : "174";
    }
}
