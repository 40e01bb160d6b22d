package org.triangulate;

import java.util.Objects;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.resolve.AliasList;

/**
 * Everything a run is configured by, built once at the edge (command line) and passed down.
 *
 * @param ingest how files and manifests are read
 * @param threads documents annotated at once
 * @param aliases the names known to stand for one entity: the built-in list, plus the user's file if any
 */
public record Settings(IngestOptions ingest, int threads, AliasList aliases) {
    public Settings {
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(aliases, "aliases");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    /** Settings with the built-in alias list. */
    public Settings(IngestOptions ingest, int threads) {
        this(ingest, threads, AliasList.builtIn());
    }

    public static Settings defaults() {
        return new Settings(IngestOptions.defaults(), Runtime.getRuntime().availableProcessors());
    }
}
