package org.triangulate.model;

import java.util.List;

/** The documents read from the user's paths, and the problems met while reading them. */
public record Batch(List<SourceDocument> documents, List<Diagnostic> diagnostics) {
    public Batch {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }
}
