package io.newsroom.enrich.event;

import java.util.List;

import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Span;

/**
 * One sentence's report of an event, before the reports of one article are merged into its events.
 *
 * @param type       the event type
 * @param status     planned, occurred, denied or cancelled, as the sentence speaks of it
 * @param when       when, as the sentence says or the article's date implies
 * @param actors     participants
 * @param sources    those of them who did it
 * @param targets    those to whom it was done
 * @param places     where, candidates in order of preference by the sentence
 * @param sentence   the evidence
 * @param trigger    the words of the sentence's original text that name what happened
 * @param cameo      the CAMEO code the sentence's words give when it is not the type's own: an expulsion's by who was
 *                   expelled (diplomats 161, missions 166, people 174), an agreement reached rather than signed 030;
 *                   else null
 * @param confidence 0 to 1
 */
record Sighting(String type, String status, When when, List<EntityRef> actors, List<EntityRef> sources,
                List<EntityRef> targets, List<EntityRef> places, Sentence sentence, Span trigger, String cameo,
                double confidence) {
}
