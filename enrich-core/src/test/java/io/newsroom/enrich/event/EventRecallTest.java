package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Event;
import io.newsroom.enrich.core.TestEnricher;

/**
 * Recall and false positives on sentences written for these tests (events/recall.tsv: English, Arabic, Russian;
 * diplomatic events and diplomatic-sounding non-events), scored as the PLOVER scorer does: a passage's label set
 * is the PLOVER types of its events among CONSULT, AGREE and SANCTION, or NONE; SUPPORT is kept too, as an agreement
 * signed is SUPPORT.
 */
class EventRecallTest {

    record Case(String id, String lang, String label, String text) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = EventRecallTest.class.getResourceAsStream("/events/recall.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                out.add(new Case(f[0], f[1], f[2], f[3]));
            }
        }
        return out;
    }

    static Set<String> labels(List<Event> events) {
        Set<String> out = new TreeSet<>();
        for (Event e : events) {
            if (e.plover() != null && Set.of("CONSULT", "AGREE", "SUPPORT", "SANCTION").contains(e.plover())) {
                out.add(e.plover());
            }
        }
        if (out.isEmpty()) {
            out.add("NONE");
        }
        return out;
    }

    @Test
    void eventsAreFoundInEveryLanguageAndNonEventsAreLeftAlone() throws IOException {
        List<Case> cases = cases();
        int right = 0;
        int falseAlarms = 0;
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Set<String> predicted = labels(TestEnricher.SHIPPED.text(c.text()).events());
            if (predicted.equals(new TreeSet<>(List.of(c.label().split("\\+"))))) {
                right++;
            } else {
                wrong.add(c.id() + " " + c.label() + " -> " + predicted + "  " + c.text());
                falseAlarms += c.label().equals("NONE") ? 1 : 0;
            }
        }
        System.out.printf("events recall set: %d/%d exact%n", right, cases.size());
        wrong.forEach(w -> System.out.println("  " + w));
        // measured 303/316: en-75 ("hoped to visit") stays NONE, as every "hope" is a blocker; en-159 has rebels, no
        // named party, for its subject; en-165 says "would not block"; "decided to" (en-195) is not read as an
        // intent, as decisions are often done deeds; the gazetteer knows neither Zaire (en-199) nor Arafat and
        // Mubarak by surname alone (en-201); "discussed" without "with" (en-223) and "conferred" without "with"
        // (en-226) are left to the talks rule's other words, as one party "discusses" a topic too; round 6 left an
        // approved transfer of revenues (en-249), a bank the gazetteer does not know (en-251), "sat down for a second
        // round" (en-254) and an ambassador's credentials received (en-256); round 7 leaves a crowd's welcome to the Pope
        // (en-r7-05), an armed group's stated intent with no second party (en-r7-07) and fishing licences cancelled
        // (en-r7-20); round 8 an invitation "to visit Cairo for talks", whose talks are read as held (en-r8-01); round 9
        // a visiting minister who "called on" the prime minister (en-r9-04, "called on" is a blocker), ministers who
        // "convened" (en-r9-05) and opposition parties' talks among themselves (en-r9-26, a false alarm: "parties"
        // names two parties); rounds 10 (Russian) and 11 (Arabic) none. Measured 425/445 with one false alarm, which is
        // allowed, no more.
        assertThat(falseAlarms).as("non-events reported as events").isLessThanOrEqualTo(1);
        assertThat(right).as("sentences labelled exactly").isGreaterThanOrEqualTo(422);
    }
}
