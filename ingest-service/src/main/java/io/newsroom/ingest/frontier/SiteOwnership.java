package io.newsroom.ingest.frontier;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsroom.ingest.site.Site;

/**
 * The sites this instance owns: those whose frontier partition ({@link Site#partition}) Kafka has assigned to one of
 * its fetcher threads. Only the owner of a site sends it requests, feeds and sitemaps included, so the politeness
 * state of its hosts (turns, delays, robots.txt, backoff) lives in one instance; a single instance is assigned every
 * partition and owns every site. A partition is taken away only after the requests this instance is making to its
 * sites have ended ({@link #whileOwned}), so the next owner never overlaps them; the fetcher threads' own requests
 * end before their consumer gives the partition up. Thread-safe.
 */
public final class SiteOwnership {

    /** A request was not made: another instance owns the site now. */
    public static final class NotOwned extends RuntimeException {

        NotOwned(Site site) {
            super(site.name() + " is owned by another instance", null, false, false);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SiteOwnership.class);

    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    /** Requests hold it shared; taking partitions away holds it exclusively. */
    private final ReentrantReadWriteLock handover = new ReentrantReadWriteLock();
    private final IntSupplier frontierPartitions;
    private final List<Consumer<Set<Integer>>> assignedListeners = new CopyOnWriteArrayList<>();
    private volatile int partitions;

    /** @param frontierPartitions the frontier's partition count, asked again whenever partitions are assigned */
    public SiteOwnership(IntSupplier frontierPartitions) {
        this.frontierPartitions = frontierPartitions;
    }

    /** Whether this instance owns the site now. */
    public boolean owns(Site site) {
        int n = partitions;
        return n > 0 && owned.contains(site.partition(n));
    }

    /** Whether {@code partition} is the one the site's entries belong to. */
    public boolean isHome(Site site, int partition) {
        return site.partition(partitions()) == partition;
    }

    /**
     * Makes a request to a site if this instance owns it, holding off the site's handover until it has ended.
     *
     * @throws NotOwned when another instance owns the site
     */
    public <T> T whileOwned(Site site, Supplier<T> request) {
        handover.readLock().lock();
        try {
            if (!owns(site)) {
                throw new NotOwned(site);
            }
            return request.get();
        } finally {
            handover.readLock().unlock();
        }
    }

    /** Called with the sites newly owned (as their partitions) after each assignment. */
    public void onAssigned(Consumer<Set<Integer>> listener) {
        assignedListeners.add(listener);
    }

    /** The frontier's partition count as of the last assignment. */
    public int partitions() {
        int n = partitions;
        return n > 0 ? n : (partitions = frontierPartitions.getAsInt());
    }

    void assigned(Collection<Integer> added) {
        partitions = frontierPartitions.getAsInt();
        owned.addAll(added);
        log.info("owning the sites of frontier partitions {} of {}", owned, partitions);
        Set<Integer> now = Set.copyOf(added);
        assignedListeners.forEach(l -> l.accept(now));
    }

    /** Waits for the requests in flight to the partitions' sites to end, then gives the partitions up. */
    void revoked(Collection<Integer> removed) {
        handover.writeLock().lock();
        try {
            owned.removeAll(removed);
        } finally {
            handover.writeLock().unlock();
        }
    }
}
