package io.newsroom.enrich.event;

import java.util.List;

import io.newsroom.contracts.EntityRef;

/**
 * One sentence's report of an event, before the reports of one article are merged into its events.
 *
 * @param type       the event type
 * @param planned    the sentence speaks of it as planned
 * @param when       when, as the sentence says or the article's date implies
 * @param actors     participants
 * @param places     where, candidates in order of preference by the sentence
 * @param sentence   the evidence
 * @param expulsionCode for an expulsion, the CAMEO code its object implies (diplomats 161, missions 166, people 174)
 * @param confidence 0 to 1
 */
record Sighting(String type, boolean planned, When when, List<EntityRef> actors, List<EntityRef> places, Sentence sentence,
                String expulsionCode, double confidence) {
}
