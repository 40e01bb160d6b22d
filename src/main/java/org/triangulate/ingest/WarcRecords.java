package org.triangulate.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * Reads the pages in a WARC file (plain or gzipped, through jwarc), one record at a time: each is handed on before
 * the next is read, so memory holds one record, whatever the file's size.
 *
 * <p>Response records with a 2xx status and an HTML payload, and resource records of HTML, text or Markdown, become
 * documents; their source is the record's target URI, and the URI, the capture date ({@code WARC-Date}) and the
 * declared language are fallback metadata, for what the page itself does not say. Other records (requests,
 * metadata, revisits, images, style sheets, redirects) are passed over, counted in one warning at the end.
 * Records go through the {@link RecordFilter}: host and date from the WARC headers before the payload is read,
 * language from {@code WARC-Identified-Content-Language}, {@code Content-Language} or {@code <html lang>}.
 *
 * <p>A malformed record gets a warning with its byte offset, and reading goes on at the next record found after it
 * (the next gzip member, or the next {@code WARC/1.x} line); a truncated file gives what came before the cut.
 */
final class WarcRecords {
    private final Reading reading;
    private final InputFile file;
    private final Map<String, Integer> notPages = new TreeMap<>();
    private final Map<Integer, Integer> notSuccess = new TreeMap<>();
    private final CappedWarnings warnings;
    private int pages;

    WarcRecords(Reading reading, InputFile file) {
        this.reading = reading;
        this.file = file;
        this.warnings = new CappedWarnings(reading, file.source(), "records");
    }

    void read() {
        try (FileChannel channel = FileChannel.open(file.path()); WarcReader reader = new WarcReader(channel)) {
            reader.setLenient(true);
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long lastResync = -1;
            while (true) {
                WarcRecord record;
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) break;
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    long at = reader.position();
                    OptionalLong resume = WarcResync.nextRecord(channel, at + 1, gzip);
                    if (resume.isEmpty() || resume.getAsLong() <= lastResync) {
                        problem(at, describe(e) + "; no readable record follows, so the rest of the file is not read");
                        break;
                    }
                    problem(at, describe(e) + "; reading goes on at the next record, at byte offset "
                            + resume.getAsLong());
                    lastResync = resume.getAsLong();
                    reader.position(lastResync);
                    continue;
                }
                try {
                    read(record);
                } catch (IOException | RuntimeException e) {
                    problem(reader.position(), targetOf(record) + describe(e) + "; the record is skipped");
                }
            }
        } catch (IOException | RuntimeException e) {
            reading.error(file.source(), "cannot read the WARC file: " + Problems.brief(e));
            return;
        }
        summarize();
    }

    private void read(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) return;
        WarcTargetRecord target = (WarcTargetRecord) record;
        String uri = target.target();
        LocalDate captured = captureDate(record);
        RecordFilter filter = reading.filter();
        if (!filter.keepsUrl(uri) || !filter.keepsDate(captured)) return;

        String language = record.headers().first("WARC-Identified-Content-Language").orElse(null);
        String contentType;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                notSuccess.merge(http.status(), 1, Integer::sum);
                return;
            }
            contentType = http.headers().first("Content-Type").orElse(null);
            language = language != null ? language : http.headers().first("Content-Language").orElse(null);
            if (!isHtml(contentType)) {
                notPages.merge(typeName(contentType), 1, Integer::sum);
                return;
            }
            body = http.bodyDecoded();
        } else {
            contentType = record.headers().first("Content-Type").orElse(null);
            if (!isHtml(contentType) && !isText(contentType)) {
                notPages.merge(typeName(contentType), 1, Integer::sum);
                return;
            }
            body = record.body();
        }
        long max = reading.options().maxFileBytes();
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) max + 1);
        }
        if (bytes.length > max) {
            warn(uri, "the page is over the limit of " + Problems.size(max) + "; skipped. If it really is one report, "
                    + "raise the limit with --max-file-size");
            return;
        }
        if (language == null && filter.filtersLanguage()) language = PageDecoder.declaredLanguage(bytes).orElse(null);
        if (!filter.keepsLanguage(language)) return;

        PageDecoder.Result result = PageDecoder.decode(bytes, contentType);
        if (result instanceof PageDecoder.Page page) {
            page.warning().ifPresent(w -> warn(uri, w));
            pages++;
            Metadata fallback = new Metadata(captured, null, uri, null, language);
            reading.document(uri, page.format(), page.text(), Metadata.EMPTY, fallback);
        } else if (result instanceof PageDecoder.Rejected rejected) {
            warn(uri, rejected.reason() + "; the record is skipped");
        } else {
            notPages.merge("feeds", 1, Integer::sum);
        }
    }

    /** HTML by its media type, or with none given (the bytes then decide). */
    private static boolean isHtml(String contentType) {
        String type = PageDecoder.mediaType(contentType);
        return type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    private static boolean isText(String contentType) {
        String type = PageDecoder.mediaType(contentType);
        return type.equals("text/plain") || type.equals("text/markdown");
    }

    private static String typeName(String contentType) {
        String type = PageDecoder.mediaType(contentType);
        return type.isEmpty() ? "no type" : type;
    }

    private static LocalDate captureDate(WarcRecord record) {
        try {
            Instant date = record.date();
            return date == null ? null : date.atZone(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String targetOf(WarcRecord record) {
        try {
            return record instanceof WarcTargetRecord t ? "(" + t.target() + ") " : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String describe(Exception e) {
        if (e instanceof EOFException) return "the file ends in the middle of a record (it is truncated)";
        return "malformed record (" + Problems.brief(e) + ")";
    }

    private void problem(long offset, String message) {
        warn(file.source(), "record at byte offset " + offset + ": " + message);
    }

    private void warn(String source, String message) {
        warnings.add(source, message);
    }

    /** One warning for the records passed over, so that a WARC of images does not look like a WARC of nothing. */
    private void summarize() {
        if (notPages.isEmpty() && notSuccess.isEmpty()) return;
        StringBuilder s = new StringBuilder(pages + (pages == 1 ? " page" : " pages") + " read; passed over ");
        if (!notPages.isEmpty()) {
            s.append(total(notPages)).append(" records that are not pages (").append(counts(notPages, "")).append(')');
        }
        if (!notSuccess.isEmpty()) {
            if (!notPages.isEmpty()) s.append(" and ");
            s.append(total(notSuccess)).append(" responses that are not a success (")
                    .append(counts(notSuccess, "HTTP ")).append(')');
        }
        reading.warning(file.source(), s.toString());
    }

    private static int total(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String counts(Map<?, Integer> counts, String prefix) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, n) -> s.append(s.length() == 0 ? "" : ", ").append(prefix).append(k).append(": ").append(n));
        return s.toString();
    }
}
