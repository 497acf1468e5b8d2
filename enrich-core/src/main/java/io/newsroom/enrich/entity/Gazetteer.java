package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroom.contracts.EntityRef;

/**
 * The gazetteer indexed for matching: the names it lists as a trie over their match keys ({@link NameTrie}), and
 * people's and places' names by consonant skeleton and key for the spellings it does not list ({@link
 * SpellingIndex}). Immutable after construction; thread-safe.
 */
public final class Gazetteer {

    /** People whose surname alone may name them, without a full mention in the article. */
    static final double SURNAME_PROMINENCE = 0.6;
    /** At most this many of the listed people share a surname that alone may name one of them. */
    private static final int FEW_SHARE = 3;
    /** A Roman numeral: a regnal number ("Abdullah II") or a war's, never a name. */
    static final Pattern ROMAN = Pattern.compile("[IVXL]+");

    private final List<GazetteerEntry> entries;
    private final Map<String, Integer> byId = new HashMap<>();
    private final NameTrie trie;
    private final SpellingIndex spellings;
    private final NameKeys keys;

    Gazetteer(List<GazetteerEntry> entries, NameKeys keys) {
        this.entries = List.copyOf(entries);
        this.keys = keys;
        this.trie = new NameTrie(keys);
        this.spellings = new SpellingIndex(keys);
        for (int i = 0; i < this.entries.size(); i++) {
            GazetteerEntry e = this.entries.get(i);
            byId.putIfAbsent(e.id(), i);
            for (GazetteerEntry.Alias a : e.aliases()) {
                List<String> words = Tokenizer.words(a.text());
                if (words.isEmpty()) {
                    continue;
                }
                if (e.type() == EntityType.PERSON) {
                    trie.addPerson(i, a.text(), words);
                    spellings.addPerson(i, e, a, words);
                } else if (!ROMAN.matcher(a.text()).matches()) {
                    // "II" is a regnal or war number far more often than anyone's abbreviation
                    trie.addName(i, a.text());
                    if (e.type() == EntityType.PLACE && e.aliases().stream().noneMatch(x -> x.lang().equals("ru"))) {
                        // skeletons only for places whose Russian name the data lacks: Белгорода is not Belgrade
                        spellings.addPlace(i, a);
                    }
                }
            }
        }
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry with this id (QID or newsroom: id), if the gazetteer has one. */
    public Optional<GazetteerEntry> byId(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    public int size() {
        return entries.size();
    }

    /** The last word of the entry's name: a person's surname. */
    String surname(int entry) {
        List<String> words = Tokenizer.words(entries.get(entry).name());
        return words.get(words.size() - 1);
    }

    /**
     * Whether few of the listed people share the entry's surname: a surname alone may name that person (Trump: three
     * Trumps), while one many share (Johnson, Baker) names no one without more evidence.
     */
    boolean surnameFewShare(int entry) {
        return spellings.byLastWordKey(keys.key(surname(entry))).size() <= FEW_SHARE;
    }

    /**
     * Whether a word in Latin letters spells the entry's surname as a variant of it would ({@link
     * NameKeys#spelledAlike}): "Rahman" Rahmon's, not "Apex" Baucus's, whose consonant classes are the same.
     */
    boolean surnameSpeltLike(int entry, String word) {
        return NameKeys.spelledAlike(keys.folded(word), keys.folded(surname(entry)));
    }

    /**
     * Whether a Russian word spells the entry's surname as a variant would, romanised as written or in the
     * nominative, or as the spelling tables spell it ({@link NameSpelling#english}).
     */
    boolean surnameWrittenLike(int entry, Token word) {
        NameSpelling.Spelling english = NameSpelling.english(word, keys);
        return surnameSpeltLike(entry, keys.romanised(NameSpelling.nominative(word)).replace("'", ""))
                || surnameSpeltLike(entry, keys.romanised(word.surface()).replace("'", ""))
                || english != null && surnameSpeltLike(entry, english.english());
    }

    /** Whether the spelling tables spell a Russian or Arabic word as a given name of the listed people (Юрия: Yury). */
    boolean givenNameWritten(Token word) {
        NameSpelling.Spelling english = NameSpelling.english(word, keys);
        return english != null && spellings.isFirstName(keys.key(english.english()));
    }

    /**
     * Whether the spelling tables spell an Arabic word as a given name of the listed people of the countries that
     * write in Arabic script ({@link SpellingIndex#isArabicWorldFirstName}): سلام (Salam Fayyad's) may be the word
     * for peace, بلير (Blair Boyer's, of Australia) is no Arabic word.
     */
    boolean arabicGivenNameWritten(Token word) {
        NameSpelling.Spelling english = NameSpelling.english(word, keys);
        return english != null && spellings.isArabicWorldFirstName(keys.key(english.english()));
    }

    /** Each capital's id with its country, as an event actor. */
    public Map<String, EntityRef> capitals() {
        Map<String, EntityRef> out = new HashMap<>();
        for (GazetteerEntry e : entries) {
            if (e.capitalOf() != null) {
                byId(e.capitalOf()).ifPresent(c -> out.put(e.id(), new EntityRef(c.id(), c.name(), c.type().name())));
            }
        }
        return out;
    }

    /** The listed names by match keys. */
    NameTrie trie() {
        return trie;
    }

    /** People and places by skeleton and key, for spellings the names do not list. */
    SpellingIndex spellings() {
        return spellings;
    }
}
