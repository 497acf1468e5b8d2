package io.newsroom.enrich.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;

/**
 * Finds the diplomatic events an article reports, sentence by sentence, from the article's own title and text
 * (never menus or teasers) and the entities found in them, as a pipeline of passes over one {@link Detection}:
 * <ol>
 * <li>on each sentence: its triggers, words of its language ({@link Lexicon}) that name what happened
 * ({@link TriggerFinder}); a sentence that speaks of events in general or on a condition is dropped
 * ({@link SentenceFilter}); then its entity mentions, a capital opening it standing for its country
 * ({@link MentionFinder});</li>
 * <li>on each trigger: dropped when negated or blocked ({@link BlockerFilter}); planned when its words say so
 * ({@link TenseReader}); dated, and planned when its date lies after the article's ({@link DateReader}); dropped when
 * background ({@link BackgroundFilter}); its actors ({@link ActorFinder}), without which, or without a political one,
 * it is dropped ({@link PartyFilter}, {@link PoliticalActorFilter}); dropped in a sentence about sport, business,
 * culture, crime or travel, or in an article about one ({@link TopicFilter}, late: it reads the whole article);
 * dropped without a visitor or guest, or with a hostile object ({@link VisitorFilter}, {@link HostileObjectFilter});
 * its places ({@link PlaceFinder}); recorded as a sighting ({@link SightingRecorder});</li>
 * </ol>
 * then {@link EventConsolidator} merges the sightings of one event. Thread-safe.
 */
public final class EventDetector {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TemporalResolver time = new TemporalResolver();
    private final List<Pass> sentencePasses;
    private final List<Pass> triggerPasses;
    private final EventConsolidator consolidator = new EventConsolidator();

    /**
     * @param capitals  each capital's id with its country, which stands for it as the subject ("Washington said")
     * @param political who acts in a political role, of whom an event needs one
     */
    public EventDetector(Map<String, EntityRef> capitals, PoliticalActors political) {
        sentencePasses = List.of(new TriggerFinder(), SentenceFilter.GENERIC, SentenceFilter.CONDITIONAL,
                new MentionFinder(capitals));
        triggerPasses = List.of(new BlockerFilter(), new TenseReader(), new DateReader(time), new BackgroundFilter(),
                new ActorFinder(), new PartyFilter(), new PoliticalActorFilter(political), new DomesticFilter(political),
                new TopicFilter(political),
                new VisitorFilter(), new HostileObjectFilter(), new PlaceFinder(), new SightingRecorder());
    }

    /**
     * @param lang      the article's language (en, ar, ru; others by their script, Latin letters only where they read
     *                  as English: {@link Lexicon#of})
     * @param published the article's date, null when it gives none
     * @param seenOn    the day the article was fetched, its date when it gives none and its text fixes none
     */
    public List<Event> detect(String title, String text, String lang, List<Entity> entities, LocalDate published, LocalDate seenOn) {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        LocalDate reference = published;
        if (reference == null) {
            LocalDate anniversary = time.anniversary(title + "\n" + text);
            reference = anniversary != null ? anniversary : seenOn;
        }
        List<Sentence> sentences = new ArrayList<>(splitter.split("title", title));
        sentences.addAll(splitter.split("text", text));
        Optional<Lexicon.Language> language = Lexicon.of(lang, title + text);
        if (language.isEmpty()) {
            return List.of();
        }
        Detection d = new Detection(language.get(), sentences, entities, reference);
        for (int i = 0; i < d.sentences().size(); i++) {
            d.read(i);
            if (!passes(sentencePasses, d)) {
                continue;
            }
            for (Trigger trigger : d.triggers()) {
                d.consider(trigger);
                passes(triggerPasses, d);
            }
        }
        return consolidator.consolidate(d.sightings(), entities);
    }

    private static boolean passes(List<Pass> passes, Detection d) {
        for (Pass p : passes) {
            if (!p.apply(d)) {
                return false;
            }
        }
        return true;
    }
}
