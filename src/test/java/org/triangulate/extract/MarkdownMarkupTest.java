package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;

class MarkdownMarkupTest {

    @Test
    void markupIsCutAndTheWordsStay() {
        String text = """
                # Ferry strike ends after nine days ##

                *Posted by Rosa Quint, 3 June 2025*

                The **Lakeside Ferry Company** and its crews agreed a _new_ contract on Monday, \
                the [union said](https://union.example/news/ferry-deal "statement").

                > "This is a fair deal," said __Hal Morrow__, the union's secretary.

                - Sailings resume on Wednesday.
                * Fares stay at ~~4 crowns~~ 4.50 crowns.
                + Night crossings return in July.

                ![Passengers board the morning ferry](https://img.example/ferry.jpg)

                ```
                schedule_v2 = load()
                ```

                Timetables are at <https://ferry.example/times> and in `print` at every pier.

                Subtitle
                --------

                A snake_case_word and 5 * 3 * 2 stay as they are, and so does \\*this\\*.
                """;
        Article a = Extracted.markdown(text);
        assertThat(Extracted.lines(a)).containsExactly(
                "Ferry strike ends after nine days",
                "The Lakeside Ferry Company and its crews agreed a new contract on Monday, the union said.",
                "\"This is a fair deal,\" said Hal Morrow, the union's secretary.",
                "Sailings resume on Wednesday.",
                "Fares stay at 4 crowns 4.50 crowns.",
                "Night crossings return in July.",
                "schedule_v2 = load()",
                "Timetables are at https://ferry.example/times and in print at every pier.",
                "Subtitle",
                "A snake_case_word and 5 * 3 * 2 stay as they are, and so does *this*.");
        assertThat(a.title()).isEqualTo("Ferry strike ends after nine days");
        assertThat(a.furniture()).filteredOn(r -> r.reason().equals(Furniture.MARKUP)).isNotEmpty();
        assertThat(a.furniture()).anyMatch(r -> r.reason().equals(Furniture.BYLINE));
    }

    @Test
    void linkTextKeepsItsOffsets() {
        String text = "Read the [full ruling](https://court.example/ruling) of the appeal court on its own site.\n";
        Article a = Extracted.markdown(text);
        int at = text.indexOf("full ruling");
        assertThat(a.annotationText().substring(at, at + "full ruling".length())).isEqualTo("full ruling");
        assertThat(a.annotationText()).doesNotContain("https");
        assertThat(a.cleanedText()).isEqualTo("Read the full ruling of the appeal court on its own site.");
    }

    @Test
    void furnitureRulesSeeThroughMarkup() {
        Article a = Extracted.markdown("""
                The ferry crews voted to accept the new contract by a wide margin on Monday.

                **Share:** [Facebook](https://f.example) | [Email](mailto:x@example.org)

                *Photo: Ines Vale*

                The first sailings are due to leave the north pier at six on Wednesday morning.

                ## Related stories

                - [Ferry fares to rise in autumn](https://news.example/fares)
                - [Crews walk out over pay](https://news.example/walkout)
                """);
        assertThat(Extracted.lines(a)).containsExactly(
                "The ferry crews voted to accept the new contract by a wide margin on Monday.",
                "The first sailings are due to leave the north pier at six on Wednesday morning.");
    }
}
