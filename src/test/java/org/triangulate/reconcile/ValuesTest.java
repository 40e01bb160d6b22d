package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Span;

/** Values of annotated sentences: what a number counts. */
@Tag("corenlp")
class ValuesTest {
    private static Values.Tagged first(String sentence) {
        AnnotatedDocument doc = Fixtures.annotator().annotate(Fixtures.article("d1", sentence, null), s -> false);
        List<Values.Tagged> values = Values.of(doc, List.of(new Span(0, sentence.length())));
        assertThat(values).as("values of %s", sentence).isNotEmpty();
        return values.get(0);
    }

    @Test
    void aNumberCountsTheNounAfterItPastAdjectives() {
        Values.Tagged all = first("All six terminals reopened on Monday.");
        Values.Tagged dockers = first("About 2,300 striking dockworkers marched.");
        assertThat(all.unit()).isEqualTo("terminal");
        assertThat(dockers.unit()).isEqualTo("dockworker");
        assertThat(Values.sameThing(all, first("Six terminals were open."))).isTrue();
    }

    @Test
    void aNumberThatCountsAPartOrAnAdditionIsNotComparedWithATotal() {
        Values.Tagged all = first("All six terminals reopened on Monday.");
        for (String part : List.of("The two biggest terminals had still not loaded a ship.",
                "Two of the terminals stayed shut.",
                "Two other terminals stayed shut.",
                "The first three terminals opened at dawn.")) {
            Values.Tagged p = first(part);
            assertThat(p.unit()).as(part).isEqualTo("?");
            assertThat(Values.sameThing(all, p)).as(part).isFalse();
        }
    }
}
