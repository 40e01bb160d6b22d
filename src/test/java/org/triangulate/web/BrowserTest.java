package org.triangulate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.report.ReportFormat;
import org.triangulate.report.TestDossiers;

/** The pages in a real browser: they open, link from a claim to its highlighted evidence, filter, and draw. */
@Tag("browser")
class BrowserTest {
    private static Chromium chromium;
    private static WebApp app;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        app = WebApp.start(TestDossiers.harbourStrike(), WebApp.DEFAULT_HOST, 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (chromium != null) chromium.close();
    }

    private static String url(String path) {
        return app.url() + path.substring(1);
    }

    @Test
    void everyPageOpensWithoutErrorsAndItsScreenshotIsNotBlank() throws IOException {
        List<String> errors = Chromium.errors();
        Page page = chromium.page(errors);
        Map<String, String> pages = Map.of("overview", "/", "claims", "/claims", "claim", "/claims/c1",
                "coverage", "/coverage", "timeline", "/timeline", "entity", "/entities/e1", "entities", "/entities",
                "documents", "/documents", "document", "/documents/d1");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            page.navigate(url(p.getValue()));
            assertThat(page.locator("main h1").isVisible()).as(p.getValue()).isTrue();
            Chromium.screenshot(page, p.getKey());
        }
        assertThat(errors).as("console errors, CSP violations among them").isEmpty();
    }

    @Test
    void clickingADenialOpensItsDocumentScrolledToTheHighlightedPassage() throws IOException {
        List<String> errors = Chromium.errors();
        Page page = chromium.page(errors);
        page.navigate(url("/claims/c1"));
        assertThat(page.locator(".side.asserts article.evidence").count()).isEqualTo(3);
        assertThat(page.locator(".side.denies article.evidence").count()).isEqualTo(1);
        assertThat(page.locator(".side.denies mark.passage").textContent()).isEqualTo(TestDossiers.DENIAL);
        Chromium.screenshot(page, "claim-contested");

        page.locator(".side.denies a.open").click();
        page.waitForURL("**/documents/d2#ev-c1-3");
        Locator focus = page.locator(".ev.focus");
        assertThat(focus.count()).isEqualTo(1);
        assertThat(focus.textContent()).isEqualTo(TestDossiers.DENIAL);
        BoundingBox box = focus.boundingBox();
        assertThat(box.y).as("the passage is scrolled into view").isBetween(0.0, 860.0 - box.height);
        assertThat(focus.evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(255, 216, 77)");
        Chromium.screenshot(page, "document-denial-highlighted");
        assertThat(errors).isEmpty();
    }

    @Test
    void theClaimsTableFiltersByStatusAndTextAndSorts() throws IOException {
        Page page = chromium.page(Chromium.errors());
        page.navigate(url("/claims"));
        Locator shown = page.locator("#claims-table tbody tr:not(.hidden)");
        assertThat(shown.count()).isEqualTo(4);
        page.selectOption("#status-filter", "contested");
        assertThat(shown.count()).isEqualTo(2);
        assertThat(page.locator("#shown").textContent()).isEqualTo("2 shown");
        page.fill("#text-filter", "brannock");
        assertThat(shown.count()).isEqualTo(1);
        assertThat(shown.first().textContent()).contains("An agreement has been signed");
        Chromium.screenshot(page, "claims-filtered");
        page.fill("#text-filter", "");
        page.selectOption("#status-filter", "");
        page.locator("th", new Page.LocatorOptions().setHasText("Confidence")).click();
        assertThat(page.locator("#claims-table tbody tr td:last-child").allTextContents())
                .containsExactly("50%", "60%", "70%", "80%");
        page.navigate(url("/claims?status=single-source"));
        assertThat(shown.count()).isEqualTo(1);
    }

    @Test
    void theSingleFileWorksOfflineAndLinksToTheHighlightedEvidence(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("story.html");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReportFormat.HTML.write(TestDossiers.harbourStrike(), out);
        }
        List<String> errors = Chromium.errors();
        Page page = chromium.page(errors);
        List<String> requests = new java.util.ArrayList<>();
        page.onRequest(r -> requests.add(r.url()));
        page.context().setOffline(true);
        page.navigate(file.toUri().toString());
        assertThat(page.locator("#overview").isVisible()).isTrue();
        assertThat(page.locator("#claims").isVisible()).isFalse();
        page.locator("nav a", new Page.LocatorOptions().setHasText("Claims")).click();
        assertThat(page.locator("#claims").isVisible()).isTrue();
        page.selectOption("#status-filter", "contested");
        assertThat(page.locator("#claims-table tbody tr:not(.hidden)").count()).isEqualTo(2);
        page.locator("#claims-table a", new Page.LocatorOptions().setHasText("Every terminal")).click();
        assertThat(page.locator("#claim-c1 .side.denies").isVisible()).isTrue();
        page.locator("#claim-c1 .side.denies a.open").click();
        assertThat(page.locator("#doc-d2").isVisible()).isTrue();
        assertThat(page.locator(".ev.focus").textContent()).isEqualTo(TestDossiers.DENIAL);
        Chromium.screenshot(page, "single-file-denial");
        assertThat(requests).allMatch(u -> u.startsWith("file:"));
        assertThat(errors).isEmpty();
    }
}
