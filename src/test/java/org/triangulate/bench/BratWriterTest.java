package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claimant;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;

class BratWriterTest {
    // Invented.
    static final String TEXT = "Port officials said the strike would end on Friday.\n"
            + "\"We are close,\" a union spokesman told reporters, \"very close.\"\n"
            + "The talks resume at noon.";

    static Span at(String part) {
        int start = TEXT.indexOf(part);
        assertThat(start).as("'%s' in the text", part).isNotNegative();
        return new Span(start, start + part.length());
    }

    @Test
    void writesPolnearStyleLinesThatParseBackToTheSameAttributions() {
        List<AttributionSpans> predicted = List.of(
                new AttributionSpans(List.of(at("Port officials")), List.of(at("said")),
                        List.of(at("the strike would end on Friday"))),
                new AttributionSpans(List.of(at("a union spokesman")), List.of(at("told")),
                        List.of(at("\"We are close,\""), at("\"very close.\""))));
        String ann = BratWriter.toString(TEXT, predicted);

        assertThat(ann).startsWith("""
                T1\tAttribution 15 19\tsaid
                T2\tContent 20 50\tthe strike would end on Friday
                T3\tCue 15 19\tsaid
                T4\tSource 0 14\tPort officials
                E1\tAttribution:T1 Content:T2 Cue:T3 Source:T4
                """);
        BratAnnotations back = BratAnnotations.parse(ann, TEXT);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.attributions()).isEqualTo(predicted);
        assertThat(back.spanSets(SpanType.CONTENT)).hasSize(2);
    }

    @Test
    void sharesEqualAnnotationsAndFallsBackToTheSourceAsTrigger() {
        // Two contents from one source, the second without a cue.
        List<AttributionSpans> predicted = List.of(
                new AttributionSpans(List.of(at("Port officials")), List.of(at("said")),
                        List.of(at("the strike would end on Friday"))),
                new AttributionSpans(List.of(at("Port officials")), List.of(), List.of(at("The talks resume"))));
        BratAnnotations back = BratAnnotations.parse(BratWriter.toString(TEXT, predicted), TEXT);

        assertThat(back.spanSets(SpanType.SOURCE)).hasSize(1);
        assertThat(back.events()).hasSize(2);
        assertThat(back.events().get(1).arguments()).extracting(BratAnnotations.Argument::role)
                .containsExactly("Content", "Source");
        assertThat(back.textBounds()).filteredOn(t -> t.id().equals(back.events().get(1).trigger()))
                .singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("Port officials"));
        assertThat(back.attributions()).isEqualTo(predicted);
    }

    @Test
    void cutsSpansAtLineBreaksAndTrimsThem() {
        // A content that runs over a paragraph break, with whitespace at both ends.
        Span across = new Span(at(" Friday.").start(), at("We are ").end());
        List<AttributionSpans> predicted = List.of(new AttributionSpans(List.of(), List.of(), List.of(across)));
        String ann = BratWriter.toString(TEXT, predicted);

        assertThat(ann.lines().filter(l -> l.startsWith("T"))).allSatisfy(l -> assertThat(l.split("\t")).hasSize(3));
        BratAnnotations back = BratAnnotations.parse(ann, TEXT);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.spanSets(SpanType.CONTENT)).containsExactly(List.of(at("Friday."), at("\"We are")));
        // Scored, the pieces are the span they came from.
        assertThat(SpanScores.of(TEXT, back.spanSets(SpanType.CONTENT), List.of(List.of(across))).exact().f1())
                .isEqualTo(1.0);
    }

    @Test
    void theOutletsOwnVoiceIsNotAPrediction() {
        Claimant outlet = Claimant.outlet("Harbour Gazette");
        Claimant officials = new Claimant("g1", "Port officials", Claimant.Kind.GROUP);
        List<Attribution> attributions = List.of(
                new Attribution("d1", at("Port officials"), at("said"), List.of(at("the strike would end on Friday")),
                        Stance.ASSERTS, officials, Attribution.Form.INDIRECT, false),
                new Attribution("d1", null, null, List.of(at("The talks resume at noon.")), Stance.ASSERTS, outlet,
                        Attribution.Form.OUTLET, false));

        assertThat(AttributionSpans.predicted(attributions)).containsExactly(new AttributionSpans(
                List.of(at("Port officials")), List.of(at("said")), List.of(at("the strike would end on Friday"))));
    }
}
