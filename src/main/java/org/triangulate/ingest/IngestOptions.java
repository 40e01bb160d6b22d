package org.triangulate.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read the user's files: built once at the edge (command line, config file) and passed to {@link Ingestor}.
 *
 * @param manifest an explicit manifest ({@code --manifest}) that applies to every file read, in place of the
 *     {@code manifest.jsonl} files beside them; null to use those
 * @param maxFileBytes files larger than this are skipped unread; from 1 to {@link #MAX_FILE_BYTES_LIMIT}
 */
public record IngestOptions(Path manifest, long maxFileBytes) {
    /** 10 MiB: far above any news article, far below what would strain memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The most a Java array, and so a file read whole, can hold. */
    public static final long MAX_FILE_BYTES_LIMIT = Integer.MAX_VALUE - 8;

    public IngestOptions {
        if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES_LIMIT) {
            throw new IllegalArgumentException(
                    "maxFileBytes must be between 1 and " + MAX_FILE_BYTES_LIMIT + ", was " + maxFileBytes);
        }
    }

    /** No explicit manifest, files up to 10 MiB. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MAX_FILE_BYTES);
    }

    public IngestOptions withManifest(Path newManifest) {
        return new IngestOptions(newManifest, maxFileBytes);
    }

    public IngestOptions withMaxFileBytes(long newMaxFileBytes) {
        return new IngestOptions(manifest, newMaxFileBytes);
    }

    /** The explicit manifest, if one was given. */
    public Optional<Path> explicitManifest() {
        return Optional.ofNullable(manifest);
    }
}
