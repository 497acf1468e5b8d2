package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic news names a country by its adjective at least as often as by its name (الرئيس السوداني, الموقف
 * الأردني, الفلسطينيين): the nisba is regular, so it is made from each one-word Arabic name rather than listed.
 * A form two countries would share is left out. A step of {@link GazetteerLoader}, which is not thread-safe; this
 * class keeps no state.
 */
final class ArabicAdjectives {

    private ArabicAdjectives() {
    }

    /** Adds the adjectives of the countries the loader has read as their Arabic names. */
    static void addTo(GazetteerLoader loader) {
        Map<String, Set<EntryBuilder>> byForm = new HashMap<>();
        for (EntryBuilder b : loader.builders()) {
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
}
