package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.triangulate.reconcile.StanceLabel.AGREE;
import static org.triangulate.reconcile.StanceLabel.DISAGREE;
import static org.triangulate.reconcile.StanceLabel.DISCUSS;
import static org.triangulate.reconcile.StanceLabel.UNRELATED;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceScoresTest {
    @Test
    void scoresAHandMadeConfusion() {
        // agree→agree 1.00, agree→discuss 0.25, disagree→unrelated 0, discuss→discuss 1.00,
        // unrelated→unrelated 0.25, unrelated→agree 0: 2.50 of 1 + 1 + 1 + 1 + 0.25 + 0.25 = 4.50
        StanceScores s = StanceScores.of(
                List.of(AGREE, AGREE, DISAGREE, DISCUSS, UNRELATED, UNRELATED),
                List.of(AGREE, DISCUSS, UNRELATED, DISCUSS, UNRELATED, AGREE));

        assertThat(s.fncPoints()).isCloseTo(2.5, within(1e-9));
        assertThat(s.fncMaximum()).isCloseTo(4.5, within(1e-9));
        assertThat(s.fncScore()).isCloseTo(2.5 / 4.5, within(1e-9));
        assertThat(s.count(UNRELATED, AGREE)).isEqualTo(1);
        assertThat(s.pairs()).isEqualTo(6);
        // F1: agree 2·1/(2+2) = 0.5, disagree 0, discuss 2·1/(1+2) = 2/3, unrelated 2·1/(2+2) = 0.5
        assertThat(s.f1(AGREE)).isCloseTo(0.5, within(1e-9));
        assertThat(s.f1(DISAGREE)).isZero();
        assertThat(s.f1(DISCUSS)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.macroF1()).isCloseTo((0.5 + 0 + 2.0 / 3 + 0.5) / 4, within(1e-9));
        assertThat(s.table()).contains("gold \\ pred").contains("disagree");
    }

    @Test
    void aPerfectPredictionScoresOne() {
        List<org.triangulate.reconcile.StanceLabel> all = List.of(AGREE, DISAGREE, DISCUSS, UNRELATED);
        StanceScores s = StanceScores.of(all, all);
        assertThat(s.fncScore()).isEqualTo(1.0);
        assertThat(s.macroF1()).isEqualTo(1.0);
    }
}
