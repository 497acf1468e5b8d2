package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The cities that name the world's time zones, in English, Russian and Arabic, from the CLDR data ICU4J ships
 * (Брюссель, بروكسل; Йоханнесбург): the capitals gain their Russian and Arabic names, and about 250 more cities
 * join as places. A name that is also a country's, in its language (Алжир, الكويت), stays the country's. A step of
 * {@link GazetteerLoader}, which is not thread-safe; this class keeps no state.
 */
final class CldrCities {

    private CldrCities() {
    }

    /** Adds the cities to what the loader has read (after the countries, capitals and overlay places). */
    static void addTo(GazetteerLoader loader) {
        Map<String, TimeZoneNames> names = new LinkedHashMap<>();
        for (String lang : List.of("en", "ru", "ar")) {
            names.put(lang, TimeZoneNames.getInstance(ULocale.forLanguageTag(lang)));
        }
        Set<String> countryNames = loader.countryNames();
        Set<String> personWords = loader.personWords();
        Map<String, EntryBuilder> places = new HashMap<>();
        for (EntryBuilder b : loader.builders()) {
            if (b.type == EntityType.PLACE) {
                b.aliases.stream().filter(a -> a.lang().equals("en")).forEach(a -> places.putIfAbsent(a.text(), b));
            }
        }
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            EntryBuilder country = loader.countryOfIso2(TimeZone.getRegion(zone));
            String en = names.get("en").getExemplarLocationName(zone);
            // research stations and "Knox, Indiana" are no places news names
            if (country == null || en == null || en.contains(",") || zone.startsWith("Antarctica/")
                    || countryNames.contains("en|" + en)) {
                continue;
            }
            // a capital or a place of the overlay by its English name, else a new place
            EntryBuilder known = places.get(en);
            EntryBuilder city = known != null ? known
                    : loader.entry("newsroom:place:" + GazetteerLoader.slug(en), EntityType.PLACE, en);
            if (city.type != EntityType.PLACE) {
                continue;
            }
            city.countries.addAll(country.countries);
            names.forEach((lang, tz) -> {
                String name = tz.getExemplarLocationName(zone);
                // Victoria, Hamilton, Darwin: in English a city named as people are is more often the person
                boolean personal = lang.equals("en") && known == null && personWords.contains(name);
                if (name != null && !personal && !countryNames.contains(lang + "|" + name)) {
                    city.alias(lang, name);
                }
            });
        }
    }
}
