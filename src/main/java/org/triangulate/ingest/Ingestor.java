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
 * Reads what the user gave (files, folders, URLs) into documents, with what manifests, feeds, JSONL lines, WARC
 * headers and web servers say about them, and a {@link Diagnostic} for each problem met on the way.
 *
 * <p>Input: sources as the user gave them. A source starting with {@code http://} or {@code https://} is a web page
 * or feed; anything else is a path. Folders are walked recursively in sorted order for {@code .txt}, {@code .md},
 * {@code .markdown}, {@code .html} and {@code .htm} files (each also gzipped, {@code .html.gz}), WARC files
 * ({@code .warc}, {@code .warc.gz}) and feeds ({@code .rss}, {@code .atom}); JSON Lines ({@code .jsonl}) and
 * {@code .xml} feeds are read when named. Output: the documents in the order read, with ids {@code d1},
 * {@code d2}, ...; each keeps its text exactly as decoded (byte-order mark and line ends included), since every later
 * span indexes it. Bad input never throws: a missing, empty, binary, unreadable or too large file, a truncated gzip
 * file, a malformed WARC record, an unreachable or hanging server, a redirect loop, a page that is not text, a feed or
 * JSONL line that cannot be read, each gets a diagnostic naming the source, and the rest is read. Text in the wrong
 * charset is read as windows-1252 with a warning.
 *
 * <p>Metadata of report files comes from the {@code manifest.jsonl} in each given folder (or beside each given
 * file), or from {@link IngestOptions#manifest()} for all files when that is given; of a feed item or a JSONL line,
 * from what it says. What a container says (a WARC record's URI, capture date and language, a server's final URL and
 * {@code Content-Language}) is passed apart as fallback metadata, for what the page itself does not say.
 *
 * <p>Threading: an instance holds only its options; {@link #read} and {@link #stream} may be called from several
 * threads at once. Cost: {@link #stream} hands each document on as soon as it is read and keeps none, so memory holds
 * one document (at most {@link IngestOptions#maxFileBytes()}) however large a WARC file is; web pages are fetched one
 * at a time.
 */
public final class Ingestor {
    private final IngestOptions options;

    /**
     * Where {@link #stream} puts what it reads, as it reads it, on the calling thread.
     */
    public interface Sink {
        /**
         * One document read.
         *
         * @param fallback what the document's container says about it, to use where neither {@code
         *     document.metadata()} nor the page itself says
         */
        void document(SourceDocument document, Metadata fallback);

        /** One problem met. */
        void diagnostic(Diagnostic diagnostic);
    }

    public Ingestor(IngestOptions options) {
        if (options == null) throw new IllegalArgumentException("options must not be null");
        this.options = options;
    }

    public Ingestor() {
        this(IngestOptions.defaults());
    }

    /**
     * Reads {@code paths} in the order given, all at once; a document's fallback metadata fills what its own lacks.
     *
     * @throws IllegalArgumentException if {@code paths} or one of its elements is null
     */
    public Batch read(List<Path> paths) {
        if (paths == null) throw new IllegalArgumentException("paths must not be null");
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == null) throw new IllegalArgumentException("paths[" + i + "] must not be null");
            sources.add(paths.get(i).toString());
        }
        List<SourceDocument> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        stream(sources, new Sink() {
            @Override
            public void document(SourceDocument document, Metadata fallback) {
                documents.add(document.withMetadata(document.metadata().orElse(fallback)));
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                diagnostics.add(diagnostic);
            }
        });
        return new Batch(documents, diagnostics);
    }

    /**
     * Reads {@code sources} (paths or URLs) in the order given, handing each document and diagnostic to
     * {@code sink} as soon as it is met.
     *
     * @throws IllegalArgumentException if {@code sources}, one of its elements, or {@code sink} is null
     */
    public void stream(List<String> sources, Sink sink) {
        if (sources == null) throw new IllegalArgumentException("sources must not be null");
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) == null) throw new IllegalArgumentException("sources[" + i + "] must not be null");
        }
        if (sink == null) throw new IllegalArgumentException("sink must not be null");
        new Run(new Reading(options, sink)).read(sources);
    }

    /** What to read for one source, in order: a URL, or a file found under a path. */
    private record Planned(String url, InputFile file) {
    }

    /**
     * The state of one call to {@link #stream}. First every source is expanded into the files and URLs to read and
     * the manifests are matched to the files (cheap: nothing is read but the manifests), then each is read in turn
     * and handed on at once.
     */
    private final class Run {
        private final Reading reading;
        private final List<Diagnostic> diagnostics;
        private final List<Planned> plan = new ArrayList<>();
        /** The plan entry of each file, by the file's real path, so that each file is read once. */
        private final Map<Path, Integer> plannedFiles = new HashMap<>();
        /** The manifest of each folder looked in; empty where there is none or it could not be read. */
        private final Map<Path, Optional<Manifest>> manifestsByFolder = new HashMap<>();
        /** Every manifest loaded, in load order, with the files it may describe. */
        private final Map<Manifest, List<Manifest.Candidate>> candidates = new LinkedHashMap<>();
        private Manifest explicit;

        Run(Reading reading) {
            this.reading = reading;
            this.diagnostics = reading.pending;
        }

        void read(List<String> sources) {
            options.explicitManifest().ifPresent(this::loadExplicitManifest);
            InputWalk walk = new InputWalk(options.manifest() == null, diagnostics);
            for (String source : sources) {
                if (WebPages.isUrl(source)) {
                    plan.add(new Planned(source.strip(), null));
                    continue;
                }
                Path given;
                try {
                    given = Path.of(source);
                } catch (java.nio.file.InvalidPathException e) {
                    diagnostics.add(Diagnostic.error(source, "not a valid path (" + e.getReason() + ")"));
                    continue;
                }
                walk.expand(given).ifPresent(expansion -> planAll(given, expansion));
            }
            // Manifest warnings come after the files' own problems, as they did when the files were read first.
            List<Diagnostic> beforeMatching = new ArrayList<>(diagnostics);
            diagnostics.clear();
            Map<Integer, Metadata> described = new HashMap<>();
            candidates.forEach((manifest, files) -> manifest.match(files, diagnostics).forEach(
                    (planned, metadata) -> described.merge(planned, metadata, Metadata::orElse)));
            List<Diagnostic> matching = new ArrayList<>(diagnostics);
            diagnostics.clear();
            diagnostics.addAll(beforeMatching);
            reading.flush();

            TextLoader loader = new TextLoader(options.maxFileBytes(), diagnostics);
            WebPages pages = new WebPages(reading);
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                if (p.url() != null) {
                    pages.read(p.url());
                } else {
                    readFile(p.file(), described.getOrDefault(i, Metadata.EMPTY), loader, pages);
                }
                reading.flush();
            }
            matching.forEach(reading::diagnostic);
        }

        private void readFile(InputFile file, Metadata given, TextLoader loader, WebPages pages) {
            switch (file.kind()) {
                case WARC -> new WarcRecords(reading, file).read();
                case JSONL -> new JsonlRecords(reading, pages).read(file);
                case FEED -> loader.readBytes(file).ifPresent(bytes -> {
                    reading.flush();
                    new FeedItems(reading, pages).read(file.source(), bytes, null);
                });
                default -> loader.read(file).ifPresent(text ->
                        reading.document(file.source(), file.format(), text, given, Metadata.EMPTY));
            }
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

        private void planAll(Path given, InputWalk.Expansion expansion) {
            // An explicit manifest replaces the folders' ones even when it could not be read.
            Optional<Manifest> manifest = options.manifest() != null ? Optional.ofNullable(explicit)
                    : folderManifest(expansion);
            int repeated = 0;
            for (InputFile file : expansion.files()) {
                Path identity = identity(file.path());
                Integer index = plannedFiles.get(identity);
                if (index == null) {
                    index = plan.size();
                    plan.add(new Planned(null, file));
                    plannedFiles.put(identity, index);
                } else {
                    repeated++;
                }
                int planned = index;
                // Manifests describe report files; collections carry their own metadata.
                if (file.kind().documentFormat().isPresent()) {
                    manifest.ifPresent(m -> candidates.get(m).add(new Manifest.Candidate(file.key(), planned)));
                }
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

        private Path identity(Path file) {
            try {
                return file.toRealPath();
            } catch (IOException e) {
                return file.toAbsolutePath().normalize();
            }
        }
    }
}
