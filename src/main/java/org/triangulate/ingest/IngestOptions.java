package org.triangulate.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to read the user's files: built once at the edge (command line, config file) and passed to {@link Ingestor}.
 *
 * @param manifest an explicit manifest ({@code --manifest}) that applies to every file read, in place of the
 *     {@code manifest.jsonl} files beside them; null to use those
 * @param maxFileBytes files larger than this are skipped unread; from 1 to {@link #MAX_FILE_BYTES_LIMIT}. The same
 *     limit holds for a page fetched from the web, a WARC record's payload, a JSONL line and a gzip file's content
 * @param filter which records of WARC files, JSONL files and feeds to read
 * @param timeout how long one web request may take, from connecting to the last byte of the page
 */
public record IngestOptions(Path manifest, long maxFileBytes, RecordFilter filter, Duration timeout) {
    /** 10 MiB: far above any news article, far below what would strain memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The most a Java array, and so a file read whole, can hold. */
    public static final long MAX_FILE_BYTES_LIMIT = Integer.MAX_VALUE - 8;

    /** 30 s: a slow news site answers well within it; a hung one does not hold the batch for long. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public IngestOptions {
        if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES_LIMIT) {
            throw new IllegalArgumentException(
                    "maxFileBytes must be between 1 and " + MAX_FILE_BYTES_LIMIT + ", was " + maxFileBytes);
        }
        if (filter == null) throw new IllegalArgumentException("filter must not be null");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** Every record kept, web requests timed out after {@link #DEFAULT_TIMEOUT}. */
    public IngestOptions(Path manifest, long maxFileBytes) {
        this(manifest, maxFileBytes, RecordFilter.NONE, DEFAULT_TIMEOUT);
    }

    /** No explicit manifest, files up to 10 MiB. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MAX_FILE_BYTES);
    }

    public IngestOptions withManifest(Path newManifest) {
        return new IngestOptions(newManifest, maxFileBytes, filter, timeout);
    }

    public IngestOptions withMaxFileBytes(long newMaxFileBytes) {
        return new IngestOptions(manifest, newMaxFileBytes, filter, timeout);
    }

    public IngestOptions withFilter(RecordFilter newFilter) {
        return new IngestOptions(manifest, maxFileBytes, newFilter, timeout);
    }

    public IngestOptions withTimeout(Duration newTimeout) {
        return new IngestOptions(manifest, maxFileBytes, filter, newTimeout);
    }

    /** The explicit manifest, if one was given. */
    public Optional<Path> explicitManifest() {
        return Optional.ofNullable(manifest);
    }
}
