package io.newsroom.ingest.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The sources being polled, changeable while the service runs: added, removed, paused, resumed, retired (a feed
 * that answered 410 Gone), or replaced by a re-read of the sources file. Listeners (the poller) hear of every change. Thread-safe.
 */
public final class SourceRegistry {

    /** What changed, for the poller. */
    public record Change(Source source, boolean active) {
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> paused = ConcurrentHashMap.newKeySet();
    private final Set<String> retired = ConcurrentHashMap.newKeySet();
    private final List<Consumer<Change>> listeners = new ArrayList<>();

    public SourceRegistry(SourcesConfig initial) {
        initial.sources().forEach(s -> sources.put(s.id(), s));
    }

    public synchronized void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public synchronized List<Source> all() {
        return List.copyOf(sources.values());
    }

    public synchronized List<Source> active() {
        return sources.values().stream().filter(s -> !paused.contains(s.id()) && !retired.contains(s.id())).toList();
    }

    public synchronized Source get(String id) {
        return sources.get(id);
    }

    public boolean isPaused(String id) {
        return paused.contains(id);
    }

    public boolean isRetired(String id) {
        return retired.contains(id);
    }

    /** Stops polling a source whose address is gone for good, until it is resumed or the file is reloaded. */
    public synchronized void retire(String id) {
        Source s = sources.get(id);
        if (s != null && retired.add(id)) {
            notify(new Change(s, false));
        }
    }

    /** @throws SourceConflictException when the id is taken */
    public synchronized void add(Source source) {
        if (sources.containsKey(source.id())) {
            throw new SourceConflictException("source '" + source.id() + "' exists already");
        }
        sources.put(source.id(), source);
        notify(new Change(source, true));
    }

    /** @return false when there was no such source */
    public synchronized boolean remove(String id) {
        Source removed = sources.remove(id);
        paused.remove(id);
        retired.remove(id);
        if (removed != null) {
            notify(new Change(removed, false));
        }
        return removed != null;
    }

    /** @return false when there is no such source */
    public synchronized boolean pause(String id, boolean pause) {
        Source s = sources.get(id);
        if (s == null) {
            return false;
        }
        boolean wasRetired = !pause && retired.remove(id);
        if ((pause ? paused.add(id) : paused.remove(id)) || wasRetired) {
            notify(new Change(s, !pause));
        }
        return true;
    }

    /**
     * Makes the registry what a re-read sources file says: new ids are added, missing ones removed, changed ones
     * replaced. Paused sources stay paused.
     *
     * @return how many sources were added, removed and changed
     */
    public synchronized int[] replaceWith(SourcesConfig config) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        Map<String, Source> wanted = new LinkedHashMap<>();
        config.sources().forEach(s -> wanted.put(s.id(), s));
        for (String id : List.copyOf(sources.keySet())) {
            if (!wanted.containsKey(id)) {
                remove(id);
                removed++;
            }
        }
        for (Source s : wanted.values()) {
            Source old = sources.get(s.id());
            if (old == null) {
                add(s);
                added++;
            } else if (!old.equals(s) || retired.remove(s.id())) {
                sources.put(s.id(), s);
                notify(new Change(s, !paused.contains(s.id())));
                changed++;
            }
        }
        return new int[] {added, removed, changed};
    }

    private void notify(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
