package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.triangulate.bench.Fnc1Corpus;
import org.triangulate.bench.StanceScores;
import org.triangulate.reconcile.Embedder;
import org.triangulate.reconcile.EmbeddingCache;
import org.triangulate.reconcile.StancePair;
import org.triangulate.reconcile.StanceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code triangulate train stance --fnc1 DIR}: trains the stance classifier on an FNC-1 folder with gold labels,
 * keeping a seeded share of the bodies out, scores it on them, and writes the model. Last line:
 * {@code fnc_score=0.xxx macro_f1=0.xx} on the held-out pairs, then the sizes, the time and the model's bytes.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Trains the stance classifier (agree, disagree, discuss, unrelated) on FNC-1, holding out a "
                + "share of the bodies, scores it on them and writes the model.",
                "Last line: fnc_score, macro_f1 (held-out), train_pairs, heldout_pairs, train_s, model_bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:internal error (a bug: please report it)",
                "2:bad usage: not an FNC-1 folder, no gold labels, or a bad option"})
final class TrainStanceCommand implements Callable<Integer> {
    @Mixin
    Fnc1Input fnc1;

    @Option(names = "--holdout-bodies", defaultValue = "0.2", paramLabel = "SHARE",
            description = "The share of bodies kept out of training and scored. Default: ${DEFAULT-VALUE}.")
    double holdoutBodies;

    @Option(names = "--seed", defaultValue = "17", description = "Picks the held-out bodies and seeds training. "
            + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", defaultValue = "target/stance.model", paramLabel = "FILE",
            description = "Where the model goes. The built-in one is "
                    + "src/main/resources/org/triangulate/reconcile/stance.model. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--cache", defaultValue = "target/cache/fnc1-embeddings.bin", paramLabel = "FILE",
            description = "Sentence embeddings kept between runs. Default: ${DEFAULT-VALUE}.")
    Path cache;

    @Option(names = "--no-cache", description = "Embed every sentence afresh and keep nothing.")
    boolean noCache;

    @Option(names = "--threads", paramLabel = "N", description = "Training threads. Default: the processors.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StanceTrainer.Options options;
        try {
            options = new StanceTrainer.Options(holdoutBodies, seed,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Fnc1Corpus corpus = fnc1.open(err).orElse(null);
        if (corpus == null) return CommandLine.ExitCode.USAGE;
        if (!corpus.labelled()) {
            err.println("triangulate: " + fnc1.dir + ": training needs a Stance label on every pair");
            return CommandLine.ExitCode.USAGE;
        }
        Function<List<String>, List<float[]>> embedder = noCache ? Embedder.shared()::embedAll : EmbeddingCache.at(cache);

        List<StanceTrainer.LabeledPair> labelled = new ArrayList<>();
        for (Fnc1Corpus.Pair p : corpus.pairs()) {
            labelled.add(new StanceTrainer.LabeledPair(p.bodyId(), new StancePair(p.headline(), corpus.body(p)),
                    p.gold().orElseThrow()));
        }
        StanceTrainer.Result result = StanceTrainer.train(labelled, options, embedder, err);
        result.classifier().write(out);
        long bytes = Files.size(out);
        err.printf(Locale.ROOT, "train stance: trained in %.1f s; model written to %s (%d bytes)%n", result.seconds(),
                out, bytes);
        err.flush();

        String sizes = String.format(Locale.ROOT, "train_pairs=%d heldout_pairs=%d train_s=%.1f model_bytes=%d",
                result.trainingPairs(), corpus.pairs().size() - result.trainingPairs(), result.seconds(), bytes);
        List<Fnc1Corpus.Pair> heldOut =
                corpus.pairs().stream().filter(p -> result.heldOutBodies().contains(p.bodyId())).toList();
        if (heldOut.isEmpty()) {
            stdout.println(sizes);
            return CommandLine.ExitCode.OK;
        }
        StanceRun run = StanceRun.classify(result.classifier(), heldOut, corpus::body, embedder);
        run.writePredictions(Paths.get("target", "stance-heldout-predictions.csv"));
        StanceScores scores = run.scores();
        stdout.printf(Locale.ROOT, "held out: %d pairs of %d bodies (seed %d)%n", heldOut.size(),
                result.heldOutBodies().size(), seed);
        stdout.println(StanceRun.print(scores, stdout) + " " + sizes);
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }
}
