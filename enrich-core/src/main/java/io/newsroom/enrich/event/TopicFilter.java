package io.newsroom.enrich.event;

import java.util.HashMap;
import java.util.Map;

/**
 * Drops a trigger in a sentence about a topic in which no diplomatic event is reported ({@link Topics}): a sentence
 * with one of its words ("will be back in action against Croatia", "entered into a definitive agreement to acquire",
 * "visited the hospital"), or any sentence of an article about one, whose title has one of its words or whose
 * sentences keep returning to it (at least {@link #ARTICLE_SENTENCES} sentences and one in {@link #ARTICLE_SHARE}). A
 * match, a deal or a concert has "meetings", "agreements" and "visits" between people and companies, not between
 * states. A topic spares the event types it names (a state sanctions companies); an article's topic spares a sentence
 * that names a person in office or a political organisation. Thread-safe.
 */
final class TopicFilter implements Pass {

    /** Sentences with words of one topic that make the article one about it. */
    static final int ARTICLE_SENTENCES = 3;
    /** ...and the share of the article's sentences they must be at least, as one in this many. */
    static final int ARTICLE_SHARE = 6;

    private final PoliticalActors political;

    /** @param political who acts in a political role: a sentence naming such a person or organisation is news */
    TopicFilter(PoliticalActors political) {
        this.political = political;
    }

    @Override
    public boolean apply(Detection d) {
        String type = d.trigger().type();
        Topics topics = Topics.of(d.language());
        if (d.topicsOf(d.index(), topics::in).stream().anyMatch(t -> t.rulesOut(type))) {
            return false;
        }
        if (namesAnOfficeHolder(d)) {
            return true;
        }
        Topics.Topic article = d.articleTopic(TopicFilter::articleTopic);
        return article == null || !article.rulesOut(type);
    }

    /**
     * Whether the sentence names a person in office or a political organisation (not only a country, which a travel
     * page names too): in an article about trade, a leader's meeting is still news.
     */
    private boolean namesAnOfficeHolder(Detection d) {
        return d.occurrences().stream().anyMatch(o -> (o.type().equals("PERSON") || o.type().equals("ORGANIZATION"))
                && political.political(o.ref(), d.reference()));
    }

    /** The topic the article is about, or null: the first in its title, else the one most of its sentences return to. */
    static Topics.Topic articleTopic(Detection d) {
        Topics topics = Topics.of(d.language());
        Map<Topics.Topic, Integer> sentences = new HashMap<>();
        for (int i = 0; i < d.sentences().size(); i++) {
            for (Topics.Topic t : d.topicsOf(i, topics::in)) {
                if (d.sentences().get(i).field().equals("title")) {
                    return t;
                }
                sentences.merge(t, 1, Integer::sum);
            }
        }
        int all = d.sentences().size();
        return sentences.entrySet().stream()
                .filter(e -> e.getValue() >= ARTICLE_SENTENCES && e.getValue() * ARTICLE_SHARE >= all)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
