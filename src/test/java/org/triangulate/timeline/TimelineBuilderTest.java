package org.triangulate.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.DatePrecision;
import org.triangulate.model.Timeline;
import org.triangulate.model.TimelineEntry;

@Tag("corenlp")
class TimelineBuilderTest {
    // Wednesday 18 March 2026.
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);

    private static Timeline timeline(String text, LocalDate published) {
        AnnotatedDocument d = Fixtures.annotator().annotate(Fixtures.article("d1", text, published));
        return new TimelineBuilder().build(List.of(d));
    }

    @Test
    void givesEachDateItsPrecision() {
        Timeline t = timeline("The ferry line opened on 3 March 2024.\nIts owners had planned it in June 2021.\n"
                + "The harbour was dredged in 2019.\n", WEDNESDAY);
        assertThat(t.dated()).extracting(TimelineEntry::date, TimelineEntry::precision).containsExactly(
                tuple("2019", DatePrecision.YEAR), tuple("2021-06", DatePrecision.MONTH),
                tuple("2024-03-03", DatePrecision.DAY));
        assertThat(t.dated().get(2).sentence().text()).isEqualTo("The ferry line opened on 3 March 2024.");
    }

    @Test
    void readsLastYearAgainstThePublicationDate() {
        Timeline t = timeline("The treaty was signed last year.\n", WEDNESDAY);
        assertThat(t.dated()).extracting(TimelineEntry::date).containsExactly("2025");
    }

    @Test
    void readsAWeekdayInTheDirectionOfItsTense() {
        Timeline t = timeline("The union said on Friday that the talks had failed.\n"
                + "The two sides will meet again on Friday.\n"
                + "On Monday, the mayor visited the docks.\n", WEDNESDAY);
        assertThat(t.dated()).extracting(e -> e.expression().text(), TimelineEntry::date).containsExactlyInAnyOrder(
                tuple("Friday", "2026-03-13"), tuple("Friday", "2026-03-20"), tuple("Monday", "2026-03-16"));
    }

    @Test
    void givesWeeksAndWeekendsAsIsoWeeks() {
        Timeline t = timeline("The talks stalled last week.\nPickets were seen at the weekend.\n", WEDNESDAY);
        assertThat(t.dated()).extracting(e -> e.expression().text(), TimelineEntry::date, TimelineEntry::precision)
                .containsExactlyInAnyOrder(tuple("last week", "2026-W11", DatePrecision.WEEK),
                        tuple("the weekend", "2026-W11", DatePrecision.WEEK));
    }

    @Test
    void leavesDaysCountedFromAnotherEventUnresolved() {
        Timeline t = timeline("The vote was held on 3 March 2024. The result came the following day.\n", WEDNESDAY);
        assertThat(t.dated()).extracting(TimelineEntry::date).containsExactly("2024-03-03");
        assertThat(t.unresolved()).extracting(e -> e.expression().text()).containsExactly("the following day");
    }

    @Test
    void leavesOutDurationsAndVagueReferences() {
        Timeline t = timeline("The strike lasted three months.\nThe port had previously been closed.\n", WEDNESDAY);
        assertThat(t.dated()).isEmpty();
        assertThat(t.unresolved()).isEmpty();
    }

    @Test
    void reportsDatesWithoutAnAnchorAsUnresolvedAndNeverGuessesToday() {
        Timeline t = timeline("On Saturday, the council voted.\nThe vote came on August 20.\nIt was built in 2019.\n",
                null);
        assertThat(t.dated()).extracting(TimelineEntry::date).containsExactly("2019");
        assertThat(t.unresolved()).extracting(e -> e.expression().text(), TimelineEntry::value)
                .containsExactly(tuple("Saturday", "XXXX-WXX-6"), tuple("August 20", "XXXX-08-20"));
        assertThat(t.unresolved()).allSatisfy(e -> assertThat(e.reason()).contains("no publication date"));
    }
}
