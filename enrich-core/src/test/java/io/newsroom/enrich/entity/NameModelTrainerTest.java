package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

class NameModelTrainerTest {

    @Test
    void learnsFromTheWordsTheRecogniserReadsAndWritesAModelItCanLoad(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("names.bin.gz");
        int words = new NameModelTrainer(Shipped.GAZETTEER, Shipped.KEYS)
                .train(List.of(LabelledSentenceTest.fixture()), model);
        // Al, Zaman, Shaikh, Abdullah, al, Ani, Qaim; Argentinian, Maria, Lopez
        assertThat(words).isEqualTo(10);
        MaxentModel read;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(model))) {
            read = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        }
        assertThat(IntStream.range(0, read.getNumOutcomes()).mapToObj(read::getOutcome))
                .containsExactlyInAnyOrder("O", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-LOC");
    }
}
