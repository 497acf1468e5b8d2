package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NameFeaturesTest {

    private static final NameKeys KEYS = new NameKeys();

    private static List<String> read(String text) {
        TagContext a = TagContext.of(new Tokenizer(KEYS), "", text, null);
        return IntStream.range(0, a.size()).filter(i -> NameFeatures.candidate(a, i)).mapToObj(i -> a.token(i).surface())
                .toList();
    }

    @Test
    void theRecogniserReadsCapitalisedWordsAndShortWordsBetweenThem() {
        assertThat(read("talks at the Bank of England ended; later Osama bin Laden spoke")).containsExactly("Bank",
                "of", "England", "Osama", "bin", "Laden");
        assertThat(read("the bank of the river was full")).isEmpty();
    }

    @Test
    void wordsInOtherScriptsAreNotReadByTheEnglishModel() {
        assertThat(read("Путин встретился с Си Цзиньпином")).isEmpty();
    }

    @Test
    void aShapeShowsRunsOfCaseAndDigits() {
        Tokenizer tokenizer = new Tokenizer(KEYS);
        assertThat(tokenizer.tokens("U.S. McDonald G7 Jean-Claude", "text", 1)).extracting(NameFeatures::shape)
                .containsExactly("X.X.", "XxXx", "Xd", "Xx", "Xx");
    }
}
