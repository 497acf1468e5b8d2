package io.newsroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTopicNameIsInTheCatalogueOnce() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && ((String) f.get(null)).startsWith("news.")) {
                names.add((String) f.get(null));
            }
        }
        assertThat(Topics.CATALOGUE).extracting(TopicSpec::name).containsExactlyInAnyOrderElementsOf(names)
                .doesNotHaveDuplicates();
    }

    @Test
    void everyDeadLetterTopicServesACatalogueTopicAndIsDeclaredByThatTopicsConsumer() {
        for (TopicSpec t : Topics.CATALOGUE) {
            if (t.deadLetters()) {
                String served = t.name().substring(0, t.name().length() - Topics.DEAD_LETTER_SUFFIX.length());
                assertThat(Topics.spec(served)).as(t.name()).isPresent();
                assertThat(Topics.deadLetterTopic(served)).isEqualTo(t.name());
            }
        }
        assertThat(Topics.spec(Topics.RAW_DLT).orElseThrow().producer()).isEqualTo(Topics.ENRICH);
    }

    @Test
    void theSeenStateIsPartitionedLikeTheFrontier() {
        TopicSpec frontier = Topics.spec(Topics.FRONTIER).orElseThrow();
        TopicSpec seen = Topics.spec(Topics.SEEN).orElseThrow();

        assertThat(seen.partitions()).isEqualTo(frontier.partitions());
        assertThat(seen.producer()).isEqualTo(frontier.producer());
        assertThat(seen.compacted()).isTrue();
    }

    @Test
    void eachServiceDeclaresOnlyItsOwnTopics() {
        assertThat(Topics.declaredBy(Topics.INGEST)).extracting(TopicSpec::name)
                .containsExactly(Topics.FRONTIER, Topics.SEEN, Topics.FRONTIER_DLT, Topics.RAW);
    }
}
