package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.bench.Fnc1Corpus;
import org.triangulate.bench.StanceScores;
import org.triangulate.reconcile.Embedder;
import org.triangulate.reconcile.StanceClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench stance --fnc1 DIR}: the stance classifier on an FNC-1 folder. Writes the predictions in
 * the challenge's format; where the stances file has gold labels, prints the confusion matrix, the FNC-1 relative
 * score and macro-F1. Last line: {@code fnc_score=0.xxx macro_f1=0.xx pairs=N pairs_per_s=X} (without the two
 * scores when there is no gold label).
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Classifies the stance of each FNC-1 (headline, body) pair: agree, disagree, discuss, "
                + "unrelated; writes the predictions as Headline,Body ID,Stance; with gold labels, scores them.",
                "Last line: fnc_score, macro_f1 (with gold labels), pairs, pairs_per_s."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:classified", "1:internal error (a bug: please report it)",
                "2:bad usage: not an FNC-1 folder, or a malformed CSV"})
final class BenchStanceCommand implements Callable<Integer> {
    @Mixin
    Fnc1Input fnc1;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where the predictions go. Default: target/bench/fnc1/predictions.csv.")
    Path out;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model written by 'train stance'. Default: the one built in.")
    Path model;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Fnc1Corpus corpus = fnc1.open(err).orElse(null);
        if (corpus == null) return CommandLine.ExitCode.USAGE;
        StanceClassifier classifier;
        if (model == null) {
            classifier = StanceClassifier.load();
        } else {
            try {
                classifier = StanceClassifier.read(model);
            } catch (IOException e) {
                err.println("triangulate: cannot read the model " + model + ": " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
        }
        err.printf("bench stance: %d pairs, %d bodies%n", corpus.pairs().size(), corpus.bodies().size());
        err.flush();
        StanceRun run = StanceRun.classify(classifier, corpus.pairs(), corpus::body, Embedder.shared()::embedAll);
        Path predictions = out != null ? out : Paths.get("target", "bench", "fnc1", "predictions.csv");
        run.writePredictions(predictions);
        err.println("bench stance: predictions written to " + predictions);
        err.flush();

        StanceScores scores = run.scores();
        String speed = String.format(Locale.ROOT, "pairs=%d pairs_per_s=%.1f", corpus.pairs().size(),
                run.pairsPerSecond());
        if (scores == null) {
            err.println("bench stance: the stances file has no Stance column: nothing to score");
            stdout.println(speed);
        } else {
            if (scores.pairs() < corpus.pairs().size()) {
                err.printf("bench stance: %d of %d pairs have a gold label; only they are scored%n", scores.pairs(),
                        corpus.pairs().size());
            }
            stdout.println(StanceRun.print(scores, stdout) + " " + speed);
        }
        stdout.flush();
        err.flush();
        return CommandLine.ExitCode.OK;
    }
}
