package io.newsroom.search.event;

import java.util.List;
import java.util.Map;

import io.newsroom.contracts.EntityRef;

/**
 * One party's events counted with each counterpart: the dyad view of an actor.
 *
 * @param actor        the entity id asked about
 * @param events       the events it is a party to
 * @param counterparts the other parties it shares the most events with, most first
 */
public record Dyads(String actor, long events, List<Counterpart> counterparts) {

    /**
     * @param party  the counterpart, as the events name it
     * @param events events both are parties to
     * @param types  those events per type, most first
     * @param months those events per month of their date (yyyy-MM), oldest first; undated ones are in none
     */
    public record Counterpart(EntityRef party, long events, Map<String, Long> types, Map<String, Long> months) {
    }
}
