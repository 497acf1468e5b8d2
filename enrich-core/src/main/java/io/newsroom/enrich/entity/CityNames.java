package io.newsroom.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The capitals' and large cities' names from GeoNames ({@code gazetteer/city-names.tsv}): "الدوحة", "Доха",
 * "نيودلهي", "Нью-Дели", which no time zone names (CLDR's cities, {@link CldrCities}, name Qatar's zone after the
 * country and India's after Kolkata), and Mumbai, Marseille, Mosul as places of their own. A capital's names go to
 * the capital the countries file gives the country, when the two name the same city in English; another city's to
 * the place of its English name, new if there is none. Not a name that is a country's in its language, a short one
 * ({@link #MIN_CYRILLIC}), nor any name of a city whose English name is a word of people's names (Victoria:
 * "Виктория" is more often a woman). A step of {@link GazetteerLoader}, which is not thread-safe; this class keeps no
 * state.
 */
final class CityNames {

    /**
     * The fewest letters of a name taken: in Cyrillic five, as a short name read with Russian case endings meets words
     * and acronyms ("Амано" as Аман, Amman; "САНА", the Syrian agency, as Сана, Sanaa); in Arabic four.
     */
    private static final int MIN_CYRILLIC = 5;
    private static final int MIN_ARABIC = 4;
    /**
     * The fewest letters of the Arabic name, article included, of a city other than a capital where Arabic script is
     * the country's own (البصرة, الموصل): there a city is mostly named after a word ("مشهد", Mashhad, is a scene),
     * and only a name with the article is taken.
     */
    private static final int MIN_ARABIC_NATIVE = 6;
    /**
     * The fewest letters of the Arabic name of a city other than a capital elsewhere: a short one meets loanwords
     * ("كانو", Kano, in "قوارب الكانو", canoes).
     */
    private static final int MIN_ARABIC_CITY = 5;

    private CityNames() {
    }

    /** Adds the names to the capitals and places the loader has read (after the countries, people and CLDR cities). */
    static void addTo(GazetteerLoader loader, BufferedReader tsv) throws IOException {
        Map<String, EntryBuilder> capitalOf = new HashMap<>();
        Map<String, EntryBuilder> places = new HashMap<>();
        for (EntryBuilder b : loader.builders()) {
            if (b.type == EntityType.PLACE && b.capitalOf != null) {
                capitalOf.put(b.capitalOf, b);
            }
            if (b.type == EntityType.PLACE) {
                b.aliases.stream().filter(a -> a.lang().equals("en")).forEach(a -> places.putIfAbsent(a.text(), b));
            }
        }
        Set<String> countryNames = loader.countryNames();
        Set<String> personWords = loader.personWords();
        NameKeys keys = new NameKeys();
        for (Vocabulary.Row row : Vocabulary.parse("/gazetteer/city-names.tsv", tsv).rows()) {
            EntryBuilder country = loader.countryOfIso2(row.get("iso2"));
            String city = row.get("city");
            if (country == null || personWords.contains(city) || countryNames.contains("en|" + city)) {
                continue;
            }
            boolean capital = row.get("capital").equals("yes");
            EntryBuilder place = capital ? capitalOf.get(country.id) : placeOf(loader, places, row, country);
            String lang = row.get("lang");
            String name = row.get("name");
            long letters = name.codePoints().filter(Character::isLetter).count();
            if (place == null || capital && !sameCity(place, city)
                    || letters < (lang.equals("ru") ? MIN_CYRILLIC : MIN_ARABIC)
                    || lang.equals("ar") && !capital && (letters < MIN_ARABIC_CITY
                            || CountryCodes.writesArabic(row.get("iso2"))
                                    && !(name.startsWith("ال") && letters >= MIN_ARABIC_NATIVE))
                    || countryNames.contains(lang + "|" + name)
                    || !capital && !(soundsAlike(keys, name, row.get("ascii")) && alphabetOf(lang, name)
                            && keptWhole(keys, lang, name))) {
                continue;
            }
            place.alias(lang, name);
        }
    }

    /** The place of a city other than a capital: the one of its English name, else a new one of the country. */
    private static EntryBuilder placeOf(GazetteerLoader loader, Map<String, EntryBuilder> places, Vocabulary.Row row,
            EntryBuilder country) {
        String city = row.get("city");
        String ascii = row.get("ascii");
        EntryBuilder place = places.getOrDefault(city, places.get(ascii));
        if (place == null) {
            place = loader.entry("newsroom:place:" + GazetteerLoader.slug(ascii), EntityType.PLACE, city);
            if (place.type != EntityType.PLACE) {
                return null;
            }
            place.countries.addAll(country.countries);
            place.alias("en", city);
            place.alias("en", ascii);
            places.put(city, place);
        }
        return place;
    }

    /**
     * Whether a city's name in another script says its English name's consonants, but for one: GeoNames' unlabelled
     * alternate names hold former and other cities' names too (Сталино for Donetsk, which "Сталину" then was; "مريا"
     * and "البلا" for Jerusalem).
     */
    private static boolean soundsAlike(NameKeys keys, String name, String english) {
        // an Arabic word's skeleton is without its article already (الموصل, Mosul)
        String theirs = String.join("", Tokenizer.words(name).stream().map(keys::skeleton).toList());
        String ours = String.join("", Tokenizer.words(english).stream().map(keys::skeleton).toList());
        return !theirs.isEmpty() && (theirs.equals(ours) || NameKeys.oneEditApart(theirs, ours));
    }

    /**
     * Whether the name is written in the language's own alphabet: Russian's, or Arabic's 28 letters and their forms,
     * not the Persian, Urdu or Uyghur letters (کالگری, Calgary, read as Arabic met "الجاري", current).
     */
    private static boolean alphabetOf(String lang, String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(c -> lang.equals("ru")
                ? c >= 0x0410 && c <= 0x044F || c == 0x0401 || c == 0x0451 : c >= 0x0621 && c <= 0x064A);
    }

    /**
     * Whether an Arabic name keeps its letters as a key, but for the article: a name beginning as a prefix does
     * ("كالغاري", Calgary, as "like the" and "غاري") is read with the prefix off and meets words ("الجاري", current).
     */
    private static boolean keptWhole(NameKeys keys, String lang, String name) {
        String first = Tokenizer.words(name).get(0);
        int dropped = first.length() - keys.key(first).length();
        return lang.equals("ru") || dropped == 0 || dropped == 2 && first.startsWith("ال");
    }

    /** Whether GeoNames' English name of the capital is one of the entry's English names, or starts it. */
    private static boolean sameCity(EntryBuilder capital, String geoNamesName) {
        return capital.aliases.stream().anyMatch(a -> a.lang().equals("en")
                && (a.text().equals(geoNamesName) || geoNamesName.startsWith(a.text())));
    }
}
