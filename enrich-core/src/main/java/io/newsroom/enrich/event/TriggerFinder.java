package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the triggers of a sentence ({@link Lexicon.Rule}), one per event type, overlapping ones resolved by rule
 * priority, and drops a sentence without any. A trigger starts a word, so each rule is tried at word starts only, and
 * only where its {@link StartFilter} allows. A rule with a noun needs it near the trigger, unless the trigger stands
 * alone after "also" and the article has reported an event of its type already ("Lukashenko also attended"). Stateless
 * and thread-safe.
 */
final class TriggerFinder implements Pass {

    /** Characters before a trigger in which "also" makes it anaphoric. */
    private static final int ALSO_WINDOW = 40;

    @Override
    public boolean apply(Detection d) {
        d.triggers(triggers(d));
        return !d.triggers().isEmpty();
    }

    private static List<Trigger> triggers(Detection d) {
        Lexicon.Language words = d.language();
        String t = d.text();
        List<Sighting> earlier = d.sightings();
        int[] wordStarts = wordStarts(t);
        // the first three characters of each word as the rules' start filters read them, once for every rule
        int[][] slots = new int[3][wordStarts.length];
        for (int w = 0; w < wordStarts.length; w++) {
            for (int c = 0; c < 3; c++) {
                slots[c][w] = StartFilter.slotAt(t, wordStarts[w] + c);
            }
        }
        List<Trigger> found = new ArrayList<>();
        for (int r = 0; r < words.rules().size(); r++) {
            Lexicon.Rule rule = words.rules().get(r);
            if (hasType(found, rule.type())) {
                continue;
            }
            Matcher m = null;
            for (int w = 0; w < wordStarts.length; w++) {
                if (!rule.starts().mayStart(slots[0][w], slots[1][w], slots[2][w])) {
                    continue;
                }
                int ws = wordStarts[w];
                if (m == null) {
                    m = d.triggerMatcher(r);
                }
                if (!m.region(ws, t.length()).lookingAt()) {
                    continue;
                }
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                    continue;
                }
                boolean anaphoric = false;
                if (rule.noun() != null && !nounNear(rule, t, start, end)) {
                    anaphoric = rule.anaphoric() && words.also().in(t.substring(Math.max(0, start - ALSO_WINDOW), start))
                            && earlier.stream().anyMatch(e -> e.type().equals(rule.type()));
                    if (!anaphoric) {
                        continue;
                    }
                }
                found.add(new Trigger(rule, start, end, anaphoric));
                break;
            }
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return found;
    }

    private static boolean hasType(List<Trigger> found, String type) {
        for (Trigger f : found) {
            if (f.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static int[] wordStarts(String t) {
        int[] starts = new int[t.length()];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !inWord) {
                starts[n++] = i;
            }
            inWord = letter;
        }
        return Arrays.copyOf(starts, n);
    }

    private static boolean nounNear(Lexicon.Rule rule, String t, int start, int end) {
        return rule.noun().matcher(t).region(Math.max(0, start - Lexicon.NOUN_WINDOW),
                Math.min(t.length(), end + Lexicon.NOUN_WINDOW)).find();
    }
}
