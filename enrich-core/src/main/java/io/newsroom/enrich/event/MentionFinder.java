package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;

/**
 * Finds the entity mentions of the sentence, in order. A capital that opens the sentence or a clause, or is joined to
 * one that does ("Washington said", "Moscow and Kyiv agreed"), is its country; after a preposition ("talks in
 * Moscow") or in a dateline ("KYIV, Nov 28") it stays a place. Immutable and thread-safe.
 */
final class MentionFinder implements Pass {

    private final Map<String, EntityRef> capitals;

    /** @param capitals each capital's id with its country */
    MentionFinder(Map<String, EntityRef> capitals) {
        this.capitals = Map.copyOf(capitals);
    }

    @Override
    public boolean apply(Detection d) {
        d.occurrences(subjectCapitalsAsCountries(mentions(d.entities(), d.sentence()), d.sentence().text()));
        return true;
    }

    private static List<Occurrence> mentions(List<Entity> entities, Sentence s) {
        List<Occurrence> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Entity.Mention mention : e.mentions()) {
                if (mention.field().equals(s.field()) && mention.start() >= s.start() && mention.end() <= s.end()) {
                    out.add(new Occurrence(e, mention.start() - s.start(), mention.end() - s.start()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Occurrence::start));
        return out;
    }

    private List<Occurrence> subjectCapitalsAsCountries(List<Occurrence> inSentence, String sentence) {
        List<Occurrence> out = new ArrayList<>(inSentence.size());
        int previousSubjectEnd = -1;
        int previousEnd = -1;
        for (Occurrence o : inSentence) {
            EntityRef country = o.type().equals("PLACE") ? capitals.get(o.entity().id()) : null;
            int at = previousEnd;
            previousEnd = Math.max(previousEnd, o.end());
            if (country == null || o.start() < at) {
                out.add(o);
                continue;
            }
            String before = sentence.substring(0, o.start()).strip();
            // after a comma, unless the comma continues a list of names ("visited Dushanbe, Tashkent and Bishkek")
            boolean opens = before.isEmpty() || (before.endsWith(",") || before.endsWith(";"))
                    && (at < 0 || sentence.substring(at, o.start()).strip().length() > 1)
                    || previousSubjectEnd >= 0
                    && sentence.substring(previousSubjectEnd, o.start()).strip().equals("and");
            String after = sentence.substring(Math.min(o.end(), sentence.length())).stripLeading();
            if (opens && !after.isEmpty() && Character.isLetter(after.charAt(0))) {
                out.add(new Occurrence(new Entity(country.id(), country.name(), country.type(), o.entity().salience(),
                        o.entity().mentions()), o.start(), o.end()));
                previousSubjectEnd = o.end();
            } else {
                out.add(o);
            }
        }
        return out;
    }
}
