package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor, place or thing, with every mention of it across the batch.
 *
 * @param id stable within a dossier ({@code e1}, {@code e2}, ...)
 * @param name the canonical name: the fullest form the reports use
 * @param type its kind
 * @param mentions every mention, in document order
 */
public record Entity(String id, String name, EntityType type, List<EntityMention> mentions) {
    /** A mention of an entity in one document. */
    public record EntityMention(String doc, Span span, String text) {
        public EntityMention {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
        }
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }

    /** The distinct surface forms, in order of first appearance. */
    public List<String> aliases() {
        return mentions.stream().map(EntityMention::text).distinct().toList();
    }
}
