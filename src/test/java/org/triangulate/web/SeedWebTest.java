package org.triangulate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.Settings;
import org.triangulate.Triangulate;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Dossier;
import org.triangulate.model.Stance;

/** The acceptance test on the seed corpus: its contested claim, both sides, and a denial opened where it is said. */
@Tag("corenlp")
@Tag("browser")
class SeedWebTest {
    @Test
    void theContestedClaimShowsBothSidesAndItsDenialOpensHighlightedInItsDocument() throws IOException {
        Path corpus = Fixtures.shared().map(p -> p.resolve("corpus").resolve("kursk")).orElse(null);
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus), "no seed corpus under ../shared");
        try (Chromium chromium = Chromium.launch()) {
            Dossier dossier = new Triangulate(new Settings(IngestOptions.defaults(), 2), Fixtures::annotator)
                    .report(List.of(corpus));
            Optional<Claim> found = dossier.claims().stream().filter(c -> c.status() == ClaimStatus.CONTESTED).findFirst();
            Assumptions.assumeTrue(found.isPresent(), "no contested claim yet: reconcile not merged");
            Claim claim = found.get();
            Attribution denial = claim.evidence().stream().filter(a -> a.stance() == Stance.DENIES).findFirst()
                    .orElseThrow(() -> new AssertionError("contested claim " + claim.id() + " has no denial"));
            String denialText = denial.extent().of(dossier.documents().stream()
                    .filter(d -> d.id().equals(denial.doc())).findFirst().orElseThrow().text());
            try (WebApp app = WebApp.start(dossier, WebApp.DEFAULT_HOST, 0)) {
                List<String> errors = Chromium.errors();
                Page page = chromium.page(errors);
                page.navigate(app.url() + "claims/" + claim.id());
                assertThat(page.locator(".side.asserts article.evidence, .side.hedges article.evidence").count())
                        .as("asserting side").isPositive();
                assertThat(page.locator(".side.denies article.evidence").count()).as("denying side").isPositive();
                Chromium.screenshot(page, "seed-contested-claim");
                page.locator(".side.denies a.open").first().click();
                page.waitForURL("**/documents/" + denial.doc() + "#ev-*");
                assertThat(page.locator(".ev.focus").allTextContents()).isNotEmpty();
                assertThat(String.join("", page.locator(".ev.focus").allTextContents())).isEqualTo(denialText);
                assertThat(page.locator(".ev.focus").first().isVisible()).isTrue();
                Chromium.screenshot(page, "seed-denial-highlighted");
                assertThat(errors).isEmpty();
            }
        }
    }
}
