package io.newsroom.enrich.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.FamilyRoles;

/**
 * Merges the sightings of one article into its events: sightings of one family (a visit and its hosting; a
 * meeting and its talks) with the same status, dates a day apart at most, the same people (one's a subset of the
 * other's; for ceremonies, any: one article's parade on one day is one parade) and, in a directed family, no party
 * in opposite roles (sanctions and the counter-sanctions are two) are one event. Each event then gets its CAMEO and
 * PLOVER codes, its most specific type, its sources and targets as that type words them, and its place. Pure.
 */
final class EventConsolidator {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    /** Within a family, the more specific type names the merged event. */
    private static final List<String> SPECIFICITY = List.of("SUMMIT", "TALKS", "PHONE_CALL", "MEDIATION", "MEETING", "VISIT",
            "HOSTED_VISIT", "AGREEMENT", "COOPERATION");

    private static final class Group {
        final List<Sighting> sightings = new ArrayList<>();

        Group(Sighting first) {
            sightings.add(first);
        }

        Sighting first() {
            return sightings.get(0);
        }

        boolean accepts(Sighting s) {
            Sighting f = first();
            if (!EventMention.family(f.type()).equals(EventMention.family(s.type())) || !f.status().equals(s.status())
                    || !datesMeet(s)) {
                return false;
            }
            if (f.type().equals("CEREMONY")) {
                return true;
            }
            return EntityRef.sameParticipants(sightings.stream().flatMap(x -> x.actors().stream()).toList(), s.actors())
                    && !roles(sightings).opposes(roles(s), EventMention.family(s.type()));
        }

        private boolean datesMeet(Sighting s) {
            LocalDate a = date();
            LocalDate b = s.when().date();
            return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
        }

        static FamilyRoles roles(Sighting s) {
            return FamilyRoles.of(s.type(), s.sources(), s.targets());
        }

        static FamilyRoles roles(List<Sighting> sightings) {
            return FamilyRoles.union(sightings.stream().map(Group::roles).toList());
        }

        static boolean hasPerson(Sighting s) {
            return s.actors().stream().anyMatch(a -> a.type().equals("PERSON"));
        }

        LocalDate date() {
            return sightings.stream().filter(s -> s.when().date() != null)
                    .sorted(Comparator.comparing((Sighting s) -> !(s.when().explicit() || s.when().named())))
                    .map(s -> s.when().date()).findFirst().orElse(null);
        }
    }

    List<Event> consolidate(List<Sighting> sightings, List<Entity> entities) {
        Map<String, Double> salience = new LinkedHashMap<>();
        for (Entity e : entities) {
            salience.put(new EntityRef(e.id(), e.name(), e.type()).key(), e.salience());
        }
        List<Group> groups = new ArrayList<>();
        for (Sighting s : sightings) {
            groups.stream().filter(g -> g.accepts(s)).findFirst().ifPresentOrElse(g -> g.sightings.add(s), () -> groups.add(new Group(s)));
        }
        List<Event> events = new ArrayList<>();
        for (Group g : groups) {
            events.add(event(g, salience, entities));
        }
        return events;
    }

    private static Event event(Group g, Map<String, Double> salience, List<Entity> entities) {
        String type = g.sightings.stream().map(Sighting::type)
                .min(Comparator.comparingInt(t -> SPECIFICITY.contains(t) ? SPECIFICITY.indexOf(t) : SPECIFICITY.size())).orElseThrow();
        String status = g.first().status();
        Map<String, EntityRef> actors = new LinkedHashMap<>();
        // a sentence about the parade that names no one adds no attendee to those the others name
        boolean named = g.sightings.stream().anyMatch(Group::hasPerson);
        g.sightings.stream().filter(s -> !named || !type.equals("CEREMONY") || Group.hasPerson(s))
                .forEach(s -> s.actors().forEach(a -> actors.putIfAbsent(a.key(), a)));
        List<EntityRef> ordered = new ArrayList<>(actors.values());
        ordered.sort(Comparator.comparingInt(a -> switch (a.type()) {
            case "PERSON" -> 0;
            case "COUNTRY" -> 1;
            default -> 2;
        }));
        // a sentence's subject is a source whatever another sentence makes it; a hosting read as the visit it is
        FamilyRoles roles = Group.roles(g.sightings).as(type);
        Set<String> sources = roles.sources().stream().map(EntityRef::key).collect(Collectors.toSet());
        Set<String> targets = roles.targets().stream().map(EntityRef::key).collect(Collectors.toSet());
        LocalDate date = g.date();
        LocalDate end = g.sightings.stream().map(s -> s.when().end()).filter(e -> e != null).max(LocalDate::compareTo).orElse(null);
        Sighting best = g.sightings.stream().max(Comparator.comparingDouble(Sighting::confidence)
                .thenComparing(s -> s.sentence().field().equals("text"))).orElseThrow();
        double confidence = Math.min(0.99, best.confidence() + 0.05 * (g.sightings.size() - 1));
        String[] codes = codes(type, status, cameo(g, type));
        return new Event(type, codes[0], codes[1], status, ordered,
                ordered.stream().filter(a -> sources.contains(a.key())).toList(),
                ordered.stream().filter(a -> targets.contains(a.key())).toList(), place(g, salience, entities),
                date, end != null && date != null && end.isAfter(date) ? end : null, best.sentence().text(), best.trigger(),
                Math.round(confidence * 100) / 100.0, PloverModes.mode(codes[0], codes[1]));
    }

    /**
     * The most salient place of the event's sentences, a city the gazetteer knows by QID first; a place without a
     * QID (a landmark such as the Kremlin) gives way to a QID place the article names more prominently.
     */
    private static EntityRef place(Group g, Map<String, Double> salience, List<Entity> entities) {
        List<EntityRef> candidates = new ArrayList<>();
        g.sightings.forEach(s -> s.places().forEach(p -> {
            if (candidates.stream().noneMatch(c -> c.key().equals(p.key()))) {
                candidates.add(p);
            }
        }));
        Comparator<EntityRef> bySalience = Comparator.comparingDouble(p -> salience.getOrDefault(p.key(), 0.0));
        EntityRef city = candidates.stream().filter(p -> p.type().equals("PLACE") && isQid(p.id())).max(bySalience).orElse(null);
        if (city != null) {
            return city;
        }
        EntityRef local = candidates.stream().filter(p -> p.type().equals("PLACE")).max(bySalience).orElse(null);
        if (local != null) {
            double own = salience.getOrDefault(local.key(), 0.0);
            return entities.stream().filter(e -> e.type().equals("PLACE") && isQid(e.id()) && e.salience() > own)
                    .max(Comparator.comparingDouble(Entity::salience))
                    .map(e -> new EntityRef(e.id(), e.name(), e.type())).orElse(local);
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static boolean isQid(String id) {
        return id != null && QID.matcher(id).matches();
    }

    /**
     * The code the words of the event's sentences give it when not its type's own: an expulsion's by who was expelled
     * (the first sentence's), an agreement reached only when no sentence says it was signed; else null.
     */
    private static String cameo(Group g, String type) {
        List<String> codes = g.sightings.stream().filter(s -> s.type().equals(type)).map(Sighting::cameo).toList();
        return codes.isEmpty() || codes.contains(null) ? null : codes.get(0);
    }

    /**
     * CAMEO code and PLOVER type: intentions are 036 / 030 and AGREE (PLOVER codes intent to meet as AGREE). A
     * cancelled meeting or visit is 125 and REJECT (the PLOVER manual: "cancellation of meetings are REJECT"), a
     * called-off agreement 160 and SANCTION (PETRARCH's CAMEO verb dictionary codes "call off" 160), sanctions called
     * off 085 and RETREAT; a denied event, or a called-off rupture, has neither (CAMEO's denials, 016, are among the
     * statements PLOVER drops). Occurred, an agreement signed, ratified or concluded is 057 and SUPPORT (the PLOVER
     * manual: "ratify, sign, or finalize an agreement or treaty" is SUPPORT), one reached 030 and AGREE; an expulsion
     * 161, 166 or 174 by who was expelled. Past an intention, an event whose words give a code has that code and the
     * PLOVER type the CAMEO-to-PLOVER table gives it.
     *
     * @param cameo the code the sentences' words give ({@link Sighting#cameo()}), null for the type's own
     */
    static String[] codes(String type, String status, String cameo) {
        if (status.equals(Event.DENIED)) {
            return new String[] {null, null};
        }
        if (status.equals(Event.CANCELLED)) {
            return switch (EventMention.family(type)) {
                case "VISIT", "MEETING", "CEREMONY" -> new String[] {"125", "REJECT"};
                case "AGREEMENT" -> new String[] {"160", "SANCTION"};
                case "SANCTIONS" -> new String[] {"085", "RETREAT"};
                default -> new String[] {null, null};
            };
        }
        if (status.equals(Event.PLANNED)) {
            switch (type) {
                case "VISIT", "HOSTED_VISIT", "MEETING", "TALKS", "PHONE_CALL", "SUMMIT", "CEREMONY", "MEDIATION" -> {
                    return new String[] {"036", "AGREE"};
                }
                case "AGREEMENT", "COOPERATION" -> {
                    return new String[] {"030", "AGREE"};
                }
                default -> {
                }
            }
        }
        if (cameo != null) {
            return new String[] {cameo, PloverModes.type(cameo)};
        }
        return switch (type) {
            case "VISIT", "CEREMONY" -> new String[] {"042", "CONSULT"};
            case "HOSTED_VISIT" -> new String[] {"043", "CONSULT"};
            case "MEETING" -> new String[] {"040", "CONSULT"};
            case "PHONE_CALL" -> new String[] {"041", "CONSULT"};
            case "SUMMIT" -> new String[] {"044", "CONSULT"};
            case "MEDIATION" -> new String[] {"045", "CONSULT"};
            case "TALKS" -> new String[] {"046", "CONSULT"};
            case "AGREEMENT" -> new String[] {"057", "SUPPORT"};
            case "COOPERATION" -> new String[] {"030", "AGREE"};
            case "SANCTIONS" -> new String[] {"163", "SANCTION"};
            case "RELATIONS_CUT" -> new String[] {"161", "SANCTION"};
            case "AID_CUT" -> new String[] {"162", "SANCTION"};
            case "TALKS_SUSPENDED" -> new String[] {"164", "SANCTION"};
            case "EXPULSION" -> new String[] {"174", "COERCE"};
            default -> throw new IllegalArgumentException("unknown event type " + type);
        };
    }
}
