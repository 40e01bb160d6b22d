package org.triangulate;

import org.triangulate.ingest.IngestOptions;

/**
 * Everything a run is configured by, built once at the edge (command line) and passed down.
 *
 * @param ingest how files and manifests are read
 * @param threads documents annotated at once
 */
public record Settings(IngestOptions ingest, int threads) {
    public Settings {
        java.util.Objects.requireNonNull(ingest, "ingest");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    public static Settings defaults() {
        return new Settings(IngestOptions.defaults(), Runtime.getRuntime().availableProcessors());
    }
}
