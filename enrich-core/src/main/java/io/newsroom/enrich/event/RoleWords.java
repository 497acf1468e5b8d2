package io.newsroom.enrich.event;

import java.util.Map;

/**
 * The words of a language that tell whether an event's actors act in a political role, from
 * {@code /vocab/event/<lang>/political.tsv}: a locative right before a country ("in Japan": where, not who), a
 * country named by its adjective ("Kenyan"), a state's institution after it ("Sudanese army"), and a web address
 * after a visit trigger ("please visit www.example.org"). A language without the file has none. Loaded once;
 * immutable and thread-safe.
 *
 * @param locative   matched on lower-cased text that ends right before a country's mention
 * @param webAddress matched on normalised text from a trigger's end
 * @param demonym    matched on a country's whole mention, lower-cased: an adjective ("Kenyan"), not the name
 * @param institution a state's institution after its adjective ("Sudanese army"), matched on normalised text
 */
record RoleWords(WordList locative, WordList webAddress, WordList demonym, WordList institution) {

    private static final String B = "(?<![\\p{L}\\p{N}])";

    private static final RoleWords ENGLISH = load("en");
    private static final RoleWords ARABIC = load("ar");
    private static final RoleWords RUSSIAN = load("ru");

    /** The words of a language, as {@link Lexicon#of} chose it. */
    static RoleWords of(Lexicon.Language language) {
        return switch (language.code()) {
            case "ar" -> ARABIC;
            case "ru" -> RUSSIAN;
            default -> ENGLISH;
        };
    }

    private static RoleWords load(String code) {
        Map<String, String> lists = new EventVocabulary(code).lists("political");
        return new RoleWords(WordList.of(lists.get("locative"), B, "\\s+$"),
                WordList.of(lists.get("web-address"), "^\\s*", ""), WordList.of(lists.get("demonym"), "^", "$"),
                WordList.of(lists.get("institution"), B, "(?![\\p{L}\\p{N}])"));
    }
}
