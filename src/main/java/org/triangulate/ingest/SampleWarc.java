package org.triangulate.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a gzipped WARC file of invented news pages, for measuring how fast WARC files are read. Each page is
 * about 7 KB of HTML with the shape of a news page: a site header and menu, a headline, a byline and date, 6 to 11
 * paragraphs (about 700 words, a common length for a report), an advert, related links and a footer. The same
 * {@code seed} writes the same file.
 */
public final class SampleWarc {
    private static final List<String> TOWNS = List.of("Westmere", "Lowford", "Ashcombe", "Brindle Bay", "Hartwell",
            "Kestrelport", "Millbrook", "Saltash Cove", "Thornby", "Eddington");
    private static final List<String> SUBJECTS = List.of("the ferry timetable", "the library roof", "the harbour wall",
            "the new cycle lane", "the school bus contract", "the market square", "the water treatment works",
            "the allotment waiting list", "the swimming pool", "the bridge repairs");
    private static final List<String> PEOPLE = List.of("Councillor Mira Okafor", "Harbourmaster Tom Ellery",
            "Deputy mayor Ines Varga", "Engineer Paul Dresner", "Head teacher Alma Roth", "Trader Sunil Batra");
    private static final List<String> VERBS = List.of("said", "told reporters", "wrote in a statement",
            "confirmed on Tuesday", "denied", "warned");
    private static final List<String> CLAIMS = List.of("the work would finish before the summer",
            "costs had risen by a fifth since the spring", "no money had been set aside for the repairs",
            "residents had been consulted twice", "the contract would go out to tender again",
            "the delays were caused by the weather", "a second survey had found no structural damage");

    private SampleWarc() {
    }

    /** Writes {@code records} response records to {@code file}, replacing it; returns its size in bytes. */
    public static long write(Path file, int records, long seed) throws IOException {
        if (records < 1) throw new IllegalArgumentException("records must be >= 1, was " + records);
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < records; i++) {
                String town = pick(random, TOWNS);
                String host = town.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-gazette.example";
                URI uri = URI.create("https://" + host + "/news/" + (1000 + i) + "-story.html");
                byte[] page = page(random, town, i).getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page).build();
                writer.write(new WarcResponse.Builder(uri).date(start.plusSeconds(61L * i)).body(http).build());
            }
            return channel.size();
        }
    }

    private static String page(Random random, String town, int n) {
        String subject = pick(random, SUBJECTS);
        String headline = town + " council votes again on " + subject;
        StringBuilder s = new StringBuilder(16 * 1024);
        s.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(headline)
                .append(" | The ").append(town).append(" Gazette</title>")
                .append("<meta property=\"og:site_name\" content=\"The ").append(town).append(" Gazette\">")
                .append("<meta property=\"article:published_time\" content=\"2026-03-")
                .append(String.format(java.util.Locale.ROOT, "%02d", 1 + n % 28)).append("T09:00:00Z\">")
                .append("<style>body{font-family:serif}nav a{margin:0 4px}</style></head><body>")
                .append("<header><a href=\"/\">The ").append(town).append(" Gazette</a><nav>")
                .append("<a href=\"/news\">News</a><a href=\"/sport\">Sport</a><a href=\"/opinion\">Opinion</a>")
                .append("<a href=\"/weather\">Weather</a><a href=\"/subscribe\">Subscribe</a></nav></header>")
                .append("<main><article><h1>").append(headline).append("</h1>")
                .append("<p class=\"byline\">By Staff Reporter</p>");
        int paragraphs = 6 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            s.append("<p>");
            int sentences = 2 + random.nextInt(3);
            for (int k = 0; k < sentences; k++) {
                s.append(pick(random, PEOPLE)).append(' ').append(pick(random, VERBS)).append(" that ")
                        .append(pick(random, CLAIMS)).append(", and that ").append(subject).append(" in ")
                        .append(town).append(" would be discussed again at the meeting on the ")
                        .append(1 + random.nextInt(28)).append("th. ");
            }
            s.append("</p>");
            if (p == 3) s.append("<div class=\"ad\">Advertisement</div>");
        }
        s.append("</article><aside class=\"related\"><h2>Related stories</h2><ul>");
        for (int r = 0; r < 5; r++) {
            s.append("<li><a href=\"/news/").append(random.nextInt(9000)).append("\">")
                    .append(pick(random, TOWNS)).append(" reopens ").append(pick(random, SUBJECTS))
                    .append("</a></li>");
        }
        s.append("</ul></aside></main><footer><p>&copy; 2026 The ").append(town)
                .append(" Gazette. All rights reserved.</p><a href=\"/privacy\">Privacy policy</a></footer>")
                .append("<script>window.analytics=[];</script></body></html>");
        return s.toString();
    }

    private static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
