package org.triangulate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.report.TestDossiers;

class WebAppTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WebApp app;

    @BeforeAll
    static void start() {
        app = WebApp.start(TestDossiers.harbourStrike(), WebApp.DEFAULT_HOST, 0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> get(WebApp app, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnThisMachineOnly() {
        assertThat(app.url()).startsWith("http://127.0.0.1:").endsWith("/");
        assertThat(app.port()).isPositive();
    }

    @Test
    void everyPageAnswersWithAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/claims", "/claims/c1", "/coverage", "/timeline", "/entities", "/entities/e1",
                "/documents", "/documents/d2", "/assets/triangulate.css", "/assets/triangulate.js", "/api",
                "/api/claims", "/claims/c99", "/nowhere")) {
            HttpResponse<String> r = get(app, path);
            assertThat(r.statusCode()).as(path).isEqualTo(path.contains("99") || path.equals("/nowhere") ? 404 : 200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(WebApp.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(WebApp.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http");
    }

    @Test
    void pagesLinkTheirScriptAndStyleAsFilesAndTimeTheirRendering() throws Exception {
        HttpResponse<String> claim = get(app, "/claims/c1");
        assertThat(claim.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(claim.headers().firstValue("Server-Timing").orElse("")).matches("render;dur=[0-9.]+");
        assertThat(claim.body()).contains("<script src=\"/assets/triangulate.js\"></script>",
                "<link rel=\"stylesheet\" href=\"/assets/triangulate.css\">", "<h2>Denying (1)</h2>",
                "href=\"/documents/d2#ev-c1-3\"");
        assertThat(claim.body()).doesNotContain("<script>", "<style", "style=\"", " onclick=");
        assertThat(get(app, "/claims/c99").body()).contains("no claim c99");
    }

    @Test
    void theApiMirrorsTheDossier() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode dossier = json.readTree(get(app, "/api/dossier").body());
        assertThat(dossier.get("claims")).hasSize(4);
        JsonNode claim = json.readTree(get(app, "/api/claims/c1").body());
        assertThat(claim.get("status").asText()).isEqualTo("contested");
        assertThat(claim.get("evidence").findValuesAsText("stance")).containsExactly("asserts", "asserts", "denies",
                "asserts");
        assertThat(json.readTree(get(app, "/api/documents/d2").body()).get("outlet").asText())
                .isEqualTo("Lusmere Daily Ledger");
        assertThat(json.readTree(get(app, "/api/entities/e1").body()).get("aliases").toString()).contains("KHA");
        assertThat(json.readTree(get(app, "/api/timeline").body()).get("unresolvedDates")).hasSize(1);
        HttpResponse<String> ld = get(app, "/api/claims.jsonld");
        assertThat(ld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(json.readTree(ld.body()).get("@graph").get(0).get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(get(app, "/api/claims/c99").statusCode()).isEqualTo(404);
    }

    @Test
    void aTakenPortIsAnErrorThatSaysSo() {
        assertThatThrownBy(() -> WebApp.start(TestDossiers.harbourStrike(), WebApp.DEFAULT_HOST, app.port()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("--port");
    }

    @Test
    void hostileReportsAreServedAsText() throws Exception {
        try (WebApp hostile = WebApp.start(TestDossiers.hostile(), WebApp.DEFAULT_HOST, 0)) {
            for (String path : List.of("/", "/claims", "/claims/c1", "/documents/d1", "/entities/e1", "/timeline")) {
                String body = get(hostile, path).body();
                assertThat(body).as(path).doesNotContain("<script>", "<img", "<svg onload", "onerror=\"",
                        "href=\"javascript:");
            }
            assertThat(get(hostile, "/documents/d1").body())
                    .contains("Attack &lt;script&gt;window.__xss=1&lt;/script&gt; in the text.");
        }
    }
}
