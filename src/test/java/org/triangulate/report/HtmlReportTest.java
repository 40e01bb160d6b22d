package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static String file(org.triangulate.model.Dossier dossier) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.HTML.write(dossier, out);
        return out.toString();
    }

    /** One page of the file: its section, up to the next page's. */
    private static String page(String html, String id) {
        int start = html.indexOf("<section class=\"page\" id=\"" + id + "\"");
        int end = html.indexOf("<section class=\"page\"", start + 1);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void escapesEveryCharacterThatCouldOpenMarkup() {
        assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.esc("plain")).isEqualTo("plain");
        assertThat(Html.webUrl("javascript:alert(1)")).isNull();
        assertThat(Html.webUrl(" JAVASCRIPT:alert(1)")).isNull();
        assertThat(Html.webUrl("data:text/html,<script>")).isNull();
        assertThat(Html.webUrl("https://news.example/a")).isEqualTo("https://news.example/a");
        assertThat(Html.idPart("c1\" onclick=")).isEqualTo("c1__onclick_");
    }

    @Test
    void theFileHoldsEveryPageAndOnlyItsOwnHashedScript() throws IOException {
        String html = file(TestDossiers.harbourStrike());
        assertThat(html).contains("id=\"overview\"", "id=\"claims\"", "id=\"claim-c1\"", "id=\"coverage\"",
                "id=\"timeline\"", "id=\"entities\"", "id=\"entity-e1\"", "id=\"documents\"", "id=\"doc-d2\"");
        Matcher csp = Pattern.compile("content=\"default-src 'none'; script-src '(sha256-[^']+)'; style-src "
                + "'(sha256-[^']+)';").matcher(html);
        assertThat(csp.find()).as("a CSP meta tag with hashes").isTrue();
        assertThat(csp.group(1)).isEqualTo(HtmlReport.sha256(SitePages.script()));
        assertThat(csp.group(2)).isEqualTo(HtmlReport.sha256(SitePages.stylesheet()));
        assertThat(html).doesNotContain("http://", "src=\"http", "href=\"http://");
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void aContestedClaimShowsBothSidesWithTheirPassagesInContext() throws IOException {
        String html = file(TestDossiers.harbourStrike());
        String page = page(html, "claim-c1");
        assertThat(page).contains("<h2>Asserting (3)</h2>", "<h2>Denying (1)</h2>", "<h2>Parties</h2>");
        assertThat(page.indexOf("Denying")).isGreaterThan(page.indexOf("Asserting"));
        assertThat(page).contains("<mark class=\"passage denies\"><span class=\"who\">The Dockworkers&#39; Union of "
                + "Lusmere</span> <span class=\"cue\">denied</span> that the terminals were open</mark>");
        assertThat(page).contains("href=\"#ev-c1-3\"");
        // The document marks the same piece, with an anchor to scroll to.
        assertThat(html).contains("<a class=\"anchor\" id=\"ev-c1-3\"></a><span class=\"ev denies\" data-ev=\"c1-3\">"
                + "The Dockworkers&#39; Union of Lusmere denied that the terminals were open</span>");
    }

    @Test
    void coverageTimelineAndEntityPagesShowWhatTheDossierSays() throws IOException {
        String html = file(TestDossiers.harbourStrike());
        assertThat(html).contains("<td class=\"cell denies\">AD</td>"); // the Ledger carries both sides of c1
        assertThat(html).contains("class=\"p-year\"", "class=\"p-month\"", "class=\"p-day\"", "Unresolved dates (1)",
                "on Tuesday");
        assertThat(html).contains("<td>KHA</td><td>Kestrelport Harbour Authority</td><td>defined-in-text</td>");
        assertThat(page(html, "entity-e5"))
                .contains("Claims that name it (1)", "Every terminal in Kestrelport is open");
    }

    @Test
    void hostileTextIsWrittenAsText() throws IOException {
        String html = file(TestDossiers.hostile());
        String body = html.substring(html.indexOf("<body"), html.lastIndexOf("<script>"));
        assertThat(body).doesNotContain("<script", "<img", "<svg onload", "<b onmouseover", "<i onclick", "href=\"javascript:",
                "onerror=\"", "onmouseover='");
        assertThat(body).contains("Attack &lt;script&gt;window.__xss=1&lt;/script&gt; in the text.",
                "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;", "&lt;svg onload=window.__xss=1&gt;",
                "javascript:window.__xss=1");
    }

    @Test
    void theApiGivesClaimsAsClaimReviewJsonLd() {
        DossierApi api = new DossierApi(TestDossiers.harbourStrike());
        JsonNode reviews = api.claimReviews();
        assertThat(reviews.get("@context").asText()).isEqualTo("https://schema.org");
        JsonNode c1 = reviews.get("@graph").get(0);
        assertThat(c1.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(c1.get("claimReviewed").asText()).isEqualTo("Every terminal in Kestrelport is open");
        assertThat(c1.get("reviewRating").get("alternateName").asText()).isEqualTo("contested");
        JsonNode claim = c1.get("itemReviewed");
        assertThat(claim.get("@type").asText()).isEqualTo("Claim");
        assertThat(claim.get("author").findValuesAsText("name"))
                .containsExactly("Mirela Castellane", "Kestrelport Harbour Authority", "harbour officials");
        assertThat(claim.get("author").get(0).get("@type").asText()).isEqualTo("Person");
        assertThat(claim.get("appearance")).hasSize(4);
        assertThat(claim.get("firstAppearance").get("publisher").get("name").asText()).isEqualTo("The Kestrelport Courier");
        assertThat(claim.get("firstAppearance").get("datePublished").asText()).isEqualTo("2026-03-15");

        assertThat(api.claim("c1").orElseThrow().get("firstAppearance").asText()).isEqualTo("d1");
        assertThat(api.claim("c1").orElseThrow().get("outlets")).hasSize(3);
        assertThat(api.claim("c99")).isEmpty();
        assertThat(api.coverage().get("claims").get(0).get("outlets").get("Lusmere Daily Ledger").toString())
                .isEqualTo("[\"asserts\",\"denies\"]");
        assertThat(api.documents().get(0).has("text")).isFalse();
    }
}
