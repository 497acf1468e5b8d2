package io.newsroom.enrich.event;

/**
 * One step of reading an article for events. {@link EventDetector} runs its sentence passes on each sentence, then
 * its trigger passes on each trigger the sentence passes kept, in order; a new step is a new pass in one of the two
 * lists. Passes hold no state of an article (that is {@link Detection}'s), so one serves every thread.
 */
interface Pass {

    /**
     * Reads what {@code d} knows of the sentence or trigger being read, and adds to it.
     *
     * @return false to drop that sentence or trigger: no pass after this one sees it
     */
    boolean apply(Detection d);
}
