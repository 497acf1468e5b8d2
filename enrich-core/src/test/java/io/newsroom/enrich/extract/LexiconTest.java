package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.vocab.Vocabulary;

class LexiconTest {

    private enum Use {
        LABEL,
        NOT_TITLE
    }

    @Test
    void everyLanguageFolderOfTheExtractorsListsIsRead() throws IOException, URISyntaxException {
        Path root = Path.of(Vocabulary.class.getResource("/vocab/extract").toURI());
        List<String> folders;
        try (Stream<Path> dirs = Files.list(root)) {
            folders = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }

        assertThat(Lexicon.LANGUAGES).containsExactlyInAnyOrderElementsOf(folders);
    }

    @Test
    void aListIsReadFromEveryLanguageThatHasIt() {
        List<String> labels = Lexicon.read("dates", row -> row.get("word"));

        assertThat(labels).contains("published", "опубликовано", "veröffentlicht", "تاريخ النشر");
    }

    @Test
    void aListNoLanguageHasIsAnError() {
        assertThatThrownBy(() -> Lexicon.read("nothing-of-the-sort", row -> row))
                .hasMessageContaining("nothing-of-the-sort");
    }

    @Test
    void aCellNamesAConstantInLowerCaseWithHyphensAndAnUnknownOneNamesItsLine() {
        List<String> columns = List.of("word", "use");
        Vocabulary.Row editorial = new Vocabulary.Row("/vocab/test.tsv", 3, columns, List.of("editorial", "not-title"));
        Vocabulary.Row by = new Vocabulary.Row("/vocab/test.tsv", 4, columns, List.of("by", "intro"));

        assertThat(Lexicon.choice(editorial, "use", Use.class)).isEqualTo(Use.NOT_TITLE);
        assertThatThrownBy(() -> Lexicon.choice(by, "use", Use.class))
                .hasMessageContaining("line 4").hasMessageContaining("[label, not-title]");
    }

    @Test
    void phrasesAreMatchedLiterallyWhateverTheirCharacters() {
        Pattern p = Pattern.compile(Lexicon.anyOf(List.of("[disclaimer", "e-mail", "a.b")));

        assertThat(p.matcher("[disclaimer").matches()).isTrue();
        assertThat(p.matcher("a.b").matches()).isTrue();
        assertThat(p.matcher("axb").matches()).isFalse();
        assertThatThrownBy(() -> Lexicon.anyOf(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLookaheadLetsOnlyPositionsThatStartAPhraseThrough() {
        Pattern p = Pattern.compile(Lexicon.startingWithOneOf(List.of("published", "updated", "-го")) + "\\p{L}+|-го");

        assertThat(p.matcher("updated").lookingAt()).isTrue();
        assertThat(p.matcher("-го").lookingAt()).isTrue();
        assertThat(p.matcher("posted").lookingAt()).isTrue();
        assertThat(p.matcher("modified").lookingAt()).isFalse();
    }
}
