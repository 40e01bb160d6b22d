package org.triangulate.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.triangulate.model.SourceDocument.Format;

/**
 * A file to read, as found under a path the user gave.
 *
 * @param path where it is
 * @param source its path as the user gave or we found it, for the document and for diagnostics
 * @param format how to read it, from its extension
 */
record InputFile(Path path, String source, Format format) {

    static final String SUPPORTED = ".txt, .md or .html";

    /** The format for a file name's extension, ignoring case; empty for any other file. */
    static Optional<Format> formatOf(Path file) {
        return switch (extensionOf(file)) {
            case ".txt" -> Optional.of(Format.TEXT);
            case ".md", ".markdown" -> Optional.of(Format.MARKDOWN);
            case ".html", ".htm" -> Optional.of(Format.HTML);
            default -> Optional.empty();
        };
    }

    /** The extension with its dot, lower-cased ({@code .pdf}); empty when the name has none. */
    static String extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Where the file is, absolute and normalized, for matching manifest entries and finding repeats. */
    Path key() {
        return path.toAbsolutePath().normalize();
    }
}
