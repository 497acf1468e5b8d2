package io.newsroom.enrich.entity;

/**
 * One step of tagging an article: finds names among the words no earlier step took, or decides between the
 * candidates of those found. A pass keeps no state of its own between calls (only the shared, immutable gazetteer
 * and word lists), so one instance serves every thread; the context is the call's own.
 */
@FunctionalInterface
interface Pass {

    void run(TagContext article);
}
