package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.util.ULocale;

/** What ICU4J (CLDR) says of a country by its ISO code. Pure, so thread-safe. */
final class CountryCodes {

    /** ISO alpha-2 codes by alpha-3, as ICU gives them. */
    private static final Map<String, String> ISO2 = new HashMap<>();

    static {
        for (String iso2 : ULocale.getISOCountries()) {
            ISO2.putIfAbsent(new ULocale("", iso2).getISO3Country(), iso2);
        }
    }

    private CountryCodes() {
    }

    /** The alpha-2 code of an alpha-3 one, or null. */
    static String iso2(String iso3) {
        return ISO2.get(iso3);
    }

    /** Whether the country's main language is written in Arabic script (Iraq, Iran, Pakistan). */
    static boolean writesArabic(String iso2) {
        return iso2 != null && ULocale.addLikelySubtags(new ULocale("und_" + iso2)).getScript().equals("Arab");
    }
}
