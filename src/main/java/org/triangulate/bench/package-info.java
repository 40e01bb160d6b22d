/**
 * Bench: the readers and scorers of public benchmarks, which may use every stage.
 *
 * <p>Not a stage of the pipeline: it stands after all of them and compares what they find with what a benchmark's
 * annotators found. In: a benchmark's folder ({@link org.triangulate.bench.PolnearCorpus},
 * {@link org.triangulate.bench.Fnc1Corpus}), its standoff annotations ({@link org.triangulate.bench.BratAnnotations})
 * and the pipeline's records. Out: scores ({@link org.triangulate.bench.SpanScores},
 * {@link org.triangulate.bench.StanceScores}) and predictions written in the benchmark's own format
 * ({@link org.triangulate.bench.BratWriter}, {@link org.triangulate.bench.Fnc1Predictions}). The command line ({@code triangulate bench ...}) drives it; no stage
 * imports it.
 */
package org.triangulate.bench;
