package io.newsroom.enrich.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;

/**
 * Finds the diplomatic events an article reports, sentence by sentence, from the article's own title and text
 * (never menus or teasers) and the entities found in them:
 * <ol>
 * <li>a trigger of the article's language ({@link Lexicon}) names what happened;</li>
 * <li>the sentence is dropped when the trigger is negated ("did not meet"), blocked (a threat, demand, proposal,
 * refusal or condition: "threatened to impose sanctions", "called for talks"), generic ("have met several
 * times", "every year") or background (a date or year well before the article's);</li>
 * <li>the status is planned when the trigger is in a future form or under a future marker ("will", "يعتزم",
 * "планирует") or its date lies after the article's;</li>
 * <li>the actors are the sentence's people, countries and organisations, less the speaker of reported speech
 * ("X said that Y will visit"); a sentence with a pronoun for subject takes the last one's; without any, the
 * sentence must name a party (officials, a delegation, negotiators, a government); a capital opening the sentence
 * stands for its country;</li>
 * <li>the date comes from the sentence, else the article's date (see {@link TemporalResolver});</li>
 * </ol>
 * then {@link EventConsolidator} merges the reports of one event. Thread-safe.
 */
public final class EventDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:،؛(]|\\s[-–—]\\s");
    /** Characters before a trigger in which a marker (negation, future, threat) is read, within its clause. */
    private static final int WINDOW = 60;
    /** An explicit date this long before the article's is background, not news. */
    private static final int BACKGROUND_DAYS = 60;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TemporalResolver time = new TemporalResolver();
    private final EventConsolidator consolidator = new EventConsolidator();
    private final Map<String, EntityRef> capitals;

    /** @param capitals each capital's id with its country, which stands for it as the subject ("Washington said") */
    public EventDetector(Map<String, EntityRef> capitals) {
        this.capitals = Map.copyOf(capitals);
    }

    /** A trigger found in a sentence. */
    private record Match(Lexicon.Rule rule, int start, int end, boolean anaphoric) {
    }

    /** An entity mention inside the sentence being read, at its offsets in the sentence. */
    private record Occurrence(Entity entity, int start, int end) {
    }

    /**
     * @param lang      the article's language (en, ar, ru; others are read with the English words)
     * @param published the article's date, null when it gives none
     * @param seenOn    the day the article was fetched, its date when it gives none and its text fixes none
     */
    public List<Event> detect(String title, String text, String lang, List<Entity> entities, LocalDate published, LocalDate seenOn) {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        LocalDate reference = published;
        if (reference == null) {
            LocalDate anniversary = time.anniversary(title + "\n" + text);
            reference = anniversary != null ? anniversary : seenOn;
        }
        Lexicon.Language words = Lexicon.of(lang, title + text);
        List<Sentence> sentences = new ArrayList<>(splitter.split("title", title));
        sentences.addAll(splitter.split("text", text));
        List<Sighting> sightings = new ArrayList<>();
        EntityRef subject = null;
        int subjectSentence = -10;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            TextNormalizer.Normalized n = TextNormalizer.normalize(s.text());
            String t = n.text();
            List<Match> matches = triggers(words, t, sightings);
            if (matches.isEmpty() || words.generic().in(t)) {
                continue;
            }
            boolean conditional = words.conditional().in(t);
            List<Occurrence> inSentence = subjectCapitalsAsCountries(mentions(entities, s), s.text());
            for (Match m : matches) {
                if (conditional || negatedOrBlocked(words, t, s.text(), n, m)) {
                    continue;
                }
                boolean planned = planned(words, t, m, s.field().equals("title"));
                When when = time.resolve(s.text(), reference, planned, m.rule().type().equals("CEREMONY"));
                if (!planned && (when.explicit() || when.named()) && when.date() != null && reference != null
                        && when.date().isAfter(reference)) {
                    planned = true;
                }
                if (background(words, when, reference, t, m)) {
                    continue;
                }
                if (when.date() == null && when.year() == null && !planned) {
                    when = new When(reference, null, null, false, false);
                }
                List<EntityRef> actors = actors(words, t, n, s, m, matches, inSentence);
                if (subject != null && i - subjectSentence <= 2 && words.pronounSubject().at(t, 0)) {
                    EntityRef carried = subject;
                    if (actors.stream().noneMatch(a -> a.key().equals(carried.key()))) {
                        actors.add(0, carried);
                    }
                }
                // "Israeli and Jordanian officials held talks": parties the gazetteer cannot name still make an event
                if (actors.isEmpty() && !namesAParty(words, t)
                        || m.rule().twoParties()
                        && (parties(inSentence) < 2 || bareModalWithoutName(words, t, m, inSentence, n, s))
                        || !movedByDignitary(words, t, m, actors, inSentence, n, s.text().length())
                        || m.rule().type().equals("COOPERATION") && words.hostileObject().in(t.substring(m.end()))) {
                    continue;
                }
                List<EntityRef> places = places(m, inSentence, n, s);
                double confidence = 0.4 + (actors.stream().anyMatch(a -> a.id() != null && a.type().equals("PERSON")) ? 0.2 : 0)
                        + (actors.size() > 1 ? 0.1 : 0) + (when.explicit() || when.named() ? 0.15 : 0)
                        + (places.isEmpty() ? 0 : 0.1) + (m.anaphoric() ? -0.1 : 0);
                sightings.add(new Sighting(m.rule().type(), planned, when, actors, places, s,
                        m.rule().type().equals("EXPULSION") ? expulsionCode(words, t) : null, Math.min(0.95, confidence)));
                EntityRef first = actors.stream().filter(a -> a.type().equals("PERSON")).findFirst().orElse(null);
                if (first != null) {
                    subject = first;
                    subjectSentence = i;
                }
            }
        }
        Map<String, Double> salience = new LinkedHashMap<>();
        for (Entity e : entities) {
            salience.put(new EntityRef(e.id(), e.name(), e.type()).key(), e.salience());
        }
        return consolidator.consolidate(sightings, salience, entities);
    }

    /**
     * The triggers of a sentence, one per type, overlapping ones resolved by rule priority. A trigger starts a word,
     * so each rule is tried at word starts only, not at every character.
     */
    private static List<Match> triggers(Lexicon.Language words, String t, List<Sighting> earlier) {
        int[] wordStarts = wordStarts(t);
        List<Match> found = new ArrayList<>();
        for (Lexicon.Rule rule : words.rules()) {
            if (found.stream().anyMatch(f -> f.rule().type().equals(rule.type()))) {
                continue;
            }
            Matcher m = rule.trigger().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            for (int ws : wordStarts) {
                if (!rule.starts().mayStartAt(t, ws) || !m.region(ws, t.length()).lookingAt()) {
                    continue;
                }
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                    continue;
                }
                boolean anaphoric = false;
                if (rule.noun() != null && !nounNear(rule.noun(), t, start, end)) {
                    anaphoric = rule.anaphoric() && words.also().in(t.substring(Math.max(0, start - 40), start))
                            && earlier.stream().anyMatch(e -> e.type().equals(rule.type()));
                    if (!anaphoric) {
                        continue;
                    }
                }
                found.add(new Match(rule, start, end, anaphoric));
                break;
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    private static int[] wordStarts(String t) {
        int[] starts = new int[t.length()];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static boolean nounNear(Pattern noun, String t, int start, int end) {
        Matcher m = noun.matcher(t).region(Math.max(0, start - Lexicon.NOUN_WINDOW), Math.min(t.length(), end + Lexicon.NOUN_WINDOW));
        return m.find();
    }

    /** The characters before the trigger, back to the start of its clause or {@link #WINDOW} characters. */
    private static int clauseStart(String t, int trigger) {
        int from = Math.max(0, trigger - WINDOW);
        Matcher b = CLAUSE_BREAK.matcher(t).region(from, trigger);
        int start = from;
        while (b.find()) {
            start = b.end();
        }
        return start;
    }

    private static boolean negatedOrBlocked(Lexicon.Language words, String t, String original, TextNormalizer.Normalized n, Match m) {
        int from = clauseStart(t, m.start());
        String before = t.substring(from, m.start());
        if (words.negation().in(before) || words.cancelled().in(t.substring(m.end()))) {
            return true;
        }
        // a blocker may run into the trigger ("called for talks") as long as it starts before it
        for (MatchResult b : words.blocker().all(t, from, m.end())) {
            if (b.start() >= m.start()) {
                break;
            }
            int o = n.originalOffset(b.start(), original.length());
            // "May 8" is a month, not the modal
            if (!(words.monthHomograph().is(b.group()) && Character.isUpperCase(original.charAt(o)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean planned(Lexicon.Language words, String t, Match m, boolean headline) {
        String trigger = t.substring(m.start(), m.end());
        // "agreed to cooperate" reports an agreement made; elsewhere a future form of the trigger is a plan
        if (!m.rule().type().equals("COOPERATION")
                && (words.futurePrefix().at(trigger, 0) || words.planned().in(trigger))) {
            return true;
        }
        int from = clauseStart(t, m.start());
        if (words.planned().in(t, from, m.start())
                || headline && words.headlineInfinitive().in(t.substring(from, m.start()))) {
            return true;
        }
        MatchResult after = words.plannedAfter().first(t, m.end(), Math.min(t.length(), m.end() + 40));
        return after != null && !t.substring(m.end(), after.start()).contains(",");
    }

    private static boolean background(Lexicon.Language words, When when, LocalDate reference, String t, Match m) {
        if (when.year() != null) {
            if (reference != null) {
                return when.year() < reference.getYear();
            }
            return words.pastPerfect().in(t.substring(0, m.start()));
        }
        return when.explicit() && when.date() != null && reference != null
                && when.date().isBefore(reference.minusDays(BACKGROUND_DAYS));
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

    /**
     * A capital that opens the sentence or a clause, or is joined to one that does ("Washington said", "Moscow and
     * Kyiv agreed"), is its country; after a preposition ("talks in Moscow") or in a dateline ("KYIV, Nov 28") it
     * stays a place.
     */
    private List<Occurrence> subjectCapitalsAsCountries(List<Occurrence> inSentence, String sentence) {
        List<Occurrence> out = new ArrayList<>(inSentence.size());
        int previousSubjectEnd = -1;
        int previousEnd = -1;
        for (Occurrence o : inSentence) {
            EntityRef country = o.entity().type().equals("PLACE") ? capitals.get(o.entity().id()) : null;
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

    /**
     * People first, then countries and organisations, each in order of mention; the speaker of reported speech left
     * out. In a sentence with several triggers each takes the names nearest to it, and all take the sentence's
     * subject, its first person ("X attended the parade and met Y": Y met X, Y did not attend).
     */
    private static List<EntityRef> actors(Lexicon.Language words, String t, TextNormalizer.Normalized n, Sentence s, Match m,
                                          List<Match> all, List<Occurrence> everywhere) {
        List<Occurrence> inSentence = everywhere;
        if (all.size() > 1) {
            int length = s.text().length();
            Occurrence subject = everywhere.stream().filter(o -> o.entity().type().equals("PERSON")).findFirst().orElse(null);
            inSentence = everywhere.stream().filter(o -> o == subject || nearest(o, all, n, length) == m).toList();
        }
        int from = 0;
        for (MatchResult speech : words.speech().all(t, 0, m.start())) {
            from = speech.end();
            MatchResult that = words.complementizer().first(t, speech.end(), m.start());
            if (that != null) {
                from = that.end();
            }
        }
        int to = t.length();
        MatchResult tail = words.speech().first(t, m.end(), t.length());
        if (tail != null) {
            int comma = t.lastIndexOf(',', tail.start());
            if (comma > m.end() && tail.start() - comma < 90) {
                to = comma;
            }
        }
        int fromOriginal = n.originalOffset(from, s.text().length());
        int toOriginal = n.originalOffset(to, s.text().length());
        if (inSentence.stream().noneMatch(p -> !p.entity().type().equals("PLACE") && p.start() >= fromOriginal && p.start() < toOriginal)) {
            return new ArrayList<>();
        }
        List<EntityRef> actors = new ArrayList<>();
        for (String type : List.of("PERSON", "COUNTRY", "ORGANIZATION")) {
            for (Occurrence p : inSentence) {
                Entity e = p.entity();
                EntityRef ref = new EntityRef(e.id(), e.name(), e.type());
                if (e.type().equals(type) && p.start() >= fromOriginal && p.start() < toOriginal
                        && actors.stream().noneMatch(a -> a.key().equals(ref.key()))) {
                    actors.add(ref);
                }
            }
        }
        return actors;
    }

    /** "will reopen" with no pronoun in the trigger speaks of a named subject only right before it ("Algeria will"). */
    private static boolean bareModalWithoutName(Lexicon.Language words, String t, Match m, List<Occurrence> inSentence,
                                                TextNormalizer.Normalized n, Sentence s) {
        if (!words.bareModal().at(t, m.start())) {
            return false;
        }
        int start = n.originalOffset(m.start(), s.text().length());
        return inSentence.stream().noneMatch(o -> !o.entity().type().equals("PLACE") && o.end() <= start
                && s.text().substring(o.end(), start).isBlank());
    }

    /** The countries, people and organisations a sentence names, speaker included. */
    private static long parties(List<Occurrence> inSentence) {
        return inSentence.stream().filter(o -> !o.entity().type().equals("PLACE"))
                .map(o -> new EntityRef(o.entity().id(), o.entity().name(), o.entity().type()).key())
                .distinct().count();
    }

    private static boolean namesAParty(Lexicon.Language words, String t) {
        for (MatchResult d : words.dignitary().all(t, 0, t.length())) {
            if (!words.speakerVerb().in(t.substring(d.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Troops, refugees or ships "arriving in" a country are no visit: a visit needs a person or a dignitary; and
     * a host receives a person ("received King Abdullah", not "received a letter").
     */
    private static boolean movedByDignitary(Lexicon.Language words, String t, Match m, List<EntityRef> actors,
                                            List<Occurrence> inSentence, TextNormalizer.Normalized n, int length) {
        if (m.rule().type().equals("HOSTED_VISIT")) {
            // a guest named by office inside the trigger (принял в Баку министра обороны) or just after it ("received
            // the President of Argentina", not "received a letter from the president"), or by name after it
            if (words.dignitary().in(t, m.start(), m.end())) {
                return true;
            }
            if (words.guestStop().listed()) {
                Matcher word = WORD.matcher(t).region(m.end(), t.length());
                for (int k = 0; k < 4 && word.find() && !words.guestStop().is(word.group()); k++) {
                    if (words.dignitary().at(t, word.start())) {
                        return true;
                    }
                }
            }
            int after = n.originalOffset(m.end(), length);
            return inSentence.stream().anyMatch(o -> o.entity().type().equals("PERSON") && o.start() >= after && o.start() - after < 40);
        }
        if (!EventMention.family(m.rule().type()).equals("VISIT")
                || actors.stream().anyMatch(a -> a.type().equals("PERSON"))) {
            return true;
        }
        return words.dignitary().in(t, Math.max(0, m.start() - WINDOW), m.start());
    }

    private static Match nearest(Occurrence o, List<Match> all, TextNormalizer.Normalized n, int length) {
        Match best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Match m : all) {
            int start = n.originalOffset(m.start(), length);
            int end = n.originalOffset(m.end(), length);
            int d = o.start() < start ? start - o.start() : Math.max(0, o.start() - end);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Places of the sentence; for a visit without one, the country it goes to. */
    private static List<EntityRef> places(Match m, List<Occurrence> inSentence, TextNormalizer.Normalized n, Sentence s) {
        List<EntityRef> places = new ArrayList<>();
        for (Occurrence p : inSentence) {
            if (p.entity().type().equals("PLACE")) {
                places.add(new EntityRef(p.entity().id(), p.entity().name(), "PLACE"));
            }
        }
        if (places.isEmpty() && EventMention.family(m.rule().type()).equals("VISIT")) {
            int after = n.originalOffset(m.start(), s.text().length());
            inSentence.stream().filter(p -> p.entity().type().equals("COUNTRY") && p.start() >= after).findFirst()
                    .ifPresent(p -> places.add(new EntityRef(p.entity().id(), p.entity().name(), "COUNTRY")));
        }
        return places;
    }

    private static String expulsionCode(Lexicon.Language words, String t) {
        if (words.diplomat().in(t)) {
            return "161";
        }
        return words.mission().in(t) ? "166" : "174";
    }
}
