/**
 * The first stage: reads what the user gave (files, folders, URLs, WARC files, feeds, JSON Lines) into
 * {@link org.triangulate.model.SourceDocument}s.
 *
 * <p>In: sources as the user gave them (paths or http(s) URLs) and an {@link org.triangulate.ingest.IngestOptions}
 * (manifest, size limit, {@link org.triangulate.ingest.RecordFilter}, web timeout). Out: one
 * {@link org.triangulate.model.SourceDocument} per report read, with ids {@code d1}, {@code d2}, ... in the order
 * read, its text exactly as decoded (later stages index it), and its {@link org.triangulate.model.Metadata} from a
 * {@code manifest.jsonl}, a feed item or a JSONL line; what a container says (WARC headers, an HTTP response) comes
 * apart, as fallback metadata; and one {@link org.triangulate.model.Diagnostic} for each problem met. Bad input never
 * stops the batch. {@link org.triangulate.ingest.Ingestor#stream} hands each document on as soon as it is read;
 * {@link org.triangulate.ingest.Ingestor#read} collects them into a {@link org.triangulate.model.Batch}.
 *
 * <p>The entry point is {@link org.triangulate.ingest.Ingestor}; everything else here is package-private machinery,
 * except {@code SampleWarc}, which writes WARC files of invented pages for the benchmark. jwarc, Rome and
 * {@code java.net.http} types stay in this package. Machinery: walking folders ({@code InputWalk}), telling binary
 * from text ({@code BinarySniffer}), decoding without losing a byte ({@code TextDecoder}), reading one file within
 * limits ({@code TextLoader}), manifests ({@code Manifest}), fetching ({@code HttpFetcher}) and reading web pages
 * ({@code WebPages}, {@code PageDecoder}), WARC records ({@code WarcRecords}, {@code WarcResync}), feed items
 * ({@code FeedItems}, {@code FeedDates}) and JSONL lines ({@code JsonlRecords}), all writing through one
 * {@code Reading} per call.
 */
package org.triangulate.ingest;
