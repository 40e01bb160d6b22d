package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claimant;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.reconcile.PairModel;

class TrainPropositionsCommandTest {
    @Test
    void learnsFromAStoryWithAKeyAndWritesAModelThatReadsBack(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("proposition.model");
        CliRun run = CliRun.of("train", "propositions", "examples/reservoir-dispute", "--out", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Every key quote is found in its report, and some statements cite them.
        assertThat(run.out()).containsPattern("examples/reservoir-dispute: \\d+ statements, [1-9]\\d* citing a key "
                + "quote; (\\d+) of \\1 key quotes found");
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("stories=1 pairs=\\d+ positive=\\d+ auc=0\\.\\d{3} "
                + "centered_cosine=\\d+\\.\\d+ term_overlap=\\d+\\.\\d+ intercept=-?\\d+\\.\\d+");
        PairModel read = PairModel.read(Files.readString(model));
        assertThat(read.probability(0.6, 0.4)).isGreaterThan(read.probability(0.0, 0.0));
    }

    /**
     * The bundled model is what its command gives on the code as it is: a change to attribution changes the
     * statements the model learns from, and then the model must be trained again (the command is in the README).
     */
    @Test
    void bundledModelIsWhatTheTrainingCommandGives(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("proposition.model");
        CliRun run = CliRun.of("train", "propositions", "examples/harbour-strike", "examples/reservoir-dispute",
                "examples/syrup-recall", "examples/thessany-governor-count", "--out", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        PairModel trained = PairModel.read(Files.readString(model));
        PairModel bundled = PairModel.bundled();
        // Sentence vectors may differ in their last bits from one processor to another: probabilities, not digits.
        for (double cosine : new double[] {-0.2, 0.1, 0.4, 0.7}) {
            for (double overlap : new double[] {0, 0.1, 0.2, 0.4}) {
                assertThat(trained.probability(cosine, overlap))
                        .as("at %s, %s; retrain: ./triangulate train propositions examples/harbour-strike "
                                + "examples/reservoir-dispute examples/syrup-recall examples/thessany-governor-count "
                                + "--out src/main/resources/org/triangulate/reconcile/proposition.model",
                                cosine, overlap)
                        .isCloseTo(bundled.probability(cosine, overlap), org.assertj.core.data.Offset.offset(0.002));
            }
        }
    }

    @Test
    void aStoryWithoutAKeyOrWithABrokenOneIsNamed(@TempDir Path tmp) throws Exception {
        Path story = Files.createDirectories(tmp.resolve("lonely-story"));
        Files.writeString(story.resolve("001_a.txt"), "The mayor said the bridge was safe.\n");
        CliRun run = CliRun.of("train", "propositions", story.toString(), "--keys", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lonely-story").contains("no key at " + tmp.resolve("lonely-story-key.json"));

        // A file of the story that cannot be read is named, and training goes on with the rest.
        Path copy = Files.createDirectories(tmp.resolve("reservoir-dispute"));
        try (var files = Files.list(Path.of("examples/reservoir-dispute"))) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        Files.write(copy.resolve("006_broken.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 0});
        Files.copy(Path.of("src/test/resources/org/triangulate/stories/reservoir-dispute-key.json"),
                tmp.resolve("reservoir-dispute-key.json"));
        run = CliRun.of("train", "propositions", copy.toString(), "--keys", tmp.toString(), "--out",
                tmp.resolve("m.model").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("006_broken.txt");
        assertThat(run.out()).containsPattern("(\\d+) of \\1 key quotes found");

        Files.writeString(tmp.resolve("lonely-story-key.json"), "{\"claims\": 3}");
        run = CliRun.of("train", "propositions", story.toString(), "--keys", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lonely-story-key.json: not a story key: no \"claims\" array");
    }

    @Test
    void aQuoteIsFoundWhateverItsQuoteMarksAndSpacesAndIsCoveredByAnAttributionHoldingHalfOfIt() {
        String text = "The mayor said: “The bridge is safe,” and  the engineers\nagreed.\n";
        AnnotatedDocument doc = new AnnotatedDocument(Fixtures.article("d1", text, null), List.of(), List.of(),
                List.of(), List.of(), List.of());
        String source = doc.article().document().source();
        String prefix = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1)
                .substring(0, 2);
        int[] at = TrainPropositionsCommand.locate(doc,
                new TrainPropositionsCommand.Quote("safe", prefix, "\"The bridge is safe,\" and the engineers agreed"));
        assertThat(at).isNotNull();
        assertThat(text.substring(at[0], at[1])).startsWith("“The bridge").endsWith("agreed");
        assertThat(TrainPropositionsCommand.locate(doc,
                new TrainPropositionsCommand.Quote("safe", "zz-not-this-file", "The bridge is safe"))).isNull();

        Claimant mayor = new Claimant(null, "the mayor", Claimant.Kind.GROUP);
        int open = text.indexOf('“');
        Attribution half = new Attribution("d1", new Span(0, 9), new Span(10, 14),
                List.of(new Span(open, text.indexOf("and"))), Stance.ASSERTS, mayor, Attribution.Form.QUOTE, false);
        Attribution little = new Attribution("d1", null, null, List.of(new Span(open, open + 5)), Stance.ASSERTS,
                mayor, Attribution.Form.QUOTE, false);
        int[] quote = {open, text.indexOf("and") + 3};
        assertThat(TrainPropositionsCommand.covers(half, quote)).isTrue();
        assertThat(TrainPropositionsCommand.covers(little, quote)).isFalse();
    }
}
