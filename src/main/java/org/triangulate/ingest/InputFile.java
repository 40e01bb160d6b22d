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
 * @param kind what it holds, from its extension
 * @param gzipped whether its name ends in {@code .gz}, so that its content is to be gunzipped first (a WARC file's
 *     reader finds that out for itself)
 */
record InputFile(Path path, String source, Kind kind, boolean gzipped) {

    static final String SUPPORTED = ".txt, .md, .html (or the same gzipped), .warc, .warc.gz, .jsonl, .rss, .atom or "
            + ".xml";

    /** What a file holds. */
    enum Kind {
        /** One report, read whole. */
        TEXT(Format.TEXT), MARKDOWN(Format.MARKDOWN), HTML(Format.HTML),
        /** Collections of reports, read record by record. */
        WARC(null), JSONL(null), FEED(null);

        private final Format format;

        Kind(Format format) {
            this.format = format;
        }

        /** The format of the one document a file of this kind is; empty for a collection. */
        Optional<Format> documentFormat() {
            return Optional.ofNullable(format);
        }
    }

    InputFile(Path path, String source, Format format) {
        this(path, source, switch (format) {
            case TEXT -> Kind.TEXT;
            case MARKDOWN -> Kind.MARKDOWN;
            case HTML -> Kind.HTML;
        }, false);
    }

    /** The format of a report file; for a collection (WARC, JSONL, feed), an error to ask for it. */
    Format format() {
        return kind.documentFormat().orElseThrow(() -> new IllegalStateException(source + " is a collection"));
    }

    /** The kind for a file name's extension, ignoring case; empty for any other file. */
    static Optional<Kind> kindOf(Path file) {
        return switch (extensionOf(file)) {
            case ".txt" -> Optional.of(Kind.TEXT);
            case ".md", ".markdown" -> Optional.of(Kind.MARKDOWN);
            case ".html", ".htm", ".xhtml" -> Optional.of(Kind.HTML);
            case ".warc", ".arc" -> Optional.of(Kind.WARC);
            case ".jsonl", ".ndjson" -> Optional.of(Kind.JSONL);
            case ".rss", ".atom", ".xml" -> Optional.of(Kind.FEED);
            default -> Optional.empty();
        };
    }

    /**
     * The kind of a file found in a folder the user gave: reports, WARC files and feeds named {@code .rss} or
     * {@code .atom}. JSON Lines and {@code .xml} files are read only when named, since folders hold other such
     * files (manifests, settings).
     */
    static Optional<Kind> kindInFolder(Path file) {
        return kindOf(file).filter(k -> k != Kind.JSONL && !extensionOf(file).equals(".xml"));
    }

    /** The format for a report file name's extension, ignoring case; empty for any other file. */
    static Optional<Format> formatOf(Path file) {
        return kindOf(file).flatMap(Kind::documentFormat);
    }

    /** Whether the name ends in {@code .gz}, ignoring case. */
    static boolean isGzipped(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The extension with its dot, lower-cased, after a {@code .gz} ({@code .pdf}, {@code .html} for a.html.gz). */
    static String extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String s = name.toString();
        if (s.toLowerCase(Locale.ROOT).endsWith(".gz")) s = s.substring(0, s.length() - 3);
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Where the file is, absolute and normalized, for matching manifest entries and finding repeats. */
    Path key() {
        return path.toAbsolutePath().normalize();
    }
}
