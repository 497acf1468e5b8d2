package io.newsroom.enrich.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newsroom.contracts.Entity;

/**
 * Finds the people, countries, organisations and places of an article and links each to its gazetteer identity.
 * Passes over the words, each taking only words no earlier pass took:
 * <ol>
 * <li>names the gazetteer lists, longest first, on normalised keys, any script ({@link ListedNamePass});</li>
 * <li>monarchs by given name and regnal number ({@link RegnalNamePass});</li>
 * <li>full names of people in other spellings, on consonant skeletons ({@link FullNamePass});</li>
 * <li>a surname alone ({@link SurnamePass});</li>
 * <li>places in Russian and Arabic on consonant skeletons ({@link PlacePass});</li>
 * <li>ministries and central banks with their country ({@link BodyPass});</li>
 * <li>in English articles, names the statistical recogniser finds among the words left ({@link
 * RecognisedNamePass});</li>
 * <li>names outside the gazetteer ({@link UnknownPersonPass}; their surnames alone after them, {@link
 * UnknownSurnamePass}; in Arabic {@link ArabicUnknownNamePass}).</li>
 * </ol>
 * Between candidates for one name, context decides ({@link Resolver}): the countries the first two passes found
 * help choose among the candidates of every later name. Thread-safe: each call has its own {@link TagContext}.
 */
public final class EntityTagger {

    private final Gazetteer gazetteer;
    private final NameKeys keys;
    private final Tokenizer tokenizer;
    private final List<Pass> passes;
    private final EntityAssembler assembler;

    public EntityTagger(Gazetteer gazetteer, NameKeys keys) {
        this.gazetteer = gazetteer;
        this.keys = keys;
        this.tokenizer = new Tokenizer(keys);
        Cues cues = new Cues(keys);
        Resolver resolver = new Resolver(gazetteer, cues);
        this.passes = List.of(
                new ListedNamePass(gazetteer, cues),
                new RegnalNamePass(gazetteer, keys, cues),
                resolver::noteCountries,
                new FullNamePass(gazetteer, keys, cues, resolver),
                resolver::resolveAll,
                new SurnamePass(gazetteer, keys, cues, resolver),
                new PlacePass(gazetteer, keys, cues),
                new BodyPass(gazetteer, new Bodies(keys)),
                new RecognisedNamePass(new NameRecogniser(NameRecogniser.shippedModel(), new NameFeatures(gazetteer, keys, cues)), gazetteer,
                        cues),
                new UnknownPersonPass(gazetteer, keys, cues),
                new UnknownSurnamePass(cues),
                new ArabicUnknownNamePass(keys, cues));
        this.assembler = new EntityAssembler(gazetteer, keys);
    }

    /** The tagger over the shipped gazetteer (a few seconds to build: make one and share it). */
    public static EntityTagger shipped() {
        NameSpelling.readInBackground();
        NameKeys keys = new NameKeys();
        return new EntityTagger(new Gazetteer(GazetteerLoader.shipped(), keys), keys);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param date the article's date, for choosing among office-holders; null when unknown
     */
    public List<Entity> tag(String title, String text, LocalDate date) {
        return tag(title, text, date, null);
    }

    /**
     * @param date the article's date, for choosing among office-holders; null when unknown
     * @param lang the article's language (ISO 639-1), which says whether the name recogniser reads it; null or "und"
     *             when unknown
     */
    public List<Entity> tag(String title, String text, LocalDate date, String lang) {
        TagContext article = TagContext.of(tokenizer, title, text, date, lang);
        for (Pass pass : passes) {
            pass.run(article);
        }
        return assembler.entities(article);
    }

    /**
     * What a name typed into a search box may mean, most likely first: the identities tagging finds in it
     * ("Токаев", "Xi Jinping", "ОДКБ"), else the people whose surname it is in any script ("Tokayev", "توكايف"),
     * most prominent office first. Unlike an article, a search box gives a lone surname no title to lean on.
     */
    public List<GazetteerEntry> lookup(String name, int limit) {
        Set<GazetteerEntry> found = new LinkedHashSet<>();
        for (Entity e : tag("", name, null)) {
            if (e.id() != null) {
                gazetteer.byId(e.id()).ifPresent(found::add);
            }
        }
        List<String> words = Tokenizer.words(name);
        if (found.isEmpty() && !words.isEmpty()) {
            // the whole box is a name: a full name in any spelling or script, word for word (شي جين بينغ), else a
            // surname alone
            Set<Integer> candidates = new HashSet<>();
            if (words.size() >= 2) {
                keys.alignedSkeletons(words).forEach(a -> candidates.addAll(gazetteer.spellings().byAlignedSkeletons(a)));
            }
            String last = words.get(words.size() - 1);
            if (candidates.isEmpty()) {
                candidates.addAll(gazetteer.spellings().bySurnameKey(keys.key(last)));
                // in Latin letters a variant of the letters, as in articles: "Chalk" is not Silk, Sulyok or Salek
                boolean latin = Script.of(last) == Script.LATIN;
                for (String skeleton : keys.skeletons(last)) {
                    gazetteer.spellings().bySurnameSkeleton(skeleton).stream()
                            .filter(c -> !latin || gazetteer.surnameSpeltLike(c, last))
                            .forEach(candidates::add);
                }
            }
            candidates.stream().map(gazetteer.entries()::get)
                    .sorted(Comparator.comparingDouble(GazetteerEntry::prominence).reversed().thenComparing(GazetteerEntry::name))
                    .forEach(found::add);
        }
        return found.stream().limit(limit).toList();
    }
}
