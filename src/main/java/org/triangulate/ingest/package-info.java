/**
 * The first stage: reads the user's files and folders into a {@link org.triangulate.model.Batch}.
 *
 * <p>In: paths as the user gave them (files or folders) and an {@link org.triangulate.ingest.IngestOptions}. Out: one
 * {@link org.triangulate.model.SourceDocument} per text, Markdown or HTML file read, with ids {@code d1}, {@code d2},
 * ... in the order read, its text exactly as decoded (later stages index it), and its
 * {@link org.triangulate.model.Metadata} from a {@code manifest.jsonl}; and one
 * {@link org.triangulate.model.Diagnostic} for each problem met. Bad input never stops the batch.
 *
 * <p>The entry point is {@link org.triangulate.ingest.Ingestor}; everything else here is package-private machinery:
 * walking folders ({@code InputWalk}), telling binary from text ({@code BinarySniffer}), decoding without losing a
 * byte ({@code TextDecoder}), reading one file within limits ({@code TextLoader}) and reading manifests
 * ({@code Manifest}).
 */
package org.triangulate.ingest;
