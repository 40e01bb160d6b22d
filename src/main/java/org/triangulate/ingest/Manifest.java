package org.triangulate.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * A {@code manifest.jsonl}: one JSON object a line, saying what is known about one file ({@code file},
 * {@code published}, {@code outlet}, {@code url}, {@code title}, {@code language}; other fields are ignored). A line
 * that cannot be used gets a warning and the others still apply. An entry's {@code file} names a file by its path
 * relative to the manifest's folder, or by its name (or the end of its path) when that is unambiguous.
 */
final class Manifest {
    static final int MAX_LINE_WARNINGS = 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One usable line: the file it names and what it says about it. */
    record Entry(int line, String file, Path path, Metadata metadata) {
    }

    /**
     * A file the manifest may describe.
     *
     * @param key its absolute, normalized path
     * @param document the index of its document in the batch, or -1 when it was found but could not be read
     */
    record Candidate(Path key, int document) {
    }

    private final String source;
    private final Path dir;
    private final List<Entry> entries;

    /**
     * @param source the manifest's path as the user gave it, for diagnostics
     * @param dir the folder that relative paths in it start from, absolute
     * @param entries its usable lines
     */
    Manifest(String source, Path dir, List<Entry> entries) {
        this.source = source;
        this.dir = dir;
        this.entries = List.copyOf(entries);
    }

    /** The manifest's folder as the user would write it. */
    private String folder() {
        Path parent = Path.of(source).getParent();
        return parent == null ? "the manifest's folder" : parent.toString();
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * Reads the manifest at {@code file}; empty, with an error, when it cannot be read at all.
     *
     * @param source its path as the user gave it, for diagnostics
     */
    static Optional<Manifest> load(Path file, String source, long maxFileBytes, List<Diagnostic> out) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                out.add(Diagnostic.error(source, "this is a folder; give the manifest file itself"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                out.add(Diagnostic.error(source, "manifest is " + Problems.size(size) + ", over the limit of "
                        + Problems.size(maxFileBytes) + "; not read. Raise the limit with --max-file-size"));
                return Optional.empty();
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(file), Format.TEXT);
            decoded.warning().ifPresent(w -> out.add(Diagnostic.warning(source, w)));
            text = decoded.text();
        } catch (IOException | RuntimeException e) {
            out.add(Diagnostic.error(source, "cannot read the manifest: " + Problems.describe(e)
                    + "; the files are read without it"));
            return Optional.empty();
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return Optional.of(new Manifest(source, dir, parse(text, source, out)));
    }

    static List<Entry> parse(String text, String source, List<Diagnostic> out) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\n", -1);
        List<Entry> entries = new ArrayList<>();
        int warned = 0;
        int unlisted = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) continue;
            List<String> problems = new ArrayList<>();
            Optional<Entry> entry = parseLine(line, i + 1, problems);
            entry.ifPresent(entries::add);
            if (problems.isEmpty()) continue;
            if (warned == MAX_LINE_WARNINGS) {
                unlisted++;
                continue;
            }
            warned++;
            String outcome = entry.isPresent() ? "; the line's other fields are used" : "; the line is skipped";
            out.add(Diagnostic.warning(source + ":" + (i + 1), String.join("; ", problems) + outcome));
        }
        if (unlisted > 0) {
            out.add(Diagnostic.warning(source, unlisted + " more lines with problems are not listed; "
                    + "fix the ones above and run again"));
        }
        return entries;
    }

    private static Optional<Entry> parseLine(String line, int number, List<String> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add("not valid JSON at column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage()
                    + ")");
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add("not a JSON object; write one object a line, such as "
                    + "{\"file\": \"a.txt\", \"published\": \"2025-04-26\"}");
            return Optional.empty();
        }
        JsonNode file = node.get("file");
        if (file == null || file.isNull() || (file.isTextual() && file.asText().isBlank())) {
            problems.add("no \"file\"; give the name of the file the line describes");
            return Optional.empty();
        }
        if (!file.isTextual()) {
            problems.add("\"file\" must be a string, such as \"a.txt\"");
            return Optional.empty();
        }
        Path path;
        try {
            path = entryPath(file.asText());
        } catch (InvalidPathException e) {
            problems.add("\"file\" " + quote(file.asText()) + " is not a valid path (" + e.getReason() + ")");
            return Optional.empty();
        }
        LocalDate published = null;
        String date = text(node, "published", problems);
        if (date != null && !date.isBlank()) {
            try {
                published = parseDate(date);
            } catch (DateTimeException e) {
                problems.add("\"published\" " + quote(date) + " is not a date; write yyyy-MM-dd or an ISO date-time "
                        + "such as 2025-04-26T09:30:00Z");
            }
        }
        Metadata metadata = new Metadata(published, text(node, "outlet", problems), text(node, "url", problems),
                text(node, "title", problems), text(node, "language", problems));
        return Optional.of(new Entry(number, file.asText(), path, metadata));
    }

    /** A date as {@code yyyy-MM-dd}, or the date part of an ISO date-time, as written (not moved to UTC). */
    static LocalDate parseDate(String value) {
        String s = value.strip();
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            // ISO_DATE_TIME takes a local date-time, with or without an offset and a zone id.
            return s.indexOf('T') >= 0 ? DateTimeFormatter.ISO_DATE_TIME.parse(s, LocalDate::from)
                    : DateTimeFormatter.ISO_DATE.parse(s, LocalDate::from);
        }
    }

    private static Path entryPath(String file) {
        String s = file.strip().replace('\\', '/');
        Path path = Path.of(s).normalize();
        if (path.toString().isEmpty()) throw new InvalidPathException(file, "names a folder, not a file");
        return path;
    }

    private static String text(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isValueNode()) return value.asText();
        problems.add("\"" + field + "\" must be a string, not " + (value.isArray() ? "a list" : "an object"));
        return null;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /**
     * What each entry says, by document index: an entry applies to the one file it names among {@code candidates}.
     * An entry naming no file that exists, or several files, gets a warning; so does a second entry for the same file. An entry
     * naming a file that was found but not read is passed over in silence: that file has its own error.
     */
    Map<Integer, Metadata> match(List<Candidate> candidates, List<Diagnostic> out) {
        Map<Integer, Metadata> byDocument = new LinkedHashMap<>();
        Map<Path, Integer> lineOf = new HashMap<>();
        for (Entry entry : entries) {
            String where = source + ":" + entry.line();
            List<Candidate> hits = named(entry, candidates);
            if (hits.isEmpty()) {
                // A file that exists but was not asked for (the user named one file of the folder) is no mistake.
                if (java.nio.file.Files.exists(dir.resolve(entry.path()))) continue;
                out.add(Diagnostic.warning(where, "names " + quote(entry.file()) + ", which is not among the files "
                        + "read; check its spelling (give its name, or its path relative to " + folder() + ")"));
            } else if (hits.size() > 1) {
                List<String> paths = hits.stream().map(c -> dir.relativize(c.key()).toString()).toList();
                out.add(Diagnostic.warning(where, "names " + quote(entry.file()) + ", which matches "
                        + hits.size() + " files read (" + String.join(", ", paths)
                        + "); give its path relative to " + folder() + " instead; the line is skipped"));
            } else {
                Candidate hit = hits.get(0);
                Integer first = lineOf.putIfAbsent(hit.key(), entry.line());
                if (first != null) {
                    out.add(Diagnostic.warning(where, "a second entry for " + quote(entry.file())
                            + " (the first is on line " + first + "); the line is skipped"));
                } else if (hit.document() >= 0) {
                    byDocument.put(hit.document(), entry.metadata());
                }
            }
        }
        return byDocument;
    }

    /** The distinct candidates an entry names: the exact path if found, else every file whose path ends so. */
    private List<Candidate> named(Entry entry, List<Candidate> candidates) {
        Path exact = dir.resolve(entry.path()).normalize();
        Map<Path, Candidate> hits = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.key().equals(exact)) return List.of(c);
            if (c.key().endsWith(entry.path())) hits.putIfAbsent(c.key(), c);
        }
        return List.copyOf(hits.values());
    }
}
