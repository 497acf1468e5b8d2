package io.newsroom.enrich.entity;

/**
 * One step of tagging an article: finds names among the words no earlier step took, or decides between the
 * candidates of those found. A pass is a record of the shared, immutable things it consults (the gazetteer, the name
 * keys, the word lists, the resolver) and keeps nothing between calls, so one instance serves every thread; the
 * context is the call's own.
 */
@FunctionalInterface
interface Pass {

    void run(TagContext article);
}
