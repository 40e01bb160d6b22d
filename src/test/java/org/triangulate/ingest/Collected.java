package org.triangulate.ingest;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;

/** What {@link Ingestor#stream} handed on, in order: documents with their fallback metadata, and diagnostics. */
final class Collected implements Ingestor.Sink {
    record Document(SourceDocument document, Metadata fallback) {
    }

    final List<Document> documents = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Every event in order: "doc:<source>" or "diag:<source>". */
    final List<String> events = new ArrayList<>();

    static Collected stream(IngestOptions options, String... sources) {
        Collected c = new Collected();
        new Ingestor(options).stream(List.of(sources), c);
        return c;
    }

    @Override
    public void document(SourceDocument document, Metadata fallback) {
        documents.add(new Document(document, fallback));
        events.add("doc:" + document.source());
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
        events.add("diag:" + diagnostic.source());
    }

    SourceDocument only() {
        if (documents.size() != 1) throw new AssertionError("expected one document, got " + documents + diagnostics);
        return documents.get(0).document();
    }

    List<String> messages() {
        return diagnostics.stream().map(Diagnostic::message).toList();
    }
}
