package org.triangulate.model;

import java.util.Objects;

/**
 * One report as read from its source.
 *
 * @param id short stable id within a batch ({@code d1}, {@code d2}, ...)
 * @param source the path or URL as the user gave it
 * @param format how the text was read
 * @param text the original text: for plain text and Markdown the file's decoded characters, which every span of
 *     every later stage indexes. For HTML, ingest gives the decoded markup and extract replaces the document by one
 *     whose text is the page's text as rendered from that markup; later spans index the rendered text.
 * @param metadata what the manifest or the page itself says about the document
 */
public record SourceDocument(String id, String source, Format format, String text, Metadata metadata) {
    public enum Format { TEXT, MARKDOWN, HTML }

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    public SourceDocument withMetadata(Metadata newMetadata) {
        return new SourceDocument(id, source, format, text, newMetadata);
    }
}
