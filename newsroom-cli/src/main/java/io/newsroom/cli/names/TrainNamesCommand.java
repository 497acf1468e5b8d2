package io.newsroom.cli.names;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.newsroom.enrich.entity.NameModelTrainer;

/**
 * {@code ./newsroom train-names MODEL IOB2_FILE...}: trains the entity tagger's name recogniser on labelled sentences
 * (Universal NER's IOB2 files) and writes the model, as the shipped one was made ({@code scripts/names-model.sh}).
 */
public final class TrainNamesCommand {

    public static final String USAGE = """
            usage: ./newsroom train-names MODEL IOB2_FILE...

            Trains the name recogniser of the entity tagger on sentences labelled with people, organisations and
            places (Universal NER's IOB2 files: a "# text =" line per sentence, then one word per line with its
            B-/I-PER, ORG or LOC label) and writes the model, gzipped, to MODEL. The shipped model is
            enrich-core/src/main/resources/models/names-en.bin.gz, made by scripts/names-model.sh.
            """;

    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        for (String a : args) {
            if (a.startsWith("--")) {
                err.printf("newsroom train-names: unknown option '%s'%n%s", a, USAGE);
                return 2;
            }
        }
        if (args.size() < 2) {
            err.print(USAGE);
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            Path p = Path.of(a);
            if (!Files.isRegularFile(p)) {
                err.printf("newsroom train-names: %s is not a file%n", p);
                return 2;
            }
            files.add(p);
        }
        Path model = Path.of(args.get(0));
        out.printf("training on %d file(s)%n", files.size());
        int words = NameModelTrainer.shipped().train(files, model);
        out.printf("trained on %d words; model written to %s (%d bytes)%n", words, model, Files.size(model));
        return 0;
    }
}
