package io.newsroom.enrich.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Vocabulary.Table parse(String text) throws IOException {
        return Vocabulary.parse("/vocab/test.tsv", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsCommentedTablesByColumnName() throws IOException {
        Vocabulary.Table t = parse("# what it is for\n# source: a test\nword\trole\n\nPresident\thead_of_state\nminister\t\n");

        assertThat(t.columns()).containsExactly("word", "role");
        assertThat(t.column("word")).containsExactly("President", "minister");
        assertThat(t.rows().get(0).get("role")).isEqualTo("head_of_state");
        assertThat(t.rows().get(1).optional("role")).isNull();
    }

    @Test
    void aRowMissingACellIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> parse("# source: a test\nword\trole\nPresident\n"))
                .hasMessageContaining("line 3").hasMessageContaining("word, role");
    }

    @Test
    void aFileThatDoesNotSayWhereItsWordsCameFromIsRefused() {
        assertThatThrownBy(() -> parse("# a list\nword\nPresident\n")).hasMessageContaining("source");
    }

    @Test
    void flagsAreYesOrNo() throws IOException {
        Vocabulary.Table t = parse("# source: a test\nword\tflag\na\tyes\nb\tno\nc\tmaybe\n");

        assertThat(t.rows().get(0).flag("flag")).isTrue();
        assertThat(t.rows().get(1).flag("flag")).isFalse();
        assertThatThrownBy(() -> t.rows().get(2).flag("flag")).hasMessageContaining("line 5");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Vocabulary.table("nowhere/en/none.tsv")).hasMessageContaining("/vocab/nowhere/en/none.tsv");
    }

    @Test
    void everyShippedListParsesAndSaysWhereItCameFrom() throws IOException, URISyntaxException {
        Path root = Path.of(Vocabulary.class.getResource("/vocab").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".tsv")).toList();
        }
        for (Path f : files) {
            String path = root.relativize(f).toString().replace('\\', '/');
            assertThat(path).as("layout <area>/<lang>/<list>.tsv").matches("[a-z]+/(mul|[a-z]{2})/[a-z0-9-]+\\.tsv");
            assertThat(Vocabulary.table(path).rows()).as(path).isNotEmpty();
        }
    }
}
