package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Article.Removal;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;
import org.triangulate.model.Span;

/** Each plain-text furniture rule on an invented page: the furniture goes, the article's sentences stay. */
class PlainTextRulesTest {

    private static final String FLOOD = "Floodwater reached the market square of Brennmoor on Tuesday, the town council said.";
    private static final String DAM = "Engineers had warned in March that the old dam above the valley needed repairs.";
    private static final String MAYOR = "\"We were told the walls would hold,\" said Mayor Ilse Varga, who has led the town since 2019.";
    private static final String RAIN = "More rain is forecast for the weekend, and the army has sent 200 soldiers to help.";

    private static String page(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static List<String> reasons(Article article, String line) {
        String text = article.document().text();
        return article.furniture().stream().filter(r -> r.span().of(text).strip().equals(line)).map(Removal::reason)
                .toList();
    }

    @Test
    void skipLinksAndNavigationMenusGo() {
        Article a = Extracted.text(page("Skip to main content", "Home | World | Business | Sport | Culture",
                "News   Politics   Weather   Opinion", "Home News World Politics", "", "Valley Dam Fails After Week of Rain",
                "", FLOOD, DAM));
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM);
        assertThat(reasons(a, "Home | World | Business | Sport | Culture")).containsExactly(Furniture.NAVIGATION);
        assertThat(reasons(a, "Skip to main content")).containsExactly(Furniture.NAVIGATION);
    }

    @Test
    void sectionLabelAboveTheHeadlineGoes() {
        Article a = Extracted.text(page("Home | Regions | Weather | Sport", "Weather", "Valley Dam Fails After Week of Rain",
                FLOOD, DAM));
        assertThat(a.title()).isEqualTo("Valley Dam Fails After Week of Rain");
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM);
    }

    @Test
    void trailingRunOfRelatedHeadlinesGoes() {
        Article a = Extracted.text(page("Valley Dam Fails After Week of Rain", "", FLOOD, "", DAM, "", RAIN, "",
                "Related Stories", "Brennmoor Schools Close for Second Day", "How the Old Dam Was Built in 1911",
                "No stories found.", "Most read", "Council approves new ferry timetable", "Latest", "Read more"));
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM, RAIN);
        assertThat(reasons(a, "How the Old Dam Was Built in 1911")).containsExactly(Furniture.RELATED);
        assertThat(reasons(a, "Council approves new ferry timetable")).containsExactly(Furniture.RELATED);
    }

    @Test
    void trailingRunWithoutAHeadingGoesToo() {
        Article a = Extracted.text(page(FLOOD, DAM, "What the council said", MAYOR, RAIN,
                "Brennmoor Schools Close for Second Day", "Flooded streets in Brennmoor",
                "River Levels Fall Across the Region", "Ferry timetable changes from Monday"));
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM, "What the council said", MAYOR, RAIN);
    }

    @Test
    void relatedListInsideTheArticleGoesButTheArticleGoesOn() {
        Article a = Extracted.text(page(FLOOD, "Read also:", "Brennmoor Schools Close for Second Day",
                "Farmers count the cost of a wet spring", DAM,
                "Read also: Ferry service suspended as river rises", MAYOR, "See also - Why old dams fail", RAIN));
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM, MAYOR, RAIN);
        Article questions = Extracted.text(page(FLOOD, "Related Stories",
                "What is the Varde Accord, and why was the valley left off the map?", "Ferry service suspended",
                "More from the Courier", "1. Letters: Where is the bus to Brennmoor?", "2. Schools close", DAM, RAIN));
        assertThat(Extracted.lines(questions)).as("question headlines and a \"More from\" list").containsExactly(
                FLOOD, DAM, RAIN);
    }

    @Test
    void shareBarsAdvertsAndPromptsGo() {
        Article a = Extracted.text(page(FLOOD, "Share", "Facebook Twitter WhatsApp Email", "Copy link",
                "Share on X | Copy link", "Advertisement", "Story continues below advertisement", DAM,
                "Sign up for our morning newsletter", "We use cookies to improve your experience.", "Follow us on Bluesky",
                "Listen to this story · 5 min", MAYOR, RAIN));
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM, MAYOR, RAIN);
        assertThat(reasons(a, "Facebook Twitter WhatsApp Email")).containsExactly(Furniture.SHARE);
        assertThat(reasons(a, "Advertisement")).containsExactly(Furniture.ADVERTISEMENT);
    }

    @Test
    void photoCreditsGo() {
        Article a = Extracted.text(page(FLOOD, "Photo: Marta Keel", "Sandbags stacked outside the town hall / Getty Images",
                "(AFP)", "Rescuers in a boat on the high street (AFP)", "Photo by Jan Novak", "Image credit: Brennmoor Council",
                "The flooded square on Tuesday. Photo: Tomas Reiner / The Valley Courier", "A flooded cellar / Jan Novak",
                "Booms on the river below the dam on Monday. Courier/Fredrik Nyvang",
                "River levels at Brennmoor, last five days. Chart: Valley Data", DAM, MAYOR, RAIN));
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM, MAYOR, RAIN);
        assertThat(reasons(a, "(AFP)")).containsExactly(Furniture.PHOTO_CREDIT);
    }

    @Test
    void anAgencyCreditClosingArticleTextIsCutInline() {
        String text = page(FLOOD, "Police closed the bridge on Tuesday night, officials said. (AFP)", DAM);
        Article a = Extracted.text(text);
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, "Police closed the bridge on Tuesday night, officials said.",
                DAM);
        int at = text.indexOf(" (AFP)");
        assertThat(a.furniture()).containsExactly(new Removal(new Span(at, at + 6), Furniture.PHOTO_CREDIT));
    }

    @Test
    void captionRepeatedWithThePhotographersNameGoesBothTimes() {
        Article a = Extracted.text(page("Volunteers fill sandbags by the river", "Volunteers fill sandbags by the river Petra Holm",
                "", "Valley Dam Fails After Week of Rain", "", FLOOD, DAM,
                "Water in the old mill.", "Water in the old mill. (Valley Press/Ana Ruiz)", MAYOR, RAIN));
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM, MAYOR, RAIN);
        assertThat(reasons(a, "Volunteers fill sandbags by the river Petra Holm")).containsExactly(Furniture.PHOTO_CREDIT);
        assertThat(reasons(a, "Volunteers fill sandbags by the river")).containsExactly(Furniture.PHOTO_CAPTION);
        assertThat(a.title()).isEqualTo("Valley Dam Fails After Week of Rain");
    }

    @Test
    void shortLineRepeatedUnderEveryPictureIsACaption() {
        Article a = Extracted.text(page("Flooded streets in Brennmoor", "Valley Dam Fails After Week of Rain", FLOOD, DAM,
                "Flooded streets in Brennmoor", MAYOR, "Flooded streets in Brennmoor", RAIN));
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM, MAYOR, RAIN);
    }

    @Test
    void headlineStaysOnceAndItsRepeatsGo() {
        String headline = "Brennmoor counts the cost as the valley dam gives way";
        Article a = Extracted.text(page("Skip to content", "", headline, "",
                "Residents returned to find homes filled with mud", "", headline, "", FLOOD, DAM));
        assertThat(a.title()).isEqualTo(headline);
        assertThat(Extracted.lines(a)).containsExactly(headline, "Residents returned to find homes filled with mud", FLOOD, DAM);
        assertThat(reasons(a, headline)).containsExactly(Furniture.REPEATED);
    }

    @Test
    void siteFooterNamesTheOutlet() {
        Article a = Extracted.text(page("Valdoria Herald", "Valley Dam Fails After Week of Rain", FLOOD, DAM, MAYOR,
                "Privacy policy", "Valdoria Herald", "valdoriaherald.com"));
        assertThat(a.outlet()).isEqualTo("Valdoria Herald");
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM, MAYOR);
        assertThat(reasons(a, "valdoriaherald.com")).containsExactly(Furniture.FOOTER);
    }

    @Test
    void copyrightLineNamesTheOutletWhenNoHostIsShown() {
        Article a = Extracted.text(page(FLOOD, DAM, "© 2025 The Valley Courier Ltd. All rights reserved.", "Terms of use"));
        assertThat(a.outlet()).isEqualTo("The Valley Courier Ltd");
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM);
    }

    @Test
    void noFooterNoOutlet() {
        Article a = Extracted.text(page(FLOOD, DAM));
        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isNull();
    }

    @Test
    void updateNoteAtTheEndOfAParagraphIsCutInline() {
        String text = page(FLOOD + " (Updated on 12 May 9:40 a.m.)", "[Updated: 3 hours ago] " + DAM, MAYOR,
                "Updated: 12 May 2025, 11:02 BST", RAIN);
        Article a = Extracted.text(text);
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM, MAYOR, RAIN);
        assertThat(a.cleanedText()).doesNotContain("Updated");
        int at = text.indexOf("(Updated");
        assertThat(a.annotationText().substring(0, at)).isEqualTo(text.substring(0, at));
        assertThat(a.annotationText().substring(at, text.indexOf('\n'))).isBlank();
        assertThat(a.furniture()).anyMatch(r -> r.reason().equals(Furniture.UPDATE) && r.span().end() == text.indexOf('\n'));
    }

    @Test
    void articleTextOfEveryShapeStays() {
        List<String> article = List.of(
                "Valley Dam Fails After Week of Rain",
                "The town of Brennmoor woke to water in its streets",
                "BRENNMOOR – " + FLOOD,
                DAM,
                "What happens next",
                MAYOR,
                "Sources:",
                "  1. The council's flood report of 2024 said the dam was sound.",
                "  2. Engineers from the regional authority inspected it twice last year.",
                RAIN);
        Article a = Extracted.text(page(article.toArray(String[]::new)));
        assertThat(Extracted.lines(a)).containsExactlyElementsOf(article.stream().map(LineClassifier::collapse).toList());
        assertThat(a.furniture()).isEmpty();
    }

    @Test
    void sentencesThatLookLikeFurnitureStay() {
        List<String> article = List.of(
                "Images by satellite showed the extent of the flooding across the valley on Tuesday.",
                "By Monday the water had fallen by half, the council said.",
                "Share prices of the dam's operator fell 3 percent on the news.",
                "Latest figures show 1,200 homes were damaged.",
                "Home Secretary Ines Dorn will visit Brennmoor on Friday.",
                "Not yet.",
                "Asked whether the town was safe, the mayor paused.",
                "Not yet.",
                "BRENNMOOR, May 13 (Valley Wire) - Rescue teams reached the last cut-off farms late on Tuesday, "
                        + "the regional authority said, after a day in which boats and a helicopter ferried 40 people "
                        + "to safety. (Reuters)",
                "Print editions of the local paper were delivered by boat.");
        Article a = Extracted.text(page(article.toArray(String[]::new)));
        // Only the agency tag closing the wire paragraph goes.
        assertThat(Extracted.lines(a)).containsExactlyElementsOf(
                article.stream().map(l -> l.replace(" (Reuters)", "")).toList());
    }

    @Test
    void repeatedPullQuoteGoes() {
        String quote = "\"We were told the walls would hold, and we believed them.\"";
        Article a = Extracted.text(page(FLOOD, quote, DAM, quote, RAIN));
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, quote, DAM, RAIN);
        assertThat(reasons(a, quote)).containsExactly(Furniture.REPEATED_PARAGRAPH);
    }

    @Test
    void bylineAndDateLineGoAndDateTheDocument() {
        Article a = Extracted.text(page("Valley Dam Fails After Week of Rain", "By Ilka Brandt, Environment Correspondent",
                "Tuesday 13 May 2025 08.15 BST", FLOOD, DAM, "(Reporting by Ilka Brandt; Editing by Oskar Lind)"));
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM);
        assertThat(a.document().metadata().published()).isEqualTo(LocalDate.of(2025, 5, 13));
    }

    @Test
    void manifestTitleAndOutletWin() {
        Metadata manifest = new Metadata(LocalDate.of(2025, 5, 14), "Valley Courier", null,
                "Valley dam fails after week of rain", null);
        Article a = Extracted.of(Format.TEXT, page("Valley Courier", "Regions", "Valley dam fails after week of rain",
                "13 May 2025", FLOOD, DAM), manifest);
        assertThat(a.title()).isEqualTo("Valley dam fails after week of rain");
        assertThat(a.document().metadata().published()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(Extracted.lines(a)).containsExactly("Valley dam fails after week of rain", FLOOD, DAM);
    }

    @Test
    void hardWrappedParagraphsAreJoinedWithSoftBreaks() {
        String text = """
                The valley dam above Brennmoor gave way early on Tuesday after a week of
                heavy rain, sending water into the market square and the lower streets,
                the town council said.

                Engineers had warned in March that the dam needed urgent repairs, but
                the work was delayed by a dispute over who should pay for it.

                Advertisement

                Mayor Ilse Varga said the town would ask the regional government for
                emergency funds to repair the damage.
                """;
        Article a = Extracted.text(text);
        assertThat(a.body()).hasSize(3);
        assertThat(a.softBreaks()).hasSize(4);
        assertThat(a.annotationText()).contains("after a week of heavy rain, sending");
        assertThat(Extracted.lines(a)).noneMatch(l -> l.contains("Advertisement"));
    }

    @Test
    void hardWrappedPageKeepsItsHeadlineDatelineAndSubheadings() {
        String text = """
                Skip to content

                Ferry Crews Accept New Contract

                By Rosa Quint

                LAKESIDE, June 3 - Ferry crews on the northern lakes voted on Monday
                to accept a new contract, ending a nine-day strike that had stranded
                thousands of commuters, their union said.

                What changes

                Under the deal, crews will work shorter shifts in winter, and the
                company will hire twenty more deckhands before the end of the year.
                The first sailings leave the north pier at six on Wednesday.

                Related Stories
                Lake Levels Fall to Record Low
                Commuters Turn to Buses During Strike
                """;
        Article a = Extracted.text(text);
        assertThat(a.title()).isEqualTo("Ferry Crews Accept New Contract");
        assertThat(a.body()).hasSize(4);
        assertThat(a.softBreaks()).hasSize(4);
        assertThat(a.annotationText()).contains("voted on Monday to accept", "in winter, and the company",
                "end of the year. The first");
        assertThat(a.cleanedText()).doesNotContain("Skip", "Rosa Quint", "Related", "Lake Levels");
    }

    @Test
    void shortLinesAreNotTakenForWrappedText() {
        String text = page("Valley Dam Fails", "", "Water rose fast.", "People left their homes.", "The dam broke at dawn.");
        Article a = Extracted.text(text);
        assertThat(a.softBreaks()).isEmpty();
        assertThat(a.body()).hasSize(4);
    }

    @Test
    void aStampWithAnOffsetAndAnUpdateNoteAndAStandardsLinkAndAReadNextListGo() {
        Article a = Extracted.text(page("Valley Dam Fails After Week of Rain", "",
                "October 18, 2026 9:42 AM GMT+2 · Updated 2 hours ago", "", FLOOD, "", DAM, "", RAIN, "",
                "Our Standards: The Valley Trust Principles.", "", "Read Next",
                "Brennmoor bonds slip as flood fears weigh on the crown",
                "Explainer: What is the Valley Dam Act?", "Ferry timetable changes from Monday", "",
                "© 2026 Valley Press"));
        assertThat(Extracted.lines(a)).containsExactly("Valley Dam Fails After Week of Rain", FLOOD, DAM, RAIN);
        assertThat(reasons(a, "October 18, 2026 9:42 AM GMT+2 · Updated 2 hours ago"))
                .containsExactly(Furniture.DATE);
        assertThat(reasons(a, "Our Standards: The Valley Trust Principles.")).containsExactly(Furniture.FOOTER);
        assertThat(reasons(a, "Brennmoor bonds slip as flood fears weigh on the crown"))
                .containsExactly(Furniture.RELATED);
    }

    @Test
    void crlfLineEndsKeepOffsets() {
        Article a = Extracted.text("Skip to content\r\n\r\n" + FLOOD + "\r\n" + DAM + "\r\nShare\r\n");
        assertThat(Extracted.lines(a)).containsExactly(FLOOD, DAM);
    }

    @Test
    void emptyAndBlankTextsGiveEmptyArticles() {
        assertThat(Extracted.text("").body()).isEmpty();
        assertThat(Extracted.text("\n \n\t\n").body()).isEmpty();
        assertThat(Extracted.text("\uFEFF" + FLOOD).cleanedText()).isEqualTo(FLOOD);
    }

    @Test
    void nullDocumentIsMisuse() {
        assertThatThrownBy(() -> new Extractor().extract(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("doc");
    }
}
