package org.triangulate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.report.ReportFormat;
import org.triangulate.report.TestDossiers;

/**
 * A report holding {@code <script>}, event-handler attributes and {@code javascript:} links, in its text, outlet,
 * title, URL, names and summaries: every page shows them as text, and none of their script runs, even after clicks.
 */
@Tag("browser")
class XssBrowserTest {
    private static Chromium chromium;
    private static WebApp app;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        app = WebApp.start(TestDossiers.hostile(), WebApp.DEFAULT_HOST, 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (chromium != null) chromium.close();
    }

    @Test
    void theServedPagesShowTheMarkupAsTextAndRunNoneOfIt() throws IOException {
        Page page = chromium.page(Chromium.errors());
        for (String path : List.of("", "claims", "claims/c1", "documents/d1", "entities/e1", "timeline", "coverage")) {
            Response response = page.navigate(app.url() + path);
            assertThat(response.headerValue("content-security-policy")).isEqualTo(WebApp.CONTENT_SECURITY_POLICY);
            clickEverythingHostile(page, app.url() + path);
            assertThat(page.evaluate("typeof window.__xss")).as(path).isEqualTo("undefined");
        }
        page.navigate(app.url() + "documents/d1");
        assertThat(page.locator(".doc-text").textContent()).isEqualTo(TestDossiers.HOSTILE);
        assertThat(page.locator(".doc-text script, .doc-text img, .doc-text a[href^=javascript]").count()).isZero();
        Chromium.screenshot(page, "xss-document");
        page.navigate(app.url() + "claims/c1");
        assertThat(page.locator("h1").textContent()).isEqualTo("<img src=x onerror=\"window.__xss=1\"> was harmless");
        Chromium.screenshot(page, "xss-claim");
        assertThat(page.evaluate("typeof window.__xss")).isEqualTo("undefined");
    }

    @Test
    void theSingleFileShowsTheMarkupAsTextAndRunsNoneOfIt(@TempDir Path tmp) {
        Path file = tmp.resolve("hostile.html");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReportFormat.HTML.write(TestDossiers.hostile(), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Page page = chromium.page(Chromium.errors());
        for (String section : List.of("overview", "claims", "claim-c1", "doc-d1", "entity-e1", "timeline")) {
            page.navigate(file.toUri() + "#" + section);
            clickEverythingHostile(page, file.toUri() + "#" + section);
            assertThat(page.evaluate("typeof window.__xss")).as(section).isEqualTo("undefined");
        }
        page.navigate(file.toUri() + "#doc-d1");
        assertThat(page.locator("#doc-d1 .doc-text").textContent()).isEqualTo(TestDossiers.HOSTILE);
    }

    /**
     * Hovers and clicks whatever the payloads would have become, had they been markup, checking after each that no
     * script ran; comes back to {@code url} when a click left it.
     */
    private static void clickEverythingHostile(Page page, String url) {
        for (String text : List.of("this link", "Headline", "window.__xss=1")) {
            int count = page.getByText(text).count();
            for (int i = 0; i < Math.min(3, count); i++) {
                if (!page.url().equals(url)) page.navigate(url);
                Locator hit = page.getByText(text).nth(i);
                if (!hit.isVisible()) continue;
                hit.hover(new Locator.HoverOptions().setForce(true).setTimeout(5000));
                hit.click(new Locator.ClickOptions().setForce(true).setTimeout(5000));
                page.waitForLoadState();
                assertThat(page.evaluate("typeof window.__xss")).as(text + " on " + url).isEqualTo("undefined");
            }
        }
    }
}
