package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class BratAnnotationsTest {
    // Invented: 0         1         2         3         4         5         6         7
    //           0123456789012345678901234567890123456789012345678901234567890123456789012345
    static final String TEXT = "\"The ferry will sail,\" the harbour master said, \"unless the wind rises.\"";

    @Test
    void readsTextBoundsAndEventsWithDiscontinuousSpans() {
        String ann = """
                T1\tSource 23 41\tthe harbour master
                T2\tCue 42 46\tsaid
                T3\tContent 0 22;48 72\t"The ferry will sail," "unless the wind rises."
                T4\tAttribution 42 46\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                #1\tAnnotatorNotes T3\ta note is valid BRAT, and not needed
                """;
        BratAnnotations b = BratAnnotations.parse(ann, TEXT);

        assertThat(b.warnings()).isEmpty();
        assertThat(b.warningCount()).isZero();
        assertThat(b.textBounds()).hasSize(4);
        assertThat(b.spanSets(SpanType.CONTENT)).containsExactly(List.of(new Span(0, 22), new Span(48, 72)));
        assertThat(b.spanSets(SpanType.SOURCE)).containsExactly(List.of(new Span(23, 41)));
        assertThat(b.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Attribution");
            assertThat(e.trigger()).isEqualTo("T4");
            assertThat(e.arguments()).extracting(BratAnnotations.Argument::role)
                    .containsExactly("Content", "Cue", "Source");
        });
        assertThat(b.attributions()).containsExactly(new AttributionSpans(List.of(new Span(23, 41)),
                List.of(new Span(42, 46)), List.of(new Span(0, 22), new Span(48, 72))));
    }

    @Test
    void skipsMalformedLinesWithACountedWarningAndKeepsTheRest() {
        String ann = "T1\tSource 23 41\tthe harbour master\r\n"
                + "T2\tCue 42 four\tsaid\r\n"          // offset not a number
                + "T3\tContent 22 0\tbackwards\r\n"    // end before start
                + "T1\tCue 42 46\tsaid\r\n"            // duplicate id
                + "this line is not BRAT\r\n"
                + "E1\tAttribution-no-source:T9 Content:T7 Source:T1\r\n"; // T9, T7 unknown
        BratAnnotations b = BratAnnotations.parse(ann);

        assertThat(b.textBounds()).extracting(BratAnnotations.TextBound::id).containsExactly("T1");
        assertThat(b.warningCount()).isEqualTo(5);
        assertThat(b.warnings()).hasSize(5);
        assertThat(b.warnings().get(0)).startsWith("line 2: ").contains("T2 Cue 42 four");
        assertThat(b.warnings().get(2)).contains("duplicate id T1");
        assertThat(b.warnings().get(3)).startsWith("line 5: not a BRAT annotation line");
        assertThat(b.warnings().get(4)).startsWith("line 6: ").contains("Content:T7");
        assertThat(b.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Attribution-no-source");
            assertThat(e.arguments()).containsExactly(new BratAnnotations.Argument("Source", "T1"));
        });
    }

    @Test
    void checksSpansAgainstTheTextWhenGiven() {
        String ann = """
                T1\tSource 23 41\tthe harbour mistress
                T2\tCue 42 460\tsaid
                """;
        BratAnnotations b = BratAnnotations.parse(ann, TEXT);

        assertThat(b.textBounds()).extracting(BratAnnotations.TextBound::id).containsExactly("T1");
        assertThat(b.warnings()).hasSize(2);
        assertThat(b.warnings().get(0)).contains("kept, but the text at its offsets is 'the harbour master'");
        assertThat(b.warnings().get(1)).contains("past the end of the text");
        // Unchecked, the same lines are read as they are.
        assertThat(BratAnnotations.parse(ann).textBounds()).hasSize(2);
    }

    @Test
    void numberedRepeatsOfARoleJoinTheFirst() {
        String ann = """
                T1\tContent 0 22\t"The ferry will sail,"
                T2\tContent 48 72\t"unless the wind rises."
                T3\tCue 42 46\tsaid
                E1\tAttribution:T3 Content:T1 Content2:T2 Cue:T3
                """;
        assertThat(BratAnnotations.parse(ann, TEXT).attributions()).containsExactly(new AttributionSpans(List.of(),
                List.of(new Span(42, 46)), List.of(new Span(0, 22), new Span(48, 72))));
    }

    @Test
    void keepsOnlyTheFirstWarningsButCountsThemAll() {
        String ann = "nonsense\n".repeat(BratAnnotations.MAX_WARNINGS + 5);
        BratAnnotations b = BratAnnotations.parse(ann);
        assertThat(b.warnings()).hasSize(BratAnnotations.MAX_WARNINGS);
        assertThat(b.warningCount()).isEqualTo(BratAnnotations.MAX_WARNINGS + 5);
    }
}
