package io.newsroom.search.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsroom.contracts.EntityRef;
import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.entity.EntityType;
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
    /** Each country and place by id with the country it is in, for placing events on the map. */
    private final Map<String, EntityRef> countryOf = new HashMap<>();
    /** Countries' ids by ISO 3166 alpha-3 code. */
    private final Map<String, String> countryByCode = new HashMap<>();
    /** Each country's id with the places the data puts in it. */
    private final Map<String, Set<String>> placesIn = new HashMap<>();

    public EntityDirectory() {
        long t0 = System.nanoTime();
        this.tagger = EntityTagger.shipped();
        Map<String, GazetteerEntry> byIso3 = new HashMap<>();
        for (GazetteerEntry e : tagger.gazetteer().entries()) {
            if (e.type() == EntityType.COUNTRY) {
                e.countries().forEach(iso3 -> byIso3.putIfAbsent(iso3, e));
                countryOf.put(e.id(), new EntityRef(e.id(), e.name(), e.type().name()));
            }
        }
        byIso3.forEach((code, e) -> countryByCode.put(code, e.id()));
        for (GazetteerEntry e : tagger.gazetteer().entries()) {
            if (e.type() != EntityType.PLACE) {
                continue;
            }
            // a capital names its country; another place is in one when the data gives it exactly one
            Optional<GazetteerEntry> country = e.capitalOf() != null ? byId(e.capitalOf())
                    : e.countries().size() == 1 ? Optional.ofNullable(byIso3.get(e.countries().iterator().next())) : Optional.empty();
            country.ifPresent(c -> {
                countryOf.put(e.id(), countryOf.get(c.id()));
                placesIn.computeIfAbsent(c.id(), k -> new HashSet<>()).add(e.id());
            });
        }
        log.info("gazetteer ready in {} ms ({} entries, {} places in {} countries)", (System.nanoTime() - t0) / 1_000_000,
                tagger.gazetteer().size(), placesIn.values().stream().mapToInt(Set::size).sum(), placesIn.size());
    }

    /** Identities a name may mean, most likely first. */
    public List<GazetteerEntry> lookup(String name, int limit) {
        return tagger.lookup(name, limit);
    }

    public Optional<GazetteerEntry> byId(String id) {
        return tagger.gazetteer().byId(id);
    }

    /** The country a place is in (a country is in itself); empty for anything else and places the data gives none. */
    public Optional<EntityRef> countryOf(String placeId) {
        return Optional.ofNullable(countryOf.get(placeId));
    }

    /** The id of the country of an ISO 3166 alpha-3 code (RUS), as event coders name parties. */
    public Optional<String> countryByCode(String iso3) {
        return Optional.ofNullable(countryByCode.get(iso3));
    }

    /** The places the data puts in a country: its capital and its other cities. */
    public Set<String> placesIn(String countryId) {
        return placesIn.getOrDefault(countryId, Set.of());
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
