/**
 * Triangulate reads many reports of the same events and gives one account a reader can trust.
 *
 * <p>{@link org.triangulate.Triangulate} runs the pipeline, one package a stage, each taking and returning the
 * immutable records of {@link org.triangulate.model}: {@code ingest} (files, manifests) → {@code extract} (main text,
 * metadata) → {@code annotate} (CoreNLP: sentences, tokens, entities, times, numbers) → {@code resolve} (entities
 * across documents) → {@code timeline} → {@code report} (text, Markdown, JSON). {@code cli} is the command line. No
 * stage imports a later one.
 */
package org.triangulate;
