package io.newsroom.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The capitals' Russian and Arabic names from GeoNames ({@code gazetteer/capital-names.tsv}): "الدوحة", "Доха",
 * "نيودلهي", "Нью-Дели", which no time zone names (CLDR's cities, {@link CldrCities}, name Qatar's zone after the
 * country and India's after Kolkata). A name is added to the capital the countries file gives the country, when the
 * two name the same city in English; not a name that is a country's in its language, a short one ({@link
 * #MIN_CYRILLIC}), nor any name of a capital whose English name is a word of people's names (Victoria: "Виктория" is
 * more often a woman). A step of {@link GazetteerLoader}, which is not thread-safe; this class keeps no state.
 */
final class CapitalNames {

    /**
     * The fewest letters of a name taken: in Cyrillic five, as a short name read with Russian case endings meets words
     * and acronyms ("Амано" as Аман, Amman; "САНА", the Syrian agency, as Сана, Sanaa); in Arabic four.
     */
    private static final int MIN_CYRILLIC = 5;
    private static final int MIN_ARABIC = 4;

    private CapitalNames() {
    }

    /** Adds the names to the capitals the loader has read (after the countries and people). */
    static void addTo(GazetteerLoader loader, BufferedReader tsv) throws IOException {
        Map<String, EntryBuilder> capitalOf = new HashMap<>();
        for (EntryBuilder b : loader.builders()) {
            if (b.type == EntityType.PLACE && b.capitalOf != null) {
                capitalOf.put(b.capitalOf, b);
            }
        }
        Set<String> countryNames = loader.countryNames();
        Set<String> personWords = loader.personWords();
        for (Vocabulary.Row row : Vocabulary.parse("/gazetteer/capital-names.tsv", tsv).rows()) {
            EntryBuilder country = loader.countryOfIso2(row.get("iso2"));
            EntryBuilder capital = country == null ? null : capitalOf.get(country.id);
            String lang = row.get("lang");
            String name = row.get("name");
            long letters = name.codePoints().filter(Character::isLetter).count();
            if (capital == null || !sameCity(capital, row.get("capital")) || personWords.contains(capital.name)
                    || letters < (lang.equals("ru") ? MIN_CYRILLIC : MIN_ARABIC)
                    || countryNames.contains(lang + "|" + name)) {
                continue;
            }
            capital.alias(lang, name);
        }
    }

    /** Whether GeoNames' English name of the capital is one of the entry's English names, or starts it. */
    private static boolean sameCity(EntryBuilder capital, String geoNamesName) {
        return capital.aliases.stream().anyMatch(a -> a.lang().equals("en")
                && (a.text().equals(geoNamesName) || geoNamesName.startsWith(a.text())));
    }
}
