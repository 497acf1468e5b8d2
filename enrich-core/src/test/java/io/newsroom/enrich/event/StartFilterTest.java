package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class StartFilterTest {

    private static final List<Lexicon.Language> LANGUAGES = List.of(Lexicon.ENGLISH, Lexicon.ARABIC, Lexicon.RUSSIAN);

    @Test
    void noTriggerMatchInTheEventSentencesStartsWhereTheFilterRulesItOut() throws IOException {
        int starts = 0;
        int skipped = 0;
        int matches = 0;
        List<String> missed = new ArrayList<>();
        for (EventRecallTest.Case c : EventRecallTest.cases()) {
            String t = TextNormalizer.normalize(c.text()).text();
            for (Lexicon.Language language : LANGUAGES) {
                for (Lexicon.Rule rule : language.rules()) {
                    Matcher m = rule.trigger().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                    for (int at = 0; at < t.length(); at++) {
                        if (!Character.isLetterOrDigit(t.charAt(at)) || at > 0 && Character.isLetterOrDigit(t.charAt(at - 1))) {
                            continue;
                        }
                        starts++;
                        boolean mayStart = rule.starts().mayStartAt(t, at);
                        skipped += mayStart ? 0 : 1;
                        if (m.region(at, t.length()).lookingAt()) {
                            matches++;
                            if (!mayStart) {
                                missed.add(c.id() + " " + rule.type() + " at " + at + ": " + t.substring(at, m.end()));
                            }
                        }
                    }
                }
            }
        }
        assertThat(missed).isEmpty();
        assertThat(matches).as("triggers found, so the check above saw real matches").isGreaterThan(100);
        assertThat((double) skipped / starts).as("share of word starts the filter spares the regex").isGreaterThan(0.8);
    }

    @Test
    void charactersOutsideTheProbedAlphabetsAreNeverRuledOut() {
        StartFilter filter = StartFilter.of(java.util.regex.Pattern.compile("(?:ça|中国)"));
        assertThat(filter.mayStartAt("ça va", 0)).isTrue();
        assertThat(filter.mayStartAt("中国", 0)).isTrue();
        assertThat(filter.mayStartAt("ba", 0)).isFalse();
    }
}
