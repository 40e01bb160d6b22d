package org.triangulate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.Batch;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;

/**
 * Reads the files and folders the user gave into a {@link Batch} of documents, with what the manifests say about
 * them, and a {@link Diagnostic} for each problem met on the way.
 *
 * <p>Input: paths as the user gave them, files or folders; folders are walked recursively in sorted order for
 * {@code .txt}, {@code .md}, {@code .markdown}, {@code .html} and {@code .htm} files. Output: the documents in the
 * order read, with ids {@code d1}, {@code d2}, ...; each keeps its text exactly as decoded (byte-order mark and line
 * ends included), since every later span indexes it. Bad input never throws: a missing, empty, binary, unreadable or
 * too large file is skipped with an error, a file in the wrong charset is read as windows-1252 with a warning, a bad
 * manifest line is skipped with a warning. Metadata comes from the {@code manifest.jsonl} in each given folder (or
 * beside each given file), or from {@link IngestOptions#manifest()} for all files when that is given.
 *
 * <p>Threading: an instance holds only its options; {@link #read} may be called from several threads at once. Cost:
 * each file is read whole into memory, one at a time, so memory is bounded by {@link IngestOptions#maxFileBytes()}
 * plus the documents kept.
 */
public final class Ingestor {
    private final IngestOptions options;

    public Ingestor(IngestOptions options) {
        if (options == null) throw new IllegalArgumentException("options must not be null");
        this.options = options;
    }

    public Ingestor() {
        this(IngestOptions.defaults());
    }

    /**
     * Reads {@code paths} in the order given.
     *
     * @throws IllegalArgumentException if {@code paths} or one of its elements is null
     */
    public Batch read(List<Path> paths) {
        if (paths == null) throw new IllegalArgumentException("paths must not be null");
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == null) throw new IllegalArgumentException("paths[" + i + "] must not be null");
        }
        return new Run().read(paths);
    }

    /** The state of one call to {@link #read}. */
    private final class Run {
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final List<SourceDocument> documents = new ArrayList<>();
        private final TextLoader loader = new TextLoader(options.maxFileBytes(), diagnostics);
        /** The document each file read became (-1 when it could not be read), by the file's real path. */
        private final Map<Path, Integer> readFiles = new HashMap<>();
        /** The manifest of each folder looked in; empty where there is none or it could not be read. */
        private final Map<Path, Optional<Manifest>> manifestsByFolder = new HashMap<>();
        /** Every manifest loaded, in load order, with the files it may describe. */
        private final Map<Manifest, List<Manifest.Candidate>> candidates = new LinkedHashMap<>();
        private Manifest explicit;

        Batch read(List<Path> paths) {
            options.explicitManifest().ifPresent(this::loadExplicitManifest);
            InputWalk walk = new InputWalk(options.manifest() == null, diagnostics);
            for (Path given : paths) {
                walk.expand(given).ifPresent(expansion -> readAll(given, expansion));
            }
            candidates.forEach((manifest, files) -> manifest.match(files, diagnostics).forEach(this::describe));
            return new Batch(documents, diagnostics);
        }

        private void loadExplicitManifest(Path path) {
            if (!Files.exists(path)) {
                diagnostics.add(Diagnostic.error(path.toString(),
                        "no such manifest file; check the --manifest path. The files are read without it"));
                return;
            }
            Manifest.load(path, path.toString(), options.maxFileBytes(), diagnostics).ifPresent(m -> {
                explicit = m;
                candidates.put(m, new ArrayList<>());
            });
        }

        private void readAll(Path given, InputWalk.Expansion expansion) {
            // An explicit manifest replaces the folders' ones even when it could not be read.
            Optional<Manifest> manifest = options.manifest() != null ? Optional.ofNullable(explicit)
                    : folderManifest(expansion);
            int repeated = 0;
            for (InputFile file : expansion.files()) {
                Path identity = identity(file.path());
                Integer document = readFiles.get(identity);
                if (document == null) {
                    document = readOne(file);
                    readFiles.put(identity, document);
                } else {
                    repeated++;
                }
                int index = document;
                manifest.ifPresent(m -> candidates.get(m).add(new Manifest.Candidate(file.key(), index)));
            }
            if (repeated > 0) {
                String what = !Files.isDirectory(given) ? "this file was"
                        : repeated == 1 ? "1 file here was" : repeated + " files here were";
                diagnostics.add(Diagnostic.warning(given.toString(),
                        what + " already read from an earlier path; each file is read once"));
            }
        }

        private Optional<Manifest> folderManifest(InputWalk.Expansion expansion) {
            return manifestsByFolder.computeIfAbsent(expansion.scope(), folder -> {
                Path file = expansion.manifest();
                if (!Files.isRegularFile(file)) return Optional.empty();
                Optional<Manifest> m = Manifest.load(file, expansion.manifestSource(), options.maxFileBytes(),
                        diagnostics);
                m.ifPresent(found -> candidates.put(found, new ArrayList<>()));
                return m;
            });
        }

        /** Reads one file; its document's index, or -1 when it was skipped. */
        private int readOne(InputFile file) {
            Optional<String> text = loader.read(file);
            if (text.isEmpty()) return -1;
            String id = "d" + (documents.size() + 1);
            documents.add(new SourceDocument(id, file.source(), file.format(), text.get(), Metadata.EMPTY));
            return documents.size() - 1;
        }

        private void describe(int document, Metadata metadata) {
            SourceDocument d = documents.get(document);
            // A file named in two manifests keeps what the first said, and takes from the second only what it lacks.
            documents.set(document, d.withMetadata(d.metadata().orElse(metadata)));
        }

        private Path identity(Path file) {
            try {
                return file.toRealPath();
            } catch (IOException e) {
                return file.toAbsolutePath().normalize();
            }
        }
    }
}
