/**
 * Reconcile: the statements of all reports turned into propositions, each with a status a reader can act on.
 *
 * <p>In: {@link org.triangulate.model.AnnotatedDocument}s, their {@link org.triangulate.model.Entity}s and
 * {@link org.triangulate.model.Attribution}s. Out: {@link org.triangulate.model.Claim}s
 * ({@link org.triangulate.reconcile.Reconciler}): statements grouped into propositions by sentence embeddings
 * (complete linkage above a threshold calibrated on labeled pairs by {@code triangulate bench propositions}), each
 * with its parties (claimant, affiliation, side, outlets, first appearance), its values as intervals
 * ({@link org.triangulate.reconcile.Values}), and a status (contested, conflicting, corroborated, single-source)
 * with a confidence and reasons. Claimants who speak for one country count as one side; corroboration needs two
 * sides that say the same thing.
 *
 * <p>Beneath it, texts (a statement, such as a headline or a proposition, and a report's body or sentences). Out: sentence
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
