package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * The project's own fictional example corpus (examples/harbour-strike): one page in each format, read without its
 * manifest, so the page alone must show the furniture, the headline and the outlet.
 */
class ExampleCorpusTest {

    private static final Path DIR = Paths.get("examples/harbour-strike");

    private static Article read(String name, Format format) throws IOException {
        Path file = DIR.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "example corpus not found at " + file.toAbsolutePath());
        return Extracted.of(format, Files.readString(file), Metadata.EMPTY);
    }

    private static void assertNoLine(Article article, String... furniture) {
        List<String> lines = Extracted.lines(article).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (String f : furniture) {
            assertThat(lines).as("cleaned lines").noneMatch(l -> l.contains(f.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void browserCopyOfANewsPage() throws IOException {
        Article a = read("courier-2026-03-15.txt", Format.TEXT);
        assertNoLine(a, "Skip to content", "Home | City", "Port & Shipping", "Photo: Rafe Tennant",
                "Dockworkers outside the gates", "Share Facebook", "Related Stories", "Smart Quay: what automated",
                "Tram line 3", "All rights reserved", "courier.example.com", "By Elspeth Garrow");
        assertThat(a.title()).isEqualTo("Harbour authority declares strike over; union says two terminals still shut");
        assertThat(a.outlet()).isEqualTo("The Kestrelport Courier");
        assertThat(a.cleanedText()).contains("Speaking to the Courier at the union hall this morning, Mr Brannock said:",
                "We have signed nothing.", "The last collective agreement at the port was signed in 2019");
        assertThat(a.cleanedText().split("\n")).hasSize(12);
    }

    @Test
    void wireCopyWithInlineUpdateNoteAndReadAlso() throws IOException {
        Article a = read("ledger-2026-03-16.txt", Format.TEXT);
        assertNoLine(a, "Updated on", "Photograph: Ines Marlow", "Read also", "Central bank holds rates",
                "ledger.example.net", "News   Markets");
        assertThat(a.outlet()).isEqualTo("Lusmere Daily Ledger");
        assertThat(a.cleanedText()).contains("Shares in Meridane Shipping");
        Article wire = read("harbourline-2026-03-16.txt", Format.TEXT);
        assertNoLine(wire, "(Harbourline/Corin Ashby)", "Reporting by Dara Quill");
        assertThat(wire.cleanedText()).contains("KESTRELPORT, Lusmere, March 16 (Harbourline) - The operator");
    }

    @Test
    void savedHtmlPage() throws IOException {
        Article a = read("tribune-2026-03-17.html", Format.HTML);
        assertNoLine(a, "Skip to content", "Home", "Share on Facebook", "Related", "About us", "Photograph: Saul");
        assertThat(a.title()).isEqualTo("Two Kestrelport terminals stay dark despite claim strike is over");
        assertThat(a.outlet()).isEqualTo("The Northern Tribune");
        assertThat(a.document().metadata().published()).hasToString("2026-03-17");
        assertThat(a.cleanedText()).contains("“If the strike is over, somebody forgot to tell us,”",
                "“Nobody asked us whether a computer should do it instead.”");
    }

    @Test
    void markdownBlogPost() throws IOException {
        Article a = read("quayside-notes-2026-03-18.md", Format.MARKDOWN);
        assertThat(a.cleanedText()).doesNotContain("**", "](", "# ");
        assertThat(a.title()).isEqualTo("Is the Kestrelport strike over? It depends who you ask");
        assertThat(a.cleanedText()).contains("Terminals 1, 2 and 3 are working. I watched",
                "see my earlier explainer on how Smart Quay is supposed to work.");
    }
}
