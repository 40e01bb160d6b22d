package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class SpanScoresTest {
    // Invented.
    static final String TEXT = "The mayor said the bridge will reopen in May, and two engineers agreed.";

    /** The span of the first occurrence of {@code part}, from {@code from} on. */
    static Span at(String part, int from) {
        int start = TEXT.indexOf(part, from);
        assertThat(start).as("'%s' in the text", part).isNotNegative();
        return new Span(start, start + part.length());
    }

    static Span at(String part) {
        return at(part, 0);
    }

    @Test
    void exactNeedsTheSameOffsetsUpToSurroundingWhitespace() {
        List<List<Span>> gold = List.of(List.of(at("the bridge will reopen in May")), List.of(at("two engineers")));
        List<List<Span>> predicted = List.of(
                List.of(at(" the bridge will reopen in May")),  // same once trimmed: correct
                List.of(at("two engineers agreed")));           // longer: not exact
        SpanScores s = SpanScores.of(TEXT, gold, predicted);

        assertThat(s.exact()).isEqualTo(new SpanScores.Tally(2, 1, 2, 1));
        assertThat(s.exact().precision()).isEqualTo(0.5);
        assertThat(s.exact().recall()).isEqualTo(0.5);
        assertThat(s.exact().f1()).isEqualTo(0.5);
        assertThat(s.overlap()).isEqualTo(new SpanScores.Tally(2, 2, 2, 2));
        assertThat(s.overlap().f1()).isEqualTo(1.0);
    }

    @Test
    void noBreakSpacesAreTrimmedLikeOtherWhitespace() {
        String text = "Officials said\u00a0it was over.";
        SpanScores s = SpanScores.of(text, List.of(List.of(new Span(10, 15))), List.of(List.of(new Span(10, 14))));
        assertThat(s.exact()).isEqualTo(new SpanScores.Tally(1, 1, 1, 1));
    }

    @Test
    void punctuationIsNotTrimmedForExactMatch() {
        SpanScores s = SpanScores.of(TEXT, List.of(List.of(at("in May"))), List.of(List.of(at("in May,"))));
        assertThat(s.exact()).isEqualTo(new SpanScores.Tally(1, 0, 1, 0));
        assertThat(s.overlap()).isEqualTo(new SpanScores.Tally(1, 1, 1, 1));
    }

    @Test
    void overlapNeedsOneSharedWordToken() {
        List<List<Span>> gold = List.of(List.of(at("The mayor")), List.of(at("two engineers")));
        List<List<Span>> predicted = List.of(
                List.of(at("mayor said")),       // shares "mayor"
                List.of(at("ngin")),             // inside "engineers": covers that token
                List.of(at("bridge")),           // shares nothing
                List.of(at(",")));               // covers no word token at all
        SpanScores s = SpanScores.of(TEXT, gold, predicted);

        // 2 of 4 predictions correct; both gold spans found.
        assertThat(s.overlap()).isEqualTo(new SpanScores.Tally(4, 2, 2, 2));
        assertThat(s.overlap().precision()).isEqualTo(0.5);
        assertThat(s.overlap().recall()).isEqualTo(1.0);
        assertThat(s.overlap().f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(s.exact()).isEqualTo(new SpanScores.Tally(4, 0, 2, 0));
    }

    @Test
    void adjacentSpansThatOnlyTouchShareNoToken() {
        // "The mayor" ends where " said" starts; sharing a boundary is not sharing a character.
        SpanScores s = SpanScores.of(TEXT, List.of(List.of(at("The mayor"))), List.of(List.of(at(" said"))));
        assertThat(s.overlap()).isEqualTo(new SpanScores.Tally(1, 0, 1, 0));
    }

    @Test
    void oneWidePredictionFindsSeveralGoldSpans() {
        List<List<Span>> gold = List.of(List.of(at("the bridge")), List.of(at("in May")));
        SpanScores s = SpanScores.of(TEXT, gold, List.of(List.of(at("the bridge will reopen in May"))));
        assertThat(s.overlap()).isEqualTo(new SpanScores.Tally(1, 1, 2, 2));
    }

    @Test
    void discontinuousSpansAreOneSpanAndWhitespaceGapsCloseUp() {
        // Gold in two pieces with only a space between them equals the one span covering both.
        List<List<Span>> gold = List.of(List.of(at("the bridge"), at("will reopen")),
                List.of(at("The mayor"), at("two engineers")));
        List<List<Span>> predicted = List.of(List.of(at("the bridge will reopen")),
                List.of(at("two engineers"), at("The mayor")));  // same pieces, other order
        SpanScores s = SpanScores.of(TEXT, gold, predicted);
        assertThat(s.exact()).isEqualTo(new SpanScores.Tally(2, 2, 2, 2));
        assertThat(SpanScores.normalize(TEXT, List.of(at("the bridge"), at(" will reopen ")))).containsExactly(
                at("the bridge will reopen"));
    }

    @Test
    void equalSpanSetsCountOnceAndBlankOnesNotAtAll() {
        List<List<Span>> predicted = List.of(List.of(at("said")), List.of(at("said")), List.of(at(" ")));
        SpanScores s = SpanScores.of(TEXT, List.of(List.of(at("said"))), predicted);
        assertThat(s.exact()).isEqualTo(new SpanScores.Tally(1, 1, 1, 1));
    }

    @Test
    void documentsAreMicroAveraged() {
        SpanScores a = SpanScores.of(TEXT, List.of(List.of(at("said"))), List.of(List.of(at("said"))));
        SpanScores b = SpanScores.of(TEXT, List.of(List.of(at("agreed"))),
                List.of(List.of(at("bridge")), List.of(at("May")), List.of(at("two"))));
        SpanScores sum = SpanScores.NONE.plus(a).plus(b);

        // Counts are added before dividing: 1 of 4 predictions, 1 of 2 gold spans (the mean of ratios would be 0.5).
        assertThat(sum.exact()).isEqualTo(new SpanScores.Tally(4, 1, 2, 1));
        assertThat(sum.exact().precision()).isEqualTo(0.25);
        assertThat(sum.exact().recall()).isEqualTo(0.5);
        assertThat(sum.exact().f1()).isCloseTo(2 * 0.25 * 0.5 / 0.75, within(1e-12));
    }

    @Test
    void emptyRatiosAreOneOnlyWhenNothingWasToFindAndNothingPredicted() {
        assertThat(SpanScores.NONE.exact().f1()).isEqualTo(1.0);
        SpanScores missed = SpanScores.of(TEXT, List.of(List.of(at("said"))), List.of());
        assertThat(missed.exact().precision()).isZero();
        assertThat(missed.exact().f1()).isZero();
        SpanScores invented = SpanScores.of(TEXT, List.of(), List.of(List.of(at("said"))));
        assertThat(invented.exact().recall()).isZero();
        assertThat(invented.exact().f1()).isZero();
    }

    @Test
    void aSpanPastTheEndOfTheTextIsMisuse() {
        assertThatThrownBy(() -> SpanScores.of(TEXT, List.of(List.of(new Span(0, 500))), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..500");
    }
}
