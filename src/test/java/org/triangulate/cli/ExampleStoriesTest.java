package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.Fixtures;

/**
 * The invented example stories ({@code examples/}), scored against their own answer keys
 * ({@code src/test/resources/org/triangulate/stories/}) by the seed's scorer, read through {@code score_story.py}
 * (which also reads the corpus's .html and .md files). These keys were written for this project, so that
 * reconciliation is measured on stories other than the seed; the figures are printed for the record. Needs ../shared
 * (for the scorer) and python3; skipped with a message without them.
 */
@Tag("corenlp")
class ExampleStoriesTest {
    private static final Path KEYS = Paths.get("src/test/resources/org/triangulate/stories");

    /**
     * Floors against regressions, a little under what each story measures now; denials carried by content alone
     * (syrup-recall, thessany-governor-count) are beyond the cue words and the stance classifier. syrup-recall's
     * denial recall fell from 0.59 to 0.47 when loose statements began to stand as propositions of their own: two
     * quotes backing a denial are assertions in such a proposition, which the scorer reads first.
     */
    @ParameterizedTest
    @CsvSource({
            "harbour-strike,          0.90, 0.70, 0.85, 0.66, 0.88",
            "reservoir-dispute,       0.90, 0.70, 0.85, 0.79, 0.72",
            "syrup-recall,            0.90, 0.45, 0.85, 0.69, 0.62",
            "thessany-governor-count, 0.90, 0.60, 0.85, 0.62, 0.62",
            "ferry-capsize,           0.90, 0.65, 0.85, 0.52, 0.50",
            "embassy-expulsions,      0.90, 0.35, 0.85, 0.45, 0.52",
            "chemical-spill,          0.90, 0.10, 0.85, 0.50, 0.33",
            "border-clash,            0.90, 0.30, 0.85, 0.45, 0.55",
            "mine-collapse,           0.90, 0.20, 0.85, 0.45, 0.35",
            "protest-dispersal,       0.90, 0.15, 0.85, 0.55, 0.40"})
    void exampleStoryMeetsItsKey(String story, double claimRecall, double denialRecall, double groupingPrecision,
            double groupingF1, double statusAccuracy, @TempDir Path tmp) throws Exception {
        Path shared = Fixtures.shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent (set TRIANGULATE_SHARED): example story test skipped");
        assumeTrue(SeedCorpusTest.hasPython(), "python3 is absent: the scorer cannot run");
        Path out = tmp.resolve(story + ".json");
        Path corpus = Paths.get("examples", story);
        CliRun run = CliRun.of("report", corpus.toString(), "--format", "json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, String> figures = SeedCorpusTest.score(story, List.of("python3",
                KEYS.resolve("score_story.py").toString(), shared.resolve("eval").toString(),
                KEYS.resolve(story + "-key.json").toString(), corpus.toString(), out.toString()));
        assertThat(figures.get("unresolved_documents")).isEqualTo("0");
        assertThat(Double.parseDouble(figures.get("claim_recall"))).isGreaterThanOrEqualTo(claimRecall);
        assertThat(Double.parseDouble(figures.get("denial_recall"))).isGreaterThanOrEqualTo(denialRecall);
        // Reconciliation, well short of the seed's targets on these stories too.
        assertThat(Double.parseDouble(figures.get("grouping_precision"))).isGreaterThanOrEqualTo(groupingPrecision);
        assertThat(Double.parseDouble(figures.get("grouping_f1"))).isGreaterThanOrEqualTo(groupingF1);
        assertThat(Double.parseDouble(figures.get("status_accuracy"))).isGreaterThanOrEqualTo(statusAccuracy);
    }
}
