package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.contracts.EntityRef;

/**
 * Finds a trigger's actors: the sentence's people first, then countries and organisations, each in order of mention;
 * the speaker of reported speech left out ("X said that Y will visit", ", X told TASS") unless a pronoun opening what
 * is reported makes the speaker its subject ("Britain said it had expelled"). In a sentence with several
 * triggers each takes the names nearest to it, and all take the sentence's subject, its first person ("X attended the
 * parade and met Y": Y met X, Y did not attend). A sentence opening with a pronoun ("He met...") takes the last
 * person named.
 * <p>
 * Roles, as PLOVER's source and target: the actors before the trigger in its clause are its subject, those after it
 * its object; after a passive's agent word ("was received by X") the agent is the source and the subject the target;
 * with no actor before it (a verb-first clause, as Arabic's usual order, or "talks between X and Y") the first actor
 * after it is the source and the rest are targets. A pronoun subject's person is a source, and the actors after the
 * trigger are then its targets ("He met X and Y"). After an invitation ("Egypt invited Netanyahu to visit Cairo") the
 * invited is the source and who invites the target, as PLOVER codes the visitor and the host. A country or body
 * qualifying a person ("Russian Defence Minister
 * Andrei Belousov") takes that person's role. Stateless and thread-safe.
 */
final class ActorFinder implements Pass {

    private static final List<String> ORDER = List.of("PERSON", "COUNTRY", "ORGANIZATION");
    /** A speech verb after the trigger ends its clause's actors at the comma before it, this close to it. */
    private static final int SPEAKER_AFTER_COMMA = 90;
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.،؛]");
    /** Words of title between a country or body and the person it qualifies ("Defence Minister", "Security Council"). */
    private static final int ATTRIBUTE_WORDS = 4;
    /** Words between an agent word and its phrase ("by the Russian President Vladimir Putin": "the"). */
    private static final int AGENT_REACH = 3;
    /**
     * Words between the trigger and its agent word ("was received in Moscow by"); further on, a "by" is another verb's
     * ("will send a team to identify victims killed by the crash").
     */
    private static final int AGENT_DISTANCE = 4;

    @Override
    public boolean apply(Detection d) {
        List<Occurrence> between = between(d);
        List<EntityRef> actors = actors(between);
        Set<String> sources = new HashSet<>();
        Set<String> targets = new HashSet<>();
        EntityRef carried = d.subject();
        boolean pronoun = carried != null && d.language().pronounSubject().at(d.text(), 0);
        roles(d, between, pronoun, sources, targets);
        if (pronoun && actors.stream().noneMatch(a -> a.key().equals(carried.key()))) {
            actors.add(0, carried);
            sources.add(carried.key());
            targets.remove(carried.key());
        }
        d.actors(actors);
        d.roles(sources, targets);
        return true;
    }

    /** The mentions of the trigger's clause, without the speaker of reported speech or a denial. */
    private static List<Occurrence> between(Detection d) {
        String t = d.text();
        Trigger trigger = d.trigger();
        List<Occurrence> inSentence = d.occurrences();
        if (d.triggers().size() > 1) {
            Occurrence subject = inSentence.stream().filter(o -> o.type().equals("PERSON")).findFirst().orElse(null);
            inSentence = inSentence.stream().filter(o -> o == subject || nearest(o, d) == trigger).toList();
        }
        // what the last verb of speech (or denial) before the trigger reports, from its "that" on if it has one
        int from = 0;
        MatchResult speech = later(d.language().speech().last(t, 0, trigger.start()),
                d.language().denial().last(t, 0, trigger.start()));
        if (speech != null) {
            MatchResult that = d.language().complementizer().first(t, speech.end(), trigger.start());
            from = that != null ? that.end() : speech.end();
            if (d.language().reportedSubject().at(t, from)) {
                // the speaker is the subject again ("Britain said it had expelled"): its names are the event's, from
                // the start of the speaker's clause
                from = clauseStart(t, speech.start());
            }
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
        return inSentence.stream().filter(o -> o.start() >= fromOriginal && o.start() < toOriginal).toList();
    }

    /** Where the clause holding {@code at} starts: after the last punctuation before it, or the sentence's start. */
    private static int clauseStart(String t, int at) {
        Matcher m = PUNCTUATION.matcher(t).region(0, at);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static MatchResult later(MatchResult a, MatchResult b) {
        return a == null || b != null && b.start() > a.start() ? b : a;
    }

    private static List<EntityRef> actors(List<Occurrence> between) {
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

    /** Sorts the clause's actors into sources and targets by where they stand to the trigger (see the class). */
    private static void roles(Detection d, List<Occurrence> between, boolean pronounSubject, Set<String> sources,
            Set<String> targets) {
        int start = d.original(d.trigger().start());
        int end = d.original(d.trigger().end());
        List<List<Occurrence>> before = new ArrayList<>();
        List<List<Occurrence>> after = new ArrayList<>();
        for (List<Occurrence> phrase : phrases(d.sentence().text(), between)) {
            (phrase.get(0).start() < start ? before : after).add(phrase);
        }
        int agent = agent(d, after, end);
        MatchResult invitation = d.language().inviting().last(d.text(), 0, d.trigger().start());
        if (invitation != null && agent < 0) {
            // "Egypt invited Netanyahu to visit Cairo": who invites hosts (the target), who is invited visits (the
            // source); each name by where it stands ("Президент Египта пригласил Нетаньяху" is no one phrase)
            int invited = d.original(invitation.end());
            before.forEach(p -> p.forEach(o -> (o.start() >= invited ? sources : targets).add(o.ref().key())));
            after.forEach(p -> add(p, targets));
        } else if (agent >= 0 && !before.isEmpty()) {
            after.subList(agent, after.size()).forEach(p -> add(p, sources));
            before.forEach(p -> add(p, targets));
        } else if (before.isEmpty() && !pronounSubject) {
            for (List<Occurrence> phrase : after) {
                add(phrase, sources.isEmpty() ? sources : targets);
            }
        } else {
            before.forEach(p -> add(p, sources));
            after.forEach(p -> add(p, targets));
        }
        targets.removeAll(sources);
    }

    private static void add(List<Occurrence> phrase, Set<String> role) {
        phrase.forEach(o -> role.add(o.ref().key()));
    }

    /**
     * The actors in noun phrases: a country or organisation a few words before a person, with no punctuation between,
     * is that person's attribute ("Russian Defence Minister Andrei Belousov") and shares their role.
     */
    private static List<List<Occurrence>> phrases(String sentence, List<Occurrence> between) {
        List<List<Occurrence>> phrases = new ArrayList<>();
        Occurrence previous = null;
        for (Occurrence o : between) {
            if (!ORDER.contains(o.type())) {
                continue;
            }
            if (previous != null && !previous.type().equals("PERSON") && o.type().equals("PERSON")
                    && attribute(sentence.substring(previous.end(), Math.max(previous.end(), o.start())))) {
                phrases.get(phrases.size() - 1).add(o);
            } else {
                phrases.add(new ArrayList<>(List.of(o)));
            }
            previous = o;
        }
        return phrases;
    }

    private static boolean attribute(String gap) {
        return !PUNCTUATION.matcher(gap).find() && wordCount(gap) <= ATTRIBUTE_WORDS;
    }

    /** Words in a stretch of text, split at white space. */
    static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /**
     * The index of the first phrase after the trigger that an agent word ("by") introduces, with no punctuation
     * between; -1 for none.
     */
    private static int agent(Detection d, List<List<Occurrence>> after, int triggerEnd) {
        String sentence = d.sentence().text();
        for (int i = 0; i < after.size(); i++) {
            int at = after.get(i).get(0).start();
            if (at < triggerEnd) {
                continue;
            }
            String gap = sentence.substring(triggerEnd, at);
            if (PUNCTUATION.matcher(gap).find()) {
                return -1;
            }
            // the agent word right before the phrase ("by President Putin"), not a "by" of another verb ("by speaking at")
            String words = TextNormalizer.normalize(gap).text();
            MatchResult by = d.language().agent().last(words, 0, words.length());
            if (by != null && wordCount(words.substring(by.end())) <= AGENT_REACH
                    && wordCount(words.substring(0, by.start())) <= AGENT_DISTANCE) {
                return i;
            }
        }
        return -1;
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
