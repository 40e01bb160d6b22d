package org.triangulate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * Reads a JSON Lines file of reports, one object a line: {@code html} or {@code text} (or {@code markdown}) holds
 * the report itself; a line with only a {@code url} is fetched. {@code published}, {@code outlet}, {@code url},
 * {@code title} and {@code language} are its metadata; other fields are ignored. Lines are read one at a time (a
 * {@code .jsonl.gz} is gunzipped as it is read), each held to the size limit, and go through the
 * {@link RecordFilter}. A line that cannot be used gets a warning naming its number, and the others are read.
 */
final class JsonlRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Reading reading;
    private final WebPages pages;
    private CappedWarnings warnings;

    JsonlRecords(Reading reading, WebPages pages) {
        this.reading = reading;
        this.pages = pages;
    }

    void read(InputFile file) {
        warnings = new CappedWarnings(reading, file.source(), "lines");
        long max = reading.options().maxFileBytes();
        int number = 0;
        TruncationGuard guard = null;
        try (InputStream raw = Files.newInputStream(file.path());
             InputStream in = file.gzipped() ? guard = new TruncationGuard(new GZIPInputStream(raw, 64 * 1024)) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024)) {
            StringBuilder line = new StringBuilder();
            while (true) {
                number++;
                int end = readLine(lines, line, max);
                // At the end; a last line cut short with the file is not read.
                if (end == -1 && (line.length() == 0 || (guard != null && guard.truncated))) {
                    number--;
                    break;
                }
                if (end == -2) {
                    warn(file.source() + ":" + number, "the line is over the limit of " + Problems.size(max)
                            + "; skipped. Raise the limit with --max-file-size");
                } else if (!line.toString().isBlank()) {
                    line(file.source() + ":" + number, line.toString());
                }
                line.setLength(0);
                if (end == -1) break;
            }
            if (guard != null && guard.truncated) {
                reading.error(file.source(), "the gzip data is truncated after line " + number + "; the lines "
                        + "before were read. Check that the file was copied completely");
            }
        } catch (ZipException e) {
            reading.error(file.source(), "not valid gzip data (" + Problems.brief(e) + "); skipped");
        } catch (IOException | RuntimeException e) {
            reading.error(file.source(), "cannot read the file after line " + Math.max(0, number - 1) + ": "
                    + Problems.brief(e));
        }
    }

    /** Ends the stream where gzip data is cut short, and says so, so that the lines before the cut are still read. */
    private static final class TruncationGuard extends FilterInputStream {
        boolean truncated;

        TruncationGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (truncated) return -1;
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                truncated = true;
                return -1;
            }
        }

        @Override
        public int available() throws IOException {
            return truncated ? 0 : super.available();
        }
    }

    /**
     * Reads one line into {@code line}, without its line end: 0 when a line end followed, -1 at the end of the
     * input, -2 when the line was longer than {@code max} characters (the rest of it is skipped).
     */
    private static int readLine(BufferedReader in, StringBuilder line, long max) throws IOException {
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') return tooLong ? -2 : 0;
            if (tooLong) continue;
            if (line.length() >= max) {
                tooLong = true;
                line.setLength(0);
                continue;
            }
            line.append((char) c);
        }
        return tooLong ? -2 : -1;
    }

    private void line(String where, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            warn(where, "not valid JSON at column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage()
                    + "); the line is skipped");
            return;
        }
        if (node == null || !node.isObject()) {
            warn(where, "not a JSON object; write one object a line, such as {\"url\": \"https://...\", \"html\": "
                    + "\"<html>...\", \"published\": \"2025-04-26\"}");
            return;
        }
        String url = string(node, "url");
        LocalDate published = null;
        String date = string(node, "published");
        if (date != null && !date.isBlank()) {
            try {
                published = Manifest.parseDate(date);
            } catch (DateTimeException e) {
                warn(where, "\"published\" \"" + date + "\" is not a date; write yyyy-MM-dd or an ISO date-time; "
                        + "the line is read without it");
            }
        }
        String language = string(node, "language");
        RecordFilter filter = reading.filter();
        if (!filter.keepsUrl(url) || !filter.keepsDate(published) || !filter.keepsLanguage(language)) return;
        Metadata given = new Metadata(published, string(node, "outlet"), url, string(node, "title"), language);
        String html = string(node, "html");
        String plain = string(node, "text");
        String markdown = string(node, "markdown");
        if (html != null && !html.isBlank()) {
            reading.document(where, Format.HTML, html, given, Metadata.EMPTY);
        } else if (plain != null && !plain.isBlank()) {
            reading.document(where, Format.TEXT, plain, given, Metadata.EMPTY);
        } else if (markdown != null && !markdown.isBlank()) {
            reading.document(where, Format.MARKDOWN, markdown, given, Metadata.EMPTY);
        } else if (url != null) {
            pages.read(url, given, false);
        } else {
            warn(where, "no \"html\", \"text\" or \"url\"; the line has no report to read and is skipped");
        }
    }

    /** A field's text; null when it is missing, null, or not a plain value. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private void warn(String where, String message) {
        warnings.add(where, message);
    }
}
