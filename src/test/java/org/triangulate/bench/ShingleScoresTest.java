package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The article-extraction benchmark's measure, checked against values worked out by its evaluate.py. */
class ShingleScoresTest {

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoresOfAnyScript() {
        assertThat(ShingleScores.tokens("Ferry crews' pay_rise: 4.5% — Überfahrt 東京 ½ café"))
                .containsExactly("Ferry", "crews", "pay_rise", "4", "5", "Überfahrt", "東京", "½", "café");
    }

    @Test
    void countsSharedExtraAndMissedShinglesAsMultisets() {
        // expected: a b c d e -> abcd, bcde; predicted: a b c d x a b c d -> abcd, bcdx, cdxa, dxab, xabc, abcd
        ShingleScores.Page page = ShingleScores.page("a b c d x a b c d", "a b c d e");
        assertThat(page).isEqualTo(new ShingleScores.Page(1, 5, 1));
        assertThat(page.precision()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(page.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aTextOfFewerThanFourTokensIsOneShortShingle() {
        assertThat(ShingleScores.page("Read more", "Read more")).isEqualTo(new ShingleScores.Page(1, 0, 0));
        assertThat(ShingleScores.page("", "one two three four")).isEqualTo(new ShingleScores.Page(0, 0, 1));
    }

    @Test
    void averagesPrecisionAndRecallOverThePagesWhereTheyAreDefined() {
        ShingleScores total = ShingleScores.NONE
                .plus(ShingleScores.page("a b c d e", "a b c d e"))      // P 1, R 1
                .plus(ShingleScores.page("", "a b c d e"))               // no precision; R 0
                .plus(ShingleScores.page("a b c d x a b c d", "a b c d e")); // P 1/6, R 1/2
        assertThat(total.pages()).isEqualTo(3);
        assertThat(total.precision()).isCloseTo((1 + 1 / 6.0) / 2, within(1e-9));
        assertThat(total.recall()).isCloseTo(1.5 / 3, within(1e-9));
        double p = total.precision();
        double r = total.recall();
        assertThat(total.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
    }
}
