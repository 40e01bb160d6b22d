package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a small made-up set, with bag-of-words vectors standing in for the embedder. */
class StanceTrainerTest {
    /** Each term hashed to a dimension: texts that share words get close vectors, fast and deterministic. */
    static final Function<List<String>, List<float[]>> BAG_OF_WORDS = texts -> {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
            float[] v = new float[Embedder.DIMENSIONS];
            for (String term : Terms.of(t)) v[Math.floorMod(term.hashCode(), v.length)] += 1;
            out.add(v);
        }
        return out;
    };

    private static final String[] TOPICS = {"harbour strike dockers pay", "frog species andes forest",
        "bridge collapse river traffic", "election mayor ballots count", "comet telescope astronomers sky",
        "flood rain village rescue", "vaccine trial volunteers dose", "train derailment freight track"};

    private static List<StanceTrainer.LabeledPair> pairs() {
        List<StanceTrainer.LabeledPair> out = new ArrayList<>();
        for (int i = 0; i < TOPICS.length; i++) {
            String topic = TOPICS[i];
            String agreeing = "Officials confirmed the " + topic + " news. It is true, the " + topic + " happened.";
            String refuting = "The " + topic + " story is a fake hoax. Officials deny it; the " + topic + " report is false.";
            out.add(new StanceTrainer.LabeledPair(2 * i, new StancePair("The " + topic + " news", agreeing),
                    StanceLabel.AGREE));
            out.add(new StanceTrainer.LabeledPair(2 * i + 1, new StancePair("The " + topic + " news", refuting),
                    StanceLabel.DISAGREE));
            String other = TOPICS[(i + 3) % TOPICS.length];
            out.add(new StanceTrainer.LabeledPair(2 * i, new StancePair("The " + other + " news", agreeing),
                    StanceLabel.UNRELATED));
        }
        return out;
    }

    @Test
    void heldOutBodiesAreSeededAndNeverTrainedOn() {
        Set<Integer> ids = new HashSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Set<Integer> a = StanceTrainer.heldOutBodies(ids, 0.3, 17);
        assertThat(a).hasSize(3).isSubsetOf(ids).isEqualTo(StanceTrainer.heldOutBodies(ids, 0.3, 17));
        assertThat(StanceTrainer.heldOutBodies(ids, 0, 17)).isEmpty();

        StanceTrainer.Result r = StanceTrainer.train(pairs(), new StanceTrainer.Options(0.25, 3, 1), BAG_OF_WORDS,
                new PrintWriter(new StringWriter()));
        assertThat(r.heldOutBodies()).hasSize(4);
        long held = pairs().stream().filter(p -> r.heldOutBodies().contains(p.bodyId())).count();
        assertThat(r.trainingPairs()).isEqualTo(pairs().size() - held);
    }

    @Test
    void learnsTheMadeUpSetAndReadsBackWhatItWrote(@TempDir Path tmp) throws IOException {
        StanceTrainer.Result r = StanceTrainer.train(pairs(), new StanceTrainer.Options(0, 5, 1), BAG_OF_WORDS,
                new PrintWriter(new StringWriter()));
        List<StancePair> input = pairs().stream().map(StanceTrainer.LabeledPair::pair).toList();
        List<StanceClassifier.Prediction> before = r.classifier().classifyAll(input, BAG_OF_WORDS);

        assertThat(before).extracting(StanceClassifier.Prediction::label)
                .containsExactlyElementsOf(pairs().stream().map(StanceTrainer.LabeledPair::gold).toList());

        Path file = tmp.resolve("stance.model");
        r.classifier().write(file);
        List<StanceClassifier.Prediction> after = StanceClassifier.read(file).classifyAll(input, BAG_OF_WORDS);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> new StanceTrainer.Options(1, 1, 1)).hasMessageContaining("holdoutBodies");
        assertThatThrownBy(() -> new StanceTrainer.Options(0.2, 1, 0)).hasMessageContaining("threads");
    }
}
