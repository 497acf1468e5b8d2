package io.newsroom.enrich.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic has no letter for a foreign g: the data writes it غ (هونغ كونغ, الكونغو), while Egyptian and much other
 * Arabic press writes ج (هونج كونج, الكونجو). Countries and places gain the ج spelling of each Arabic name with غ,
 * unless another entry already has that name. A step of {@link GazetteerLoader}, which is not thread-safe; this
 * class keeps no state.
 */
final class ArabicForeignG {

    private ArabicForeignG() {
    }

    /** Adds the spellings to the countries and places the loader has read. */
    static void addTo(GazetteerLoader loader) {
        Set<String> taken = new HashSet<>();
        loader.builders().forEach(b -> b.aliases.stream().filter(a -> a.lang().equals("ar")).forEach(a -> taken.add(a.text())));
        for (EntryBuilder b : loader.builders()) {
            if (b.type != EntityType.COUNTRY && b.type != EntityType.PLACE) {
                continue;
            }
            for (GazetteerEntry.Alias a : List.copyOf(b.aliases)) {
                String variant = a.text().replace('غ', 'ج');
                if (a.lang().equals("ar") && !variant.equals(a.text()) && !taken.contains(variant)) {
                    b.alias("ar", variant);
                }
            }
        }
    }
}
