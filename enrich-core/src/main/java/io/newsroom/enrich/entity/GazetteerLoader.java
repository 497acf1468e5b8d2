package io.newsroom.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Reads the gazetteer shipped in {@code /gazetteer/} (see its README for sources and licences): countries and their
 * capitals with their CLDR names ({@link CldrRegions}), international organisations, people in power with their
 * offices, then the curated overlay, which adds names, offices and entries the data lacks; then the names made from
 * what was read ({@link CldrCities}, {@link CityNames}, {@link ArabicAdjectives}, {@link ArabicForeignG}) and the
 * world's regions ({@link CldrWorldRegions}). One loader reads once, on one thread.
 */
public final class GazetteerLoader {

    /** Languages whose names are read from the organisations and countries files. */
    private static final List<String> ORG_LANGS = List.of("en", "ar", "ru", "fr", "es", "de");

    private final Map<String, EntryBuilder> byId = new LinkedHashMap<>();
    /** Countries by ISO alpha-2, for the cities step. */
    private final Map<String, EntryBuilder> countryByIso2 = new HashMap<>();
    /** Each country's ISO alpha-3 code by its QID, for offices the people data gives by the country's QID alone. */
    private final Map<String, String> codeByQid = new HashMap<>();

    /** The shipped gazetteer. */
    public static List<GazetteerEntry> shipped() {
        GazetteerLoader loader = new GazetteerLoader();
        try {
            List<Map<String, String>> people = new ArrayList<>(csv("leaders.csv"));
            // the heads of state and government whose terms ended before leaders.csv's begin
            people.addAll(csv("leaders-history.csv"));
            List<Overlay.Row> overlay = Overlay.read(resource("overlay.tsv"));
            loader.countries(csv("countries.csv"), countryQids(people));
            loader.overlayCountries(overlay);
            CldrRegions.addTo(loader, List.copyOf(loader.countryByIso2.keySet()));
            loader.organisations(csv("intl_orgs.csv"));
            loader.people(people);
            loader.overlay(overlay);
            CldrCities.addTo(loader);
            try (BufferedReader cities = resource("city-names.tsv")) {
                CityNames.addTo(loader, cities);
            }
            ArabicAdjectives.addTo(loader);
            ArabicForeignG.addTo(loader);
            CldrWorldRegions.addTo(loader, Vocabulary.table("entity/mul/m49-regions.tsv").column("code"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped gazetteer", e);
        }
        return loader.entries();
    }

    List<GazetteerEntry> entries() {
        return byId.values().stream().map(EntryBuilder::build).toList();
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

    /** The entry of this id, made with this type and name if there is none yet. */
    EntryBuilder entry(String id, EntityType type, String name) {
        return byId.computeIfAbsent(id, k -> new EntryBuilder(id, type, name));
    }

    /** Every entry so far, in the order first read. */
    Collection<EntryBuilder> builders() {
        return byId.values();
    }

    /** Every name of a country so far, as {@code lang|name}: a city's name that is one stays the country's. */
    Set<String> countryNames() {
        Set<String> names = new HashSet<>();
        byId.values().stream().filter(b -> b.type == EntityType.COUNTRY)
                .forEach(b -> b.aliases.forEach(a -> names.add(a.lang() + "|" + a.text())));
        return names;
    }

    /** The words of people's names so far (Victoria, Hamilton): a place named so is more often the person. */
    Set<String> personWords() {
        Set<String> words = new HashSet<>();
        byId.values().stream().filter(b -> b.type == EntityType.PERSON)
                .forEach(b -> words.addAll(Tokenizer.words(b.name)));
        return words;
    }

    /** The country of an ISO alpha-2 code, or null. */
    EntryBuilder countryOfIso2(String iso2) {
        return countryByIso2.get(iso2);
    }

    /**
     * The QID of each country code as the people data gives it (an office's {@code country_qid}), where the rows of
     * that code agree on one.
     */
    static Map<String, String> countryQids(List<Map<String, String>> people) {
        Map<String, Set<String>> seen = new HashMap<>();
        for (Map<String, String> r : people) {
            if (!r.get("country_iso3").isEmpty() && !r.get("country_qid").isEmpty()) {
                seen.computeIfAbsent(r.get("country_iso3"), k -> new HashSet<>()).add(r.get("country_qid"));
            }
        }
        Map<String, String> qids = new HashMap<>();
        seen.forEach((iso3, q) -> {
            if (q.size() == 1) {
                qids.put(iso3, q.iterator().next());
            }
        });
        return qids;
    }

    /**
     * The countries file's rows; a row without a QID (Namibia's has none) takes the one the people data gives its
     * code.
     */
    void countries(List<Map<String, String>> rows, Map<String, String> qidsByIso3) {
        for (Map<String, String> given : rows) {
            Map<String, String> r = given;
            if (r.get("qid").isEmpty() && qidsByIso3.containsKey(r.get("iso3"))) {
                r = new HashMap<>(given);
                r.put("qid", qidsByIso3.get(r.get("iso3")));
            }
            if (r.get("qid").isEmpty() || r.get("name_en").isEmpty()) {
                continue;
            }
            // the common name ("Syria"), unless it is an abbreviation ("US"): then the UN short name, unqualified
            String name = NameTrie.isAbbreviation(r.get("name_en")) && !r.get("un_short_en").isEmpty()
                    ? r.get("un_short_en").replaceAll("\\s*\\([^)]*\\)", "") : r.get("name_en");
            if (name.contains(" - ") && !r.get("formal_en").isEmpty()) {
                // CLDR tells the two Congos apart by their capitals ("Congo - Brazzaville"); news by the formal name
                name = stripArticle(r.get("formal_en"));
            }
            EntryBuilder b = entry(r.get("qid"), EntityType.COUNTRY, name);
            b.countries.add(r.get("iso3"));
            countryByIso2.putIfAbsent(r.get("iso2"), b);
            codeByQid.putIfAbsent(r.get("qid"), r.get("iso3"));
            for (String col : List.of("name_en", "un_short_en", "formal_en")) {
                b.alias("en", stripArticle(r.get(col)));
            }
            for (String lang : List.of("ar", "ru", "fr", "es")) {
                b.alias(lang, r.get("name_" + lang));
            }
            b.alias("ar", r.get("formal_ar"));
            b.alias("ru", r.get("formal_ru"));
            b.russianInitials(r.get("name_ru"));
            b.russianInitials(r.get("formal_ru"));
            if (!r.get("capital_en").isEmpty()) {
                // 18 capitals have no QID in the data (Dushanbe among them): a local id until the overlay gives one
                String id = r.get("capital_qid").isEmpty() ? "newsroom:place:" + slug(r.get("capital_en")) : r.get("capital_qid");
                EntryBuilder capital = entry(id, EntityType.PLACE, r.get("capital_en"));
                capital.alias("en", r.get("capital_en"));
                capital.countries.add(r.get("iso3"));
                capital.capitalOf = r.get("qid");
            }
        }
    }

    /**
     * The countries the overlay adds with their code (Kosovo: the people data names its presidents and ministers by its
     * QID, the countries file lacks it), before the names step, so that CLDR names them as it names the others (the
     * alpha-2 code is the one ICU gives the alpha-3).
     */
    void overlayCountries(List<Overlay.Row> rows) {
        for (Overlay.Row r : rows) {
            if (r.type() != EntityType.COUNTRY || r.country() == null || byId.containsKey(r.id())) {
                continue;
            }
            EntryBuilder b = entry(r.id(), EntityType.COUNTRY, r.name());
            b.countries.add(r.country());
            codeByQid.putIfAbsent(r.id(), r.country());
            String iso2 = CountryCodes.iso2(r.country());
            if (iso2 != null) {
                countryByIso2.putIfAbsent(iso2, b);
            }
        }
    }

    void organisations(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            if (r.get("name_en").isEmpty()) {
                continue;
            }
            String id = r.get("qid").isEmpty() ? "newsroom:org:" + slug(r.get("name_en")) : r.get("qid");
            EntryBuilder b = entry(id, EntityType.ORGANIZATION, r.get("name_en"));
            b.alias("en", r.get("abbreviation_en"));
            for (String lang : ORG_LANGS) {
                b.alias(lang, r.get("name_" + lang));
            }
            b.russianInitials(r.get("name_ru"));
        }
    }

    void people(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            if (r.get("qid").isEmpty() || r.get("name_en").isEmpty()) {
                continue;
            }
            EntryBuilder b = entry(r.get("qid"), EntityType.PERSON, r.get("name_en"));
            b.alias("en", r.get("name_en"));
            b.alias("ar", r.get("name_ar"));
            b.alias("ru", r.get("name_ru"));
            if (r.get("country_iso3").equals("CHN")) {
                // Russian writes Chinese names by Palladius (Си Цзиньпин), which no skeleton of the English meets
                Palladius.russian(r.get("name_en")).ifPresent(ru -> b.alias("ru", ru));
            }
            // 78 offices give only the country's QID (Kosovo's 60 among them)
            String country = r.get("country_iso3").isEmpty() ? codeByQid.getOrDefault(r.get("country_qid"), "")
                    : r.get("country_iso3");
            b.roles.add(new GazetteerEntry.Role(r.get("role"), country, date(r.get("start"), false),
                    date(r.get("end"), true)));
            b.countries.add(country);
        }
    }

    void overlay(List<Overlay.Row> rows) {
        for (Overlay.Row r : rows) {
            EntryBuilder b = byId.get(r.id());
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
            if (r.role() != null && r.role().startsWith(Overlay.WITHDRAWN)) {
                String wrong = r.role().substring(Overlay.WITHDRAWN.length());
                b.roles.removeIf(o -> o.role().equals(wrong) && o.country().equals(r.country()));
                continue;
            }
            if (r.role() != null) {
                b.roles.add(new GazetteerEntry.Role(r.role(), r.country(), r.start(), r.end()));
            }
            if (r.country() != null) {
                b.countries.add(r.country());
            }
        }
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
