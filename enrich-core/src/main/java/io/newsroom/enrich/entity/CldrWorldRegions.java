package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * The world's continents and regions of the UN M49 standard, as CLDR names them in English, Russian and Arabic, from
 * the data ICU4J ships (Africa, Восточная Африка, أمريكا اللاتينية): news places events in them, and without them a
 * region's name in Russian was read as someone's surname (Африке as Afwerki's). A name another entry already has, in
 * any language, stays that entry's (Южная Африка, South Africa; Америка, the United States). A step of {@link
 * GazetteerLoader}, which is not thread-safe; this class keeps no state.
 */
final class CldrWorldRegions {

    private CldrWorldRegions() {
    }

    /**
     * Adds the regions to what the loader has read (after every other entry, whose names come first).
     *
     * @param codes their UN M49 codes ({@code vocab/entity/mul/m49-regions.tsv})
     */
    static void addTo(GazetteerLoader loader, List<String> codes) {
        Set<String> taken = new HashSet<>();
        Map<String, EntryBuilder> places = new HashMap<>();
        for (EntryBuilder b : loader.builders()) {
            b.aliases.forEach(a -> taken.add(keyOf(a.text())));
            if (b.type == EntityType.PLACE) {
                b.aliases.stream().filter(a -> a.lang().equals("en")).forEach(a -> places.putIfAbsent(a.text(), b));
            }
        }
        for (String code : codes) {
            String en = LocaleDisplayNames.getInstance(ULocale.ENGLISH).regionDisplayName(code);
            // a region the overlay has (Central Asia) gains the names it lacks
            EntryBuilder region = places.containsKey(en) ? places.get(en)
                    : taken.contains(keyOf(en)) ? null
                    : loader.entry("newsroom:place:" + GazetteerLoader.slug(en), EntityType.PLACE, en);
            if (region == null) {
                continue;
            }
            for (String lang : List.of("en", "ru", "ar")) {
                String name = LocaleDisplayNames.getInstance(ULocale.forLanguageTag(lang)).regionDisplayName(code);
                if (!name.equals(code) && !taken.contains(keyOf(name))) {
                    region.alias(lang, name);
                }
            }
        }
    }

    /** A name as written, case and the Russian ё folded. */
    private static String keyOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
