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

    @Test
    void aLimitADifferenceOrAnHourIsNoCount() {
        for (String none : List.of("The ferry was licensed to carry 250 passengers.",
                "She carried far more than the 250 passengers she was licensed to take.",
                "She sailed with seventy people more than her life rafts were built for.",
                "The warning went out at 6 p.m. on Tuesday.")) {
            assertThat(first(none).unit()).as(none).isEqualTo("?");
        }
        assertThat(first("The ferry carried 236 passengers.").unit()).isEqualTo("passenger");
    }

    @Test
    void countsOfPeopleInStatesThatExcludeEachOtherCountDifferentPeople() {
        Values.Tagged dead = first("The agency said 63 people were now confirmed dead.");
        Values.Tagged missing = first("The coast guard said 38 people were still missing.");
        Values.Tagged died = first("At least 27 people had died.");
        Values.Tagged aboard = first("More than 300 people had been aboard the ferry.");
        assertThat(Values.sameThing(dead, missing)).as("one noun").isTrue();
        assertThat(Values.mayCountOneThing(dead, missing)).isFalse();
        assertThat(Values.mayCountOneThing(dead, aboard)).isFalse();
        assertThat(Values.mayCountOneThing(dead, died)).isTrue();
        assertThat(Values.mayCountOneThing(first("More than 40 ships were queuing."),
                first("Pilots counted 27 ships waiting to berth."))).as("no state word: may be the same ships")
                .isTrue();
        assertThat(Values.mayCountOneThing(first("About 8,000 people marched to the square."),
                first("Police said 212 people had been arrested."))).as("people: what they did tells which")
                .isFalse();
        assertThat(Values.mayCountOneThing(first("About 8,000 people marched to the square."),
                first("Organisers said 60,000 people marched."))).isTrue();
        assertThat(Values.mayCountOneThing(first("More than 60,000 people took part in the march."),
                first("Some 300 people were taken away in vans."))).as("take part, take away").isFalse();
        assertThat(Values.mayCountOneThing(first("More than 60,000 people took part in the march."),
                first("Police said about 8,000 people had attended."))).as("taking part is attending").isTrue();
        Values.Tagged turnout = first("Police put the turnout at about 8,000.");
        assertThat(turnout.unit()).isEqualTo("person");
        Values.Tagged tookPart = first("More than 60,000 people took part in the march.");
        assertThat(Values.sameThing(turnout, tookPart)).as("%s %s", turnout, tookPart).isTrue();
        assertThat(first("The ministry put the number of demonstrators at 8,000.").unit()).isEqualTo("person");
        assertThat(first("The union puts the figure at 300.").unit()).isEqualTo("?");
        assertThat(Values.mayCountOneThing(first("Rescuers pulled out 12 people alive."),
                first("At least 27 people had died."))).as("a particle keeps the state").isFalse();
    }

    @Test
    void whatIsOpenAndWhatIsClosedAreCountedApartEvenPastAnAside() {
        Values.Tagged closed = first("The union said two terminals, numbered 4 and 5, remained closed.");
        Values.Tagged open = first("The authority said all six terminals were back in operation.");
        assertThat(closed.predicates()).as("the aside does not end the clause").contains("closed");
        assertThat(Values.sameThing(closed, open)).as("one noun").isTrue();
        assertThat(Values.mayCountOneThing(closed, open)).isFalse();
        assertThat(Values.mayCountOneThing(open, first("Only four terminals were working on Monday."))).isTrue();
    }

    private static List<Values.Tagged> durations(String sentence) {
        AnnotatedDocument doc = Fixtures.annotator().annotate(Fixtures.article("d1", sentence, null), s -> false);
        return Values.of(doc, List.of(new Span(0, sentence.length()))).stream().filter(Values::isDuration).toList();
    }

    @Test
    void durationsAreHoursAndClashWhenTheyCannotBothBeTrue() {
        Values.Tagged two = durations("The diplomats were given only 48 hours to leave the country.").get(0);
        Values.Tagged three = durations("The ministry said it gave them three days to leave.").get(0);
        Values.Tagged hours = durations("The deadline was 72 hours, the ministry said.").get(0);
        assertThat(two.value().low()).isEqualTo(48.0);
        assertThat(three.value().low()).isEqualTo(72.0);
        assertThat(Values.sameThing(two, three)).as("both say how long they had to leave").isTrue();
        assertThat(two.value().compatible(three.value())).isFalse();
        assertThat(three.value().compatible(hours.value())).isTrue();
        Values.Tagged more = durations("The talks went on for more than nine hours.").get(0);
        assertThat(more.value().low()).isEqualTo(9.0);
        assertThat(more.value().lowOpen()).isTrue();
        assertThat(more.value().high()).isInfinite();
        assertThat(Values.sameThing(more, durations("The strike lasted two weeks.").get(0)))
                .as("talks that went on and a strike that lasted").isFalse();
    }

    @Test
    void anOffsetAnAgeOrADurationWithoutAFigureIsNoValue() {
        for (String none : List.of("The laboratory flagged the result three days before the batch was shipped.",
                "Arseniy Dolmat, a second secretary at the embassy, was detained.",
                "The syrup is sold for children aged three months and older.",
                "A 34-year-old man was arrested.",
                "The two countries last expelled diplomats a decade ago.",
                "The ministry has said nothing about the case for a year.")) {
            assertThat(durations(none)).as(none).isEmpty();
        }
    }
}
