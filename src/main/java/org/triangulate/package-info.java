/**
 * Triangulate reads many reports of the same events and gives one account a reader can trust.
 *
 * <p>{@link org.triangulate.Triangulate} runs the pipeline, one package a stage, each taking and returning the
 * immutable records of {@link org.triangulate.model}: {@code ingest} (files, URLs, WARC, feeds, JSONL, manifests) →
 * {@code extract} (main text, metadata) → {@code annotate} (CoreNLP: sentences, tokens, entities, times, numbers) →
 * {@code resolve} (entities across documents) → {@code attribute} (claims: claimant, cue, content, stance) →
 * {@code reconcile} (propositions, statuses, values, independence) → {@code timeline} → {@code report} (text,
 * Markdown, JSON, HTML) → {@code web} (the local app). {@code cli} is the command line. No stage imports a later
 * one.
 */
package org.triangulate;
