package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Diagnostic.Severity;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

class FeedItemsTest {
    private static final IngestOptions FAST = IngestOptions.defaults().withTimeout(Duration.ofSeconds(1));

    @TempDir
    Path dir;

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>The Dune Daily</title>"
                + "<link>https://dune.example/</link><description>News</description><language>en</language>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String item(String title, String link, String date) {
        return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>")
                + "<description>&lt;p&gt;" + title + " in brief.&lt;/p&gt;</description></item>";
    }

    @Test
    void aFeedUrlIsFollowedToItsItemsWhichTakeTheItemsMetadata() {
        server.page("/a", "text/html", "<p>The dunes moved a metre.</p>".getBytes(UTF_8))
                .page("/b", "text/html", "<p>Kites filled the beach.</p>".getBytes(UTF_8))
                .page("/feed", "application/rss+xml", rss(
                        item("Dunes move", server.url("/a"), "Sun, 15 Mar 2026 09:30:00 GMT"),
                        item("Kites", "/b", null)).getBytes(UTF_8));

        Collected c = Collected.stream(FAST, server.url("/feed"));

        assertThat(c.diagnostics).isEmpty();
        assertThat(c.documents).extracting(d -> d.document().source()).containsExactly(server.url("/a"),
                server.url("/b"));
        assertThat(c.documents.get(0).document().metadata()).isEqualTo(new Metadata(LocalDate.of(2026, 3, 15),
                "The Dune Daily", server.url("/a"), "Dunes move", "en"));
    }

    @Test
    void aFeedWithBadDatesWarnsForEachAndReadsTheItemsWithoutThem() throws IOException {
        Path feed = Files.write(dir.resolve("news.rss"), rss(
                item("Dunes move", null, "the day before yesterday"),
                item("Kites", null, "Sun, 15 Mar 2026 09:30:00 GMT"),
                item("Gulls", null, "2026-13-45")).getBytes(UTF_8));

        Collected c = Collected.stream(FAST, feed.toString());

        assertThat(c.documents).extracting(d -> d.document().source())
                .containsExactly(feed + "#item-1", feed + "#item-2", feed + "#item-3");
        assertThat(c.documents.get(0).document().format()).isEqualTo(Format.HTML);
        assertThat(c.documents.get(0).document().text()).isEqualTo("<p>Dunes move in brief.</p>");
        assertThat(c.documents).extracting(d -> d.document().metadata().published())
                .containsExactly(null, LocalDate.of(2026, 3, 15), null);
        assertThat(c.diagnostics).hasSize(2).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(feed.toString());
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(c.messages().get(0)).startsWith("item 1: its date \"the day before yesterday\" is not a date");
        assertThat(c.messages().get(1)).startsWith("item 3: its date \"2026-13-45\" is not a date");
    }

    @Test
    void itemsGoThroughTheFilterAndAnItemThatCannotBeFetchedDoesNotStopTheOthers() {
        server.page("/a", "text/html", "<p>The dunes moved.</p>".getBytes(UTF_8))
                .on("/slow", exchange -> server.hang())
                .page("/feed", "application/xml", rss(
                        item("Old", server.url("/old"), "Mon, 02 Feb 2026 09:30:00 GMT"),
                        item("Slow", server.url("/slow"), "Sun, 15 Mar 2026 09:30:00 GMT"),
                        item("Dunes", server.url("/a"), "Sun, 15 Mar 2026 10:30:00 GMT")).getBytes(UTF_8));
        IngestOptions march = FAST.withFilter(new RecordFilter(Set.of(), LocalDate.of(2026, 3, 1), null, Set.of()));

        Collected c = Collected.stream(march, server.url("/feed"));

        assertThat(c.only().source()).isEqualTo(server.url("/a"));
        assertThat(c.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(server.url("/slow"));
            assertThat(d.message()).contains("no complete answer");
        });
    }

    @Test
    void somethingThatIsNotAFeedIsOneError() throws IOException {
        Path broken = Files.write(dir.resolve("broken.xml"), "<rss><channel><item>".getBytes(UTF_8));

        Collected c = Collected.stream(FAST, broken.toString());

        assertThat(c.documents).isEmpty();
        assertThat(c.messages()).singleElement().asString().startsWith("not a feed Rome can read");
    }

    @Test
    void anAtomFeedIsReadToo() throws IOException {
        Path atom = Files.write(dir.resolve("news.atom"), ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Tide Tables</title><id>urn:x</id><updated>2026-03-15T00:00:00Z</updated>"
                + "<entry><title>High water</title><id>urn:y</id><updated>2026-03-15T08:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;High water at noon.&lt;/p&gt;</content></entry></feed>")
                .getBytes(UTF_8));

        Collected c = Collected.stream(FAST, atom.toString());

        assertThat(c.diagnostics).isEmpty();
        assertThat(c.only().text()).isEqualTo("<p>High water at noon.</p>");
        assertThat(c.only().metadata().published()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(c.only().metadata().outlet()).isEqualTo("Tide Tables");
    }
}
