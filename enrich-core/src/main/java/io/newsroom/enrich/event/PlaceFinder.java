package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.EventMention;

/**
 * Finds a trigger's places: those of its sentence, in order; for a visit without one, the first country named after
 * the trigger, where it goes. Stateless and thread-safe.
 */
final class PlaceFinder implements Pass {

    @Override
    public boolean apply(Detection d) {
        List<EntityRef> places = new ArrayList<>();
        for (Occurrence o : d.occurrences()) {
            if (o.type().equals("PLACE")) {
                places.add(o.ref());
            }
        }
        if (places.isEmpty() && EventMention.family(d.trigger().type()).equals("VISIT")) {
            int after = d.original(d.trigger().start());
            d.occurrences().stream().filter(o -> o.type().equals("COUNTRY") && o.start() >= after).findFirst()
                    .ifPresent(o -> places.add(o.ref()));
        }
        d.places(places);
        return true;
    }
}
