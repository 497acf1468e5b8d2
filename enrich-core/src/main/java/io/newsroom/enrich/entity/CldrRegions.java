package io.newsroom.enrich.entity;

import java.util.List;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * The countries' names in English, Russian and Arabic as CLDR writes them, from the data ICU4J ships, in full and in
 * CLDR's short form (هونغ كونغ, Гонконг, UK): the UN names of the countries file are formal ("China, Hong Kong SAR")
 * and news uses the common one. A step of {@link GazetteerLoader}, which is not thread-safe; this class keeps no state.
 */
final class CldrRegions {

    private static final List<String> LANGS = List.of("en", "ru", "ar");

    private CldrRegions() {
    }

    /** Adds the names to the countries the loader has read, by their ISO alpha-2 codes. */
    static void addTo(GazetteerLoader loader, List<String> iso2Codes) {
        for (String lang : LANGS) {
            ULocale locale = ULocale.forLanguageTag(lang);
            for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
                LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale, length);
                for (String iso2 : iso2Codes) {
                    String name = names.regionDisplayName(iso2);
                    // ICU answers an unknown code with the code itself
                    if (!name.equals(iso2)) {
                        loader.countryOfIso2(iso2).alias(lang, name);
                    }
                }
            }
        }
    }
}
