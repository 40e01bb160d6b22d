/**
 * Reconcile: how reports stand toward one statement, so that claims can be set against each other.
 *
 * <p>In: texts (a statement, such as a headline or a proposition, and a report's body or sentences). Out: sentence
 * embeddings ({@link org.triangulate.reconcile.Embedder}: {@code float[]}, no ONNX type leaves it) and the stance
 * of a text toward a statement ({@link org.triangulate.reconcile.StanceClassifier}: agree, disagree, discuss or
 * unrelated, each with a probability; {@link org.triangulate.reconcile.StanceLabel#stance()} maps them to the
 * claim stances asserts, denies, hedges).
 *
 * <p>The stance model is trained on the Fake News Challenge (FNC-1) training data and committed as
 * {@code src/main/resources/org/triangulate/reconcile/stance.model} (a zip of an IDF table and two Tribuo XGBoost
 * models). It is rebuilt, and scored on bodies it never saw, with:
 *
 * <pre>
 * ./triangulate train stance --fnc1 ../shared/bench/fnc1 --holdout-bodies 0.2 --seed 17 \
 *     --out src/main/resources/org/triangulate/reconcile/stance.model
 * </pre>
 *
 * <p>The same seed keeps the same bodies out; the result is deterministic for a given machine (XGBoost's float
 * sums may differ in the last bits across processors). Sentence vectors are cached in
 * {@code target/cache/fnc1-embeddings.bin} for the next run ({@code --no-cache} to do without).
 */
package org.triangulate.reconcile;
