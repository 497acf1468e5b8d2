package io.newsroom.search.entity;

import java.util.List;
import java.util.Set;

import io.newsroom.enrich.entity.GazetteerEntry;

/**
 * One identity: its names in every language the gazetteer has, its offices, how many articles mention it, and the
 * entities most often mentioned beside it.
 */
public record EntityDetail(String id, String name, String type, List<GazetteerEntry.Alias> aliases,
                           List<GazetteerEntry.Role> roles, Set<String> countries, long articles,
                           List<EntityStats.Counted> cooccurring) {
}
