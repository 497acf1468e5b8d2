package io.newsroom.enrich.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;

/**
 * What is known while one article is read for events, handed from pass to pass ({@link Pass}): the article (its
 * language's words, sentences, entities and date), what earlier sentences gave (the sightings so far, the person a
 * later pronoun stands for), the sentence being read (its normalised text, triggers and entity mentions) and the
 * trigger being read (status, date, actors, places). One per article: not thread-safe.
 */
final class Detection {

    /** Characters before a trigger in which a marker (negation, future, threat) is read, within its clause. */
    static final int WINDOW = 60;
    /** How many sentences on a pronoun subject ("He met...") may stand for the last person named. */
    private static final int PRONOUN_REACH = 2;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:،؛(]|\\s[-–—]\\s");

    private final Lexicon.Language language;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final LocalDate reference;
    private final List<Sighting> sightings = new ArrayList<>();
    private final List<Sighting> sightingsSoFar = Collections.unmodifiableList(sightings);
    private EntityRef subject;
    private int subjectSentence;
    private Topics.Topic topic;
    private boolean topicRead;
    /** Each sentence's topics once read, null before: the sentence's own check and the article's share them. */
    private final List<List<Topics.Topic>> topics;
    /** Each rule's trigger matcher, by the rule's place in the language's list, made once an article needs it. */
    private final Matcher[] triggerMatchers;

    private int index;
    private Sentence sentence;
    private TextNormalizer.Normalized normalized;
    private List<Trigger> triggers;
    private List<Occurrence> occurrences;

    private Trigger trigger;
    private boolean planned;
    private String negated;
    private When when;
    private List<EntityRef> actors;
    private Set<String> sources;
    private Set<String> targets;
    private List<EntityRef> places;

    /** @param reference the article's date (or the day it is about, or was fetched), null when unknown */
    Detection(Lexicon.Language language, List<Sentence> sentences, List<Entity> entities, LocalDate reference) {
        this.language = language;
        this.sentences = List.copyOf(sentences);
        this.entities = entities;
        this.reference = reference;
        this.topics = new ArrayList<>(Collections.nCopies(this.sentences.size(), null));
        this.triggerMatchers = new Matcher[language.rules().size()];
    }

    Lexicon.Language language() {
        return language;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Entity> entities() {
        return entities;
    }

    LocalDate reference() {
        return reference;
    }

    /**
     * The topic the whole article is about ({@link TopicFilter}), null for none: read by {@code reader} the first time
     * it is asked for, then kept.
     */
    Topics.Topic articleTopic(Function<Detection, Topics.Topic> reader) {
        if (!topicRead) {
            topic = reader.apply(this);
            topicRead = true;
        }
        return topic;
    }

    /** The sightings of the sentences read so far, in order. */
    List<Sighting> sightings() {
        return sightingsSoFar;
    }

    /** Records a sighting; its first person, if any, is who a pronoun opening a later sentence stands for. */
    void record(Sighting s) {
        sightings.add(s);
        s.actors().stream().filter(a -> a.type().equals("PERSON")).findFirst().ifPresent(person -> {
            subject = person;
            subjectSentence = index;
        });
    }

    /** The last person of a sighting, if one of the last few sentences (or this one) named them; else null. */
    EntityRef subject() {
        return subject != null && index - subjectSentence <= PRONOUN_REACH ? subject : null;
    }

    /** Starts on sentence {@code i}: what the last sentence and trigger gave is forgotten. */
    void read(int i) {
        index = i;
        sentence = sentences.get(i);
        normalized = TextNormalizer.normalize(sentence.text());
        triggers = List.of();
        occurrences = List.of();
        trigger = null;
    }

    /**
     * The topics of sentence {@code i} ({@link TopicFilter}): read by {@code reader} from its normalised text (see
     * {@link TextNormalizer}) the first time either the sentence's check or the article's asks, then kept.
     */
    List<Topics.Topic> topicsOf(int i, Function<String, List<Topics.Topic>> reader) {
        List<Topics.Topic> found = topics.get(i);
        if (found == null) {
            found = List.copyOf(reader.apply(i == index && sentence != null ? normalized.text()
                    : TextNormalizer.normalize(sentences.get(i).text()).text()));
            topics.set(i, found);
        }
        return found;
    }

    /** The index of the sentence being read. */
    int index() {
        return index;
    }

    Sentence sentence() {
        return sentence;
    }

    /** The sentence as the lexicon reads it (see {@link TextNormalizer}). */
    String text() {
        return normalized.text();
    }

    /**
     * The trigger matcher of rule {@code r} of the language's list, on {@link #text()}, bounds transparent and not
     * anchoring: one per rule for the whole article, reset for each sentence, as an article's sentences are many and
     * so are the rules that may begin in each.
     */
    Matcher triggerMatcher(int r) {
        Matcher m = triggerMatchers[r];
        if (m == null) {
            m = language.rules().get(r).trigger().matcher(text()).useTransparentBounds(true).useAnchoringBounds(false);
            triggerMatchers[r] = m;
            return m;
        }
        return m.reset(text());
    }

    /** The offset in the sentence's original text of offset {@code at} in {@link #text()}. */
    int original(int at) {
        return normalized.originalOffset(at, sentence.text().length());
    }

    boolean headline() {
        return sentence.field().equals("title");
    }

    List<Trigger> triggers() {
        return triggers;
    }

    void triggers(List<Trigger> found) {
        triggers = List.copyOf(found);
    }

    /** The entity mentions of the sentence, in order. */
    List<Occurrence> occurrences() {
        return occurrences;
    }

    void occurrences(List<Occurrence> found) {
        occurrences = List.copyOf(found);
    }

    /** Starts on a trigger of the sentence: occurred, undated, without actors or places until a pass says otherwise. */
    void consider(Trigger t) {
        trigger = t;
        planned = false;
        negated = null;
        when = When.UNKNOWN;
        actors = List.of();
        sources = Set.of();
        targets = Set.of();
        places = List.of();
    }

    Trigger trigger() {
        return trigger;
    }

    boolean planned() {
        return planned;
    }

    void planned(boolean p) {
        planned = p;
    }

    /** Marks the trigger denied or cancelled ({@link Event#DENIED}, {@link Event#CANCELLED}). */
    void negated(String status) {
        negated = status;
    }

    /** Denied or cancelled when a pass said so, else planned or occurred. */
    String status() {
        return negated != null ? negated : planned ? Event.PLANNED : Event.OCCURRED;
    }

    When when() {
        return when;
    }

    void when(When w) {
        when = w;
    }

    List<EntityRef> actors() {
        return actors;
    }

    void actors(List<EntityRef> a) {
        actors = List.copyOf(a);
    }

    /** The actors (by {@link EntityRef#key()}) the sentence makes who did it, and those to whom it was done. */
    void roles(Set<String> sourceKeys, Set<String> targetKeys) {
        sources = Set.copyOf(sourceKeys);
        targets = Set.copyOf(targetKeys);
    }

    /** The actors that are sources, in the actors' order; an actor a later pass added has no role. */
    List<EntityRef> sources() {
        return actors.stream().filter(a -> sources.contains(a.key())).toList();
    }

    List<EntityRef> targets() {
        return actors.stream().filter(a -> targets.contains(a.key())).toList();
    }

    List<EntityRef> places() {
        return places;
    }

    void places(List<EntityRef> p) {
        places = List.copyOf(p);
    }

    /** Where the trigger's clause starts: after the last clause break before it, {@link #WINDOW} characters back at most. */
    int clauseStart() {
        int from = Math.max(0, trigger.start() - WINDOW);
        Matcher b = CLAUSE_BREAK.matcher(text()).region(from, trigger.start());
        int start = from;
        while (b.find()) {
            start = b.end();
        }
        return start;
    }
}
