package org.triangulate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;
import org.triangulate.model.Quantity;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.Span;
import org.triangulate.model.TimeExpression;
import org.triangulate.model.Token;

@Tag("corenlp")
class AnnotatorTest {
    private static final String TEXT = "Skip to content\n"
            + "On Saturday, harbour master Anna Lindqvist said that more than 10,000 people had joined the march.\n"
            + "Lindqvist added that at least 1,000 boats stayed in port, and the council met in 2019.\n";

    private static AnnotatedDocument annotate(LocalDate published) {
        SourceDocument doc = new SourceDocument("d1", "d1.txt", SourceDocument.Format.TEXT, TEXT,
                new org.triangulate.model.Metadata(published, null, null, null, null));
        int bodyStart = TEXT.indexOf("On Saturday");
        Article article = new Article(doc, null, null, List.of(new Span(bodyStart, TEXT.length() - 1)),
                List.of(new Article.Removal(new Span(0, bodyStart - 1), "navigation")), List.of());
        return Fixtures.annotator().annotate(article);
    }

    /** A text annotated whole, one paragraph, published on the given day. */
    private static AnnotatedDocument annotateWhole(String text, LocalDate published) {
        SourceDocument doc = new SourceDocument("d2", "d2.txt", SourceDocument.Format.TEXT, text,
                new org.triangulate.model.Metadata(published, null, null, null, null));
        return Fixtures.annotator().annotate(new Article(doc, null, null, List.of(new Span(0, text.length() - 1)),
                List.of(), List.of()));
    }

    @Test
    void tokensAndSentencesIndexTheOriginalText() {
        AnnotatedDocument d = annotate(LocalDate.of(2026, 3, 15));
        assertThat(d.sentences()).hasSize(2);
        for (Token t : d.tokens()) {
            assertThat(t.span().of(TEXT)).isEqualTo(t.word());
            assertThat(t.span().start()).isGreaterThanOrEqualTo(TEXT.indexOf("On Saturday"));
        }
        assertThat(d.sentences().get(1).span().of(TEXT)).startsWith("Lindqvist added").endsWith("2019.");
    }

    @Test
    void findsPeopleWithExactSpans() {
        AnnotatedDocument d = annotate(LocalDate.of(2026, 3, 15));
        List<Mention> people = d.mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Mention::text).containsExactly("Anna Lindqvist", "Lindqvist");
        for (Mention m : d.mentions()) assertThat(m.span().of(TEXT)).isEqualTo(m.text());
    }

    @Test
    void anchorsRelativeDatesOnThePublicationDate() {
        AnnotatedDocument d = annotate(LocalDate.of(2026, 3, 15));
        assertThat(d.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Saturday", "2026-03-14"),
                        org.assertj.core.groups.Tuple.tuple("2019", "2019"));
        assertThat(d.times()).extracting(TimeExpression::text).doesNotContain("march");
    }

    @Test
    void aMonthInAStreetNameAndAYearInACodeAreNoDates() {
        String text = "The queue outside the pharmacy on May Street grew after batch FJ-2019 was recalled "
                + "on 3 May 2026.\n";
        AnnotatedDocument d = annotateWhole(text, LocalDate.of(2026, 5, 4));
        assertThat(d.times()).extracting(TimeExpression::value).containsExactly("2026-05-03");
        AnnotatedDocument names = annotateWhole("Crowds gathered at the top of Ninth of May Street, and the smell "
                + "hung over the Sunday Market square on Saturday.\n", LocalDate.of(2026, 6, 3));
        assertThat(names.times()).extracting(TimeExpression::text).containsExactly("Saturday");
        AnnotatedDocument more = annotateWhole("Protesters filled 17 April Square on Saturday. The first body was "
                + "found by a rescue dog called April. June Marrick, who runs the Crowd Lab, counted them.\n",
                LocalDate.of(2026, 10, 18));
        assertThat(more.times()).extracting(TimeExpression::text).containsExactly("Saturday");
    }

    @Test
    void leavesRelativeDatesOpenWithoutAPublicationDate() {
        AnnotatedDocument d = annotate(null);
        assertThat(d.times()).filteredOn(t -> t.text().equals("Saturday"))
                .extracting(TimeExpression::value).containsExactly("XXXX-WXX-6");
    }

    @Test
    void normalizesNumbersWithTheirComparison() {
        AnnotatedDocument d = annotate(LocalDate.of(2026, 3, 15));
        assertThat(d.quantities()).extracting(Quantity::text, Quantity::value)
                .contains(org.assertj.core.groups.Tuple.tuple("10,000", ">10000"),
                        org.assertj.core.groups.Tuple.tuple("1,000", ">=1000"));
    }

    @Test
    void figuresTheTimeTaggerSwallowsAreNumbersButDaysOfTheMonthAreNot() {
        String text = "Officials estimated that at least 1,000 of the 11,000 sailors sent there had been lost "
                + "over a span of three months.\nThe fleet sailed on Monday, March 2, after 14 days in port.\n";
        AnnotatedDocument d = annotateWhole(text, LocalDate.of(2025, 4, 27));
        assertThat(d.quantities()).extracting(Quantity::text, Quantity::value)
                .contains(org.assertj.core.groups.Tuple.tuple("1,000", ">=1000"),
                        org.assertj.core.groups.Tuple.tuple("11,000", "11000"));
        assertThat(d.quantities()).extracting(Quantity::text).doesNotContain("2", "14");
    }

    @Test
    void trimsStrayPunctuationFromMentions() {
        String text = "She met the People’s Assembly delegates.";
        assertThat(Conversion.trim(text, new Span(text.indexOf("’s"), text.indexOf(" delegates"))).of(text))
                .isEqualTo("Assembly");
        assertThat(Conversion.trim("“Acme”", new Span(0, 6)).of("“Acme”")).isEqualTo("Acme");
    }
}
