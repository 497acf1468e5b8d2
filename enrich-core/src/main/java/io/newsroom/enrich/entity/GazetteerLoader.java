package io.newsroom.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Reads the gazetteer shipped in {@code /gazetteer/} (see its README for sources and licences): countries and their
 * capitals, international organisations, people in power with their offices, then the curated overlay, which adds
 * names, offices and entries the data lacks.
 */
public final class GazetteerLoader {

    /** Words left out of initials: "Организация Договора о коллективной безопасности" is ОДКБ. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Lexicon.words("function-words"));

    /** Languages whose names are read from the organisations and countries files. */
    private static final List<String> ORG_LANGS = List.of("en", "ar", "ru", "fr", "es", "de");

    private final Map<String, Builder> byId = new LinkedHashMap<>();
    /** Countries by ISO alpha-2, for the cities step. */
    private final Map<String, Builder> countryByIso2 = new HashMap<>();

    private static final class Builder {
        final String id;
        EntityType type;
        String name;
        final List<GazetteerEntry.Alias> aliases = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final List<GazetteerEntry.Role> roles = new ArrayList<>();
        final Set<String> countries = new HashSet<>();
        String capitalOf;

        Builder(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        void alias(String lang, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            // UN names qualify the common one in brackets: "Bolivia (Plurinational State of)", "Иран (Исламская Республика)"
            String plain = text.replaceAll("\\s*\\([^)]*\\)", "").strip();
            for (String t : plain.equals(text.strip()) ? List.of(plain) : List.of(text.strip(), plain)) {
                if (!t.isEmpty() && seen.add(lang + "|" + t)) {
                    aliases.add(new GazetteerEntry.Alias(lang, t));
                }
            }
        }

        /** The initials of a name of several words, as newsrooms abbreviate it (США, ООН, ОДКБ, КНДР, UN). */
        void initials(String lang, String text) {
            if (text == null) {
                return;
            }
            String plain = text.replaceAll("\\s*\\([^)]*\\)", "").strip();
            StringBuilder b = new StringBuilder();
            int words = 0;
            for (String w : plain.split("[\\s\\-]+")) {
                if (w.isEmpty() || FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
                words++;
            }
            // two English letters (II, EU) say too little; two Russian ones are how ЕС and РФ are written
            if (words >= (lang.equals("en") ? 3 : 2) && words <= 6) {
                alias(lang, b.toString());
            }
        }

        GazetteerEntry build() {
            return new GazetteerEntry(id, type, name, aliases, roles, countries, capitalOf);
        }
    }

    /** The shipped gazetteer. */
    public static List<GazetteerEntry> shipped() {
        GazetteerLoader loader = new GazetteerLoader();
        try {
            loader.countries(csv("countries.csv"));
            loader.organisations(csv("intl_orgs.csv"));
            loader.people(csv("leaders.csv"));
            loader.overlay(Overlay.read(resource("overlay.tsv")));
            loader.cities();
            loader.arabicAdjectives();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped gazetteer", e);
        }
        return loader.entries();
    }

    List<GazetteerEntry> entries() {
        return byId.values().stream().map(Builder::build).toList();
    }

    private static BufferedReader resource(String name) throws IOException {
        InputStream in = GazetteerLoader.class.getResourceAsStream("/gazetteer/" + name);
        if (in == null) {
            throw new IOException("gazetteer file /gazetteer/" + name + " is missing from the build");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> csv(String name) throws IOException {
        try (BufferedReader in = resource(name)) {
            return Csv.read(in);
        }
    }

    private Builder entry(String id, EntityType type, String name) {
        return byId.computeIfAbsent(id, k -> new Builder(id, type, name));
    }

    void countries(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            if (r.get("qid").isEmpty() || r.get("name_en").isEmpty()) {
                continue;
            }
            // the common name ("Syria"), unless it is an abbreviation ("US"): then the UN short name, unqualified
            String name = Gazetteer.isAbbreviation(r.get("name_en")) && !r.get("un_short_en").isEmpty()
                    ? r.get("un_short_en").replaceAll("\\s*\\([^)]*\\)", "") : r.get("name_en");
            Builder b = entry(r.get("qid"), EntityType.COUNTRY, name);
            b.countries.add(r.get("iso3"));
            countryByIso2.putIfAbsent(r.get("iso2"), b);
            for (String col : List.of("name_en", "un_short_en", "formal_en")) {
                b.alias("en", stripArticle(r.get(col)));
            }
            for (String lang : List.of("ar", "ru", "fr", "es")) {
                b.alias(lang, r.get("name_" + lang));
            }
            b.alias("ar", r.get("formal_ar"));
            b.alias("ru", r.get("formal_ru"));
            b.initials("ru", r.get("name_ru"));
            b.initials("ru", r.get("formal_ru"));
            if (!r.get("capital_en").isEmpty()) {
                // 18 capitals have no QID in the data (Dushanbe among them): a local id until the overlay gives one
                String id = r.get("capital_qid").isEmpty() ? "newsroom:place:" + slug(r.get("capital_en")) : r.get("capital_qid");
                Builder capital = entry(id, EntityType.PLACE, r.get("capital_en"));
                capital.alias("en", r.get("capital_en"));
                capital.countries.add(r.get("iso3"));
                capital.capitalOf = r.get("qid");
            }
        }
    }

    void organisations(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            if (r.get("name_en").isEmpty()) {
                continue;
            }
            String id = r.get("qid").isEmpty() ? "newsroom:org:" + slug(r.get("name_en")) : r.get("qid");
            Builder b = entry(id, EntityType.ORGANIZATION, r.get("name_en"));
            b.alias("en", r.get("abbreviation_en"));
            for (String lang : ORG_LANGS) {
                b.alias(lang, r.get("name_" + lang));
            }
            b.initials("ru", r.get("name_ru"));
            if (r.get("abbreviation_en").isEmpty()) {
                b.initials("en", r.get("name_en"));
            }
        }
    }

    void people(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            if (r.get("qid").isEmpty() || r.get("name_en").isEmpty()) {
                continue;
            }
            Builder b = entry(r.get("qid"), EntityType.PERSON, r.get("name_en"));
            b.alias("en", r.get("name_en"));
            b.alias("ar", r.get("name_ar"));
            b.alias("ru", r.get("name_ru"));
            if (r.get("country_iso3").equals("CHN")) {
                // Russian writes Chinese names by Palladius (Си Цзиньпин), which no skeleton of the English meets
                Palladius.russian(r.get("name_en")).ifPresent(ru -> b.alias("ru", ru));
            }
            b.roles.add(new GazetteerEntry.Role(r.get("role"), r.get("country_iso3"), date(r.get("start"), false),
                    date(r.get("end"), true)));
            b.countries.add(r.get("country_iso3"));
        }
    }

    /**
     * The cities that name the world's time zones, in English, Russian and Arabic, from the CLDR data ICU4J ships
     * (Брюссель, بروكسل; Йоханнесбург): the capitals gain their Russian and Arabic names, and about 250 more cities
     * join as places. A name that is also a country's, in its language (Алжир, الكويت), stays the country's.
     */
    void cities() {
        Map<String, TimeZoneNames> names = new LinkedHashMap<>();
        for (String lang : List.of("en", "ru", "ar")) {
            names.put(lang, TimeZoneNames.getInstance(ULocale.forLanguageTag(lang)));
        }
        Set<String> countryNames = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        Map<String, Builder> places = new HashMap<>();
        for (Builder b : byId.values()) {
            if (b.type == EntityType.COUNTRY) {
                b.aliases.forEach(a -> countryNames.add(a.lang() + "|" + a.text()));
            } else if (b.type == EntityType.PERSON) {
                personWords.addAll(Tokenizer.words(b.name));
            } else if (b.type == EntityType.PLACE) {
                b.aliases.stream().filter(a -> a.lang().equals("en")).forEach(a -> places.putIfAbsent(a.text(), b));
            }
        }
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            Builder country = countryByIso2.get(TimeZone.getRegion(zone));
            String en = names.get("en").getExemplarLocationName(zone);
            // research stations and "Knox, Indiana" are no places news names
            if (country == null || en == null || en.contains(",") || zone.startsWith("Antarctica/")
                    || countryNames.contains("en|" + en)) {
                continue;
            }
            // a capital or a place of the overlay by its English name, else a new place
            Builder known = places.get(en);
            Builder city = known != null ? known : entry("newsroom:place:" + slug(en), EntityType.PLACE, en);
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

    void overlay(List<Overlay.Row> rows) {
        for (Overlay.Row r : rows) {
            Builder b = byId.get(r.id());
            if (b == null) {
                b = entry(r.id(), r.type(), r.name());
                b.alias("en", r.name());
            } else if (r.name() != null && !r.name().isBlank()) {
                // the overlay corrects stale or Portuguese-form names ("Emomali Rakhmov")
                b.name = r.name();
                b.alias("en", r.name());
            }
            if (r.alias() != null) {
                b.alias(r.lang(), r.alias());
            }
            if (r.role() != null) {
                b.roles.add(new GazetteerEntry.Role(r.role(), r.country(), r.start(), r.end()));
            }
            if (r.country() != null) {
                b.countries.add(r.country());
            }
        }
    }

    /**
     * Arabic news names a country by its adjective at least as often as by its name (الرئيس السوداني, الموقف
     * الأردني, الفلسطينيين): the nisba is regular, so it is made from each one-word Arabic name rather than listed.
     * A form two countries would share is left out.
     */
    void arabicAdjectives() {
        Map<String, Set<Builder>> byForm = new HashMap<>();
        for (Builder b : byId.values()) {
            if (b.type != EntityType.COUNTRY) {
                continue;
            }
            for (GazetteerEntry.Alias a : List.copyOf(b.aliases)) {
                if (a.lang().equals("ar")) {
                    nisba(a.text()).forEach(f -> byForm.computeIfAbsent(f, k -> new HashSet<>()).add(b));
                }
            }
        }
        byForm.forEach((form, countries) -> {
            if (countries.size() == 1) {
                countries.iterator().next().alias("ar", form);
            }
        });
    }

    /**
     * سوريا → سوري, سورية, سوريين, سوريون; الأردن → أردني ...; كندا → كندي ...; none for a name of several words or
     * one ending in ي (مالي).
     */
    static List<String> nisba(String name) {
        String base = name.strip();
        if (base.contains(" ")) {
            return List.of();
        }
        if (base.startsWith("ال")) {
            base = base.substring(2);
        }
        boolean ending = base.endsWith("ا") || base.endsWith("ة");
        if (ending) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith("ي")) {
            if (!ending) {
                return List.of();
            }
            // سوريا, روسيا, السعودية: without the ending the name is its adjective already
            base = base.substring(0, base.length() - 1);
        }
        if (base.length() < 3) {
            return List.of();
        }
        return List.of(base + "ي", base + "ية", base + "يين", base + "يون");
    }

    /** "2019", "2019-03", "2019-03-20"; an open start is the first day, an open end the last. */
    static LocalDate date(String s, boolean end) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] p = s.strip().split("-");
        try {
            int y = Integer.parseInt(p[0]);
            if (p.length == 1) {
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            int m = Integer.parseInt(p[1]);
            if (p.length == 2) {
                LocalDate first = LocalDate.of(y, m, 1);
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.of(y, m, Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String stripArticle(String s) {
        return s != null && s.startsWith("the ") ? s.substring(4) : s;
    }

    static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
