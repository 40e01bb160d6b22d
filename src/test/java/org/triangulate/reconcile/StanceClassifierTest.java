package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed model on pairs whose answer is not in doubt. */
class StanceClassifierTest {
    private static StanceClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = StanceClassifier.load();
    }

    @Test
    void aBodyAboutSomethingElseIsUnrelated() {
        StanceClassifier.Prediction p = classifier.classify("Harbour workers strike over pay in Kestrelport",
                "A new species of frog has been found in the cloud forests of the Andes. The researchers who "
                        + "described it said the tiny amphibian lives in moss and lays its eggs on leaves. "
                        + "The frog is about the size of a fingernail.");

        assertThat(p.label()).isEqualTo(StanceLabel.UNRELATED);
        assertThat(p.probability(StanceLabel.UNRELATED)).isGreaterThan(0.5);
        assertThat(p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-6));
    }

    /**
     * A denial ranks far above a confirmation on disagree. The model does not call it "disagree" outright: FNC-1 has
     * few disagreeing bodies (one related pair in sixteen), and on invented denials like this one the committed
     * model says "discuss"; the ranking, and that it never takes a denial for agreement, are what it does hold to.
     */
    @Test
    void aBodyThatCallsTheStoryFakeRanksFarAboveAConfirmationOnDisagree() {
        String headline = "Singer Lena Marsh found dead in her Paris hotel room";
        List<StanceClassifier.Prediction> ps = classifier.classifyAll(List.of(
                new StancePair(headline, "Reports that the singer Lena Marsh was found dead in a Paris hotel are "
                        + "false. The story is a hoax that started on a fake news website, her spokesman said on "
                        + "Tuesday, denying the rumour. \"Lena is alive and well,\" he said. The fake report was "
                        + "shared thousands of times before it was debunked."),
                new StancePair(headline, "The singer Lena Marsh was found dead in her Paris hotel room on "
                        + "Tuesday, police confirmed. Her spokesman said the family was devastated.")));
        StanceClassifier.Prediction denial = ps.get(0);
        StanceClassifier.Prediction confirmation = ps.get(1);

        assertThat(denial.probability(StanceLabel.DISAGREE))
                .isGreaterThan(5 * confirmation.probability(StanceLabel.DISAGREE));
        assertThat(denial.label()).isNotEqualTo(StanceLabel.AGREE).isNotEqualTo(StanceLabel.UNRELATED);
        assertThat(confirmation.label()).isEqualTo(StanceLabel.AGREE);
    }

    @Test
    void classifiesABatchInOrder() {
        List<StanceClassifier.Prediction> ps = classifier.classifyAll(List.of(
                new StancePair("Harbour workers strike over pay", "A new frog has been found in the Andes."),
                new StancePair("Harbour workers strike over pay", "Harbour workers went on strike over pay "
                        + "on Monday, the union confirmed. The strike closed the port.")));

        assertThat(ps).extracting(StanceClassifier.Prediction::label)
                .containsExactly(StanceLabel.UNRELATED, StanceLabel.AGREE);
    }
}
