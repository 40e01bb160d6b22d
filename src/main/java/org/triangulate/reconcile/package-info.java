/**
 * Reconcile: the statements of all reports turned into propositions, each with a status a reader can act on.
 *
 * <p>In: {@link org.triangulate.model.AnnotatedDocument}s, their {@link org.triangulate.model.Entity}s and
 * {@link org.triangulate.model.Attribution}s. Out: {@link org.triangulate.model.Claim}s
 * ({@link org.triangulate.reconcile.Reconciler}): statements grouped into propositions by a pair model
 * ({@link org.triangulate.reconcile.PairModel}: sentence vectors centered on the batch and IDF-weighted term overlap,
 * learned from the invented stories' keys by {@code triangulate train propositions}; average linkage, found by the
 * nearest-neighbour chain in O(n²); in a batch too small for the model, complete linkage of cosines above a threshold
 * calibrated on labeled pairs by {@code triangulate bench propositions}), each with its parties (claimant, affiliation,
 * side, outlets, first appearance), its values as intervals ({@link org.triangulate.reconcile.Values}), and a status
 * (contested, conflicting, corroborated, single-source) with a confidence and reasons. Claimants who speak for one
 * country (or, failing that, one organization) count as one side; corroboration needs two sides that say what the
 * proposition's summary says, or that give counts of one thing that can both be true; a group speaks for the body its
 * words name ("Union officials"). A statement that only points back ("The union denied that.", "disputed the result")
 * is read as the one before it; a count given in statements of different propositions is a proposition of its own.
 *
 * <h2>What is measured</h2>
 * The seed's answer key and ten invented stories with keys of their own ({@code examples/}, scored by
 * {@code ExampleStoriesTest}), on the commit that wrote this: the cosine grouping, the pair model, and now (the pair
 * model with statements that say two things supporting both, attribution that ends a content before a clause of its
 * own, counts of a part no longer compared with totals, bodies called by their head noun ("the Front") and umlaut
 * spellings joined, groups speaking for their bodies, denials of "the result" pointing back, "calls the claim false"
 * and "the suggestion that P is false" read as denials of what they name, "X said A, and said B" read as two
 * statements, a statement supporting a second proposition at a mean probability of 0.75, quotes right after a denial
 * backing it, counts of people in states that exclude each other no longer clashing, and the model retrained on the
 * attribution of the commit; since then: what is open and what is closed counted apart, a firm named like a shipping
 * line taken for a firm and "the company" never the outlet, a speaker described by a relative clause, countries the
 * built-in list does not know made sides, a circumstance after ", as" cut from a content, and a description naming the
 * report it came from taken for that report's source). syrup-recall, thessany-governor-count, ferry-capsize and
 * embassy-expulsions were written by helpers, and the four marked below by helpers who never saw the code or the
 * tool's output; the pair model was learned from the first four invented stories' keys, so
 * only the seed, ferry-capsize, embassy-expulsions and a story kept for measuring ({@code examples/heldout}, never used
 * for a fix) are out of its sample. Retrained on all six stories it ranked pairs no better (AUC 0.806 on the six) and
 * grouped worse: the mean of grouping F1, status accuracy and status balance over the six fell from 0.668 to 0.647 at
 * the same thresholds, and to 0.604 to 0.643 at others (measured on the commit before the one that joins invented
 * places' demonyms).
 * <table>
 *   <caption>grouping_f1 / status_accuracy / status_balanced: cosine grouping, pair model, before loose
 *       statements stood alone, now</caption>
 *   <tr><th>seed</th>
 *       <td>0.61 / 0.68 / 0.76</td><td>0.58 / 0.75 / 0.80</td>
 *       <td>0.72 / 0.79 / 0.88</td><td>0.80 / 0.86 / 0.92</td></tr>
 *   <tr><th>harbour-strike</th>
 *       <td>0.60 / 0.86 / 0.88</td><td>0.55 / 0.79 / 0.80</td>
 *       <td>0.70 / 0.93 / 0.96</td><td>0.72 / 0.93 / 0.96</td></tr>
 *   <tr><th>reservoir-dispute</th>
 *       <td>0.70 / 0.69 / 0.76</td><td>0.77 / 0.77 / 0.80</td>
 *       <td>0.85 / 0.73 / 0.74</td><td>0.88 / 0.72 / 0.68</td></tr>
 *   <tr><th>syrup-recall</th>
 *       <td>0.36 / 0.65 / 0.74</td><td>0.49 / 0.53 / 0.62</td>
 *       <td>0.73 / 0.68 / 0.77</td><td>0.78 / 0.64 / 0.71</td></tr>
 *   <tr><th>thessany-governor-count</th>
 *       <td>0.44 / 0.66 / 0.59</td><td>0.53 / 0.58 / 0.60</td>
 *       <td>0.66 / 0.66 / 0.73</td><td>0.63 / 0.66 / 0.73</td></tr>
 *   <tr><th>ferry-capsize</th><td>-</td><td>-</td><td>0.56 / 0.61 / 0.60</td><td>0.59 / 0.65 / 0.59</td></tr>
 *   <tr><th>embassy-expulsions</th><td>-</td><td>-</td><td>0.51 / 0.57 / 0.70</td><td>0.49 / 0.58 / 0.62</td></tr>
 *   <tr><th>chemical-spill (written blind)</th>
 *       <td>-</td><td>-</td><td>0.56 / 0.36 / 0.35</td><td>0.57 / 0.46 / 0.45</td></tr>
 *   <tr><th>border-clash (written blind)</th>
 *       <td>-</td><td>-</td><td>0.51 / 0.61 / 0.60</td><td>0.55 / 0.64 / 0.66</td></tr>
 *   <tr><th>mine-collapse (written blind)</th>
 *       <td>-</td><td>-</td><td>0.52 / 0.47 / 0.49</td><td>0.55 / 0.47 / 0.44</td></tr>
 *   <tr><th>protest-dispersal (written blind)</th>
 *       <td>-</td><td>-</td><td>0.66 / 0.50 / 0.59</td><td>0.67 / 0.55 / 0.62</td></tr>
 *   <tr><th>held out (a hospital ransomware story)</th>
 *       <td>0.42 / 0.56 / 0.39</td><td>0.50 / 0.61 / 0.48</td>
 *       <td>0.61 / 0.59 / 0.47</td><td>0.61 / 0.64 / 0.49</td></tr>
 * </table>
 * Each retraining on a changed attribution moves a key claim or two that sit near a tie, up or down (harbour-strike's
 * status went 0.93, 0.86, 0.93 and the seed's 0.82, 0.79, 0.82 with no rule of their own changed), so a status figure
 * moves by one key claim (0.03 to 0.07) on retraining alone. The seed's status fell from 0.89 to 0.79 when a
 * statement began to support a second proposition at 0.75 rather than 0.8: four single-source key claims now also sit
 * in a corroborated proposition. That threshold was chosen on the invented stories, where it gained on all four.
 * Since a statement loosely held by its proposition stands as one of its own, which takes in only statements 0.85
 * likely with it ({@code Reconciler.LOOSE}, {@code ALONE}), the seed's grouping F1 is 0.802 and its status accuracy
 * 0.857, over its targets. Both thresholds were chosen on the ten invented stories, where the best settings lie
 * within 0.001 of one another: with {@code ALONE} at 0.8 instead, the seed's grouping F1 is 0.79.
 * Grouping misses more than it mixes (pair precision 0.91 to 0.99, recall 0.35 to 0.68): within one story,
 * all-MiniLM-L6-v2 puts statements of different propositions about as close as paraphrases of one. Centering the
 * vectors on the story and adding the overlap of rare terms helps a little in ranking pairs (AUC over the statements
 * citing key quotes: 0.82 against 0.79 for the raw cosine on the invented stories, 0.77 against 0.76 on the seed) and
 * more in grouping, since average linkage of its probabilities no longer chains a story together; but a looser
 * threshold groups more only by joining propositions that one side denies, and the status rules then call them
 * contested (at a mean probability of 0.5, grouping F1 is 0.71 on the seed and status accuracy 0.61). Other signals
 * tried (BERTScore-style word alignment, names replaced by their entity, pronouns by their claimant, a projection
 * learned on ECB+) grouped no better. Denials carried by content alone ("every drum we shipped was certified") are
 * beyond the stance classifier, which was trained on headline/body pairs; a negation-mismatch rule tried on
 * syrup-recall was right 8 times in 131.
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
