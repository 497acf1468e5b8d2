package io.newsroom.search.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.entity.GazetteerEntry;

/**
 * The gazetteer enrich links entities with, for reading names the way articles were read: any alias, any script,
 * a surname alone. Built once, when made (a few seconds). Thread-safe.
 */
public class EntityDirectory {

    private static final Logger log = LoggerFactory.getLogger(EntityDirectory.class);
    /** Query syntax: a query with it is more than a name. */
    private static final Pattern SYNTAX = Pattern.compile("[\"|+()*~]|(?:^|\\s)-");

    private final EntityTagger tagger;

    public EntityDirectory() {
        long t0 = System.nanoTime();
        this.tagger = EntityTagger.shipped();
        log.info("gazetteer ready in {} ms ({} entries)", (System.nanoTime() - t0) / 1_000_000, tagger.gazetteer().size());
    }

    /** Identities a name may mean, most likely first. */
    public List<GazetteerEntry> lookup(String name, int limit) {
        return tagger.lookup(name, limit);
    }

    public Optional<GazetteerEntry> byId(String id) {
        return tagger.gazetteer().byId(id);
    }

    /**
     * When query text is just a name, the identity it most likely means, so that its articles in other scripts and
     * spellings match too ("Токаев" finds the article that writes توكايف); empty for anything else.
     */
    public Optional<String> namedBy(String queryText) {
        if (queryText == null || SYNTAX.matcher(queryText).find() || queryText.length() > 100
                || Character.isLowerCase(queryText.codePointAt(0))) {
            // in Latin and Cyrillic script a name is capitalised: "oil" is a word, not someone's surname
            return Optional.empty();
        }
        return tagger.lookup(queryText, 1).stream().map(GazetteerEntry::id).findFirst();
    }
}
