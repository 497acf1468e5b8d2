package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabelledSentenceTest {

    static Path fixture() throws URISyntaxException {
        return Path.of(LabelledSentenceTest.class.getResource("/entity/labelled.iob2").toURI());
    }

    @Test
    void labelsAreMovedOntoTheCharactersOfTheSentence() throws Exception {
        List<LabelledSentence> sentences = LabelledSentence.read(fixture());
        assertThat(sentences).hasSize(2);
        LabelledSentence first = sentences.get(0);
        String text = first.text();
        int ani = text.indexOf("Ani");
        assertThat(first.labelAt(text.indexOf("Shaikh"), text.indexOf("Shaikh") + 6)).isEqualTo("B-PER");
        assertThat(first.labelAt(text.indexOf("al-Ani"), text.indexOf("al-Ani") + 2)).isEqualTo("I-PER");
        assertThat(first.labelAt(ani, ani + 3)).isEqualTo("I-PER");
        assertThat(first.labelAt(text.indexOf("Zaman"), text.indexOf("Zaman") + 5)).isEqualTo("I-ORG");
        assertThat(first.labelAt(text.indexOf("near"), text.indexOf("near") + 4)).isEqualTo(NameFeatures.OUTSIDE);
    }

    @Test
    void labelsOtherThanPeopleOrganisationsAndPlacesCountAsOutside() throws Exception {
        LabelledSentence second = LabelledSentence.read(fixture()).get(1);
        assertThat(second.labelAt(0, 11)).isEqualTo(NameFeatures.OUTSIDE);
        assertThat(second.labelAt(second.text().indexOf("Lopez"), second.text().length() - 1)).isEqualTo("I-PER");
    }
}
