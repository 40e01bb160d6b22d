package org.triangulate.model;

import java.util.List;

/**
 * The account of one story: its documents as annotated, the entities they mention, the claims they make, the
 * timeline, and what went wrong reading them.
 */
public record Dossier(List<AnnotatedDocument> documents, List<Entity> entities, List<Claim> claims,
                      Timeline timeline, List<Diagnostic> diagnostics) {
    public Dossier {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }
}
