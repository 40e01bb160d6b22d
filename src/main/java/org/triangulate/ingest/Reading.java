package org.triangulate.ingest;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.SourceDocument.Format;

/**
 * One call to {@link Ingestor#stream}: numbers the documents as they are read and hands them, and the diagnostics,
 * to the caller's sink at once, so that nothing read is kept here. The readers of each kind of input (files, WARC
 * records, JSONL lines, feed items, web pages) all write through it.
 */
final class Reading {
    private final IngestOptions options;
    private final Ingestor.Sink sink;
    /** For the machinery that collects diagnostics in a list (walking folders, loading files, manifests). */
    final List<Diagnostic> pending = new ArrayList<>();
    private int documents;
    private HttpFetcher fetcher;

    Reading(IngestOptions options, Ingestor.Sink sink) {
        this.options = options;
        this.sink = sink;
    }

    IngestOptions options() {
        return options;
    }

    RecordFilter filter() {
        return options.filter();
    }

    /** The web client of this run, made on first use. */
    HttpFetcher fetcher() {
        if (fetcher == null) fetcher = new HttpFetcher(options.timeout(), options.maxFileBytes());
        return fetcher;
    }

    /**
     * Hands a document to the sink with the next id.
     *
     * @param given what the user or the publisher said about it (a manifest, a JSONL line, a feed item)
     * @param fallback what its container says (a WARC record's headers, an HTTP response), for what the page itself
     *     does not say
     */
    void document(String source, Format format, String text, Metadata given, Metadata fallback) {
        flush();
        documents++;
        sink.document(new SourceDocument("d" + documents, source, format, text, given), fallback);
    }

    void error(String source, String message) {
        diagnostic(Diagnostic.error(source, message));
    }

    void warning(String source, String message) {
        diagnostic(Diagnostic.warning(source, message));
    }

    void diagnostic(Diagnostic d) {
        flush();
        sink.diagnostic(d);
    }

    /** Hands on the diagnostics collected in {@link #pending}, in order. */
    void flush() {
        if (pending.isEmpty()) return;
        List<Diagnostic> out = List.copyOf(pending);
        pending.clear();
        out.forEach(sink::diagnostic);
    }
}
