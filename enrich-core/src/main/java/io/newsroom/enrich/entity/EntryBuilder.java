package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One gazetteer entry while {@link GazetteerLoader} reads the data: each file, and the names made from them, add
 * names, offices and countries to it. Not thread-safe; the loader makes the immutable {@link GazetteerEntry} from it.
 */
final class EntryBuilder {

    /** Words left out of initials: "Организация Договора о коллективной безопасности" is ОДКБ. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Lexicon.words("function-words"));

    final String id;
    EntityType type;
    String name;
    final List<GazetteerEntry.Alias> aliases = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    final List<GazetteerEntry.Role> roles = new ArrayList<>();
    final Set<String> countries = new HashSet<>();
    String capitalOf;

    EntryBuilder(String id, EntityType type, String name) {
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

    /**
     * The Russian initials of a name of several words, as Russian newsrooms write them (США, ООН, ОДКБ, КНДР, РФ). No
     * English ones: the organisations' data gives the English abbreviations in use, and initials made up from an
     * English name were other things' in the text (IVF, CTO, ISO: all 12 links they made on the open set).
     */
    void russianInitials(String text) {
        if (text == null) {
            return;
        }
        String plain = text.replaceAll("\\s*\\([^)]*\\)", "").strip();
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (String w : plain.split("[\\s\\-]+")) {
            if (w.isEmpty() || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            words++;
        }
        if (words >= 2 && words <= 6) {
            alias("ru", b.toString());
        }
    }

    GazetteerEntry build() {
        return new GazetteerEntry(id, type, name, aliases, roles, countries, capitalOf);
    }
}
