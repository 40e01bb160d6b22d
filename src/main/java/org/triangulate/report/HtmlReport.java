package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Claim;
import org.triangulate.model.Dossier;
import org.triangulate.model.Entity;

/**
 * The dossier as one self-contained HTML file: every page a section of it (overview, claims, each claim, coverage,
 * timeline, entities, each entity, documents, each document), the one the URL's fragment names shown. Stylesheet and
 * script are inline, allowed by their hashes in a Content-Security-Policy that forbids everything else: the file
 * loads nothing from the network and runs no other script. Linear in the dossier's size.
 */
final class HtmlReport {
    void write(Dossier dossier, Writer out) throws IOException {
        DossierIndex index = new DossierIndex(dossier);
        ClaimPages claims = new ClaimPages(index, Links.FILE);
        StoryPages story = new StoryPages(index, Links.FILE);
        String css = SitePages.stylesheet();
        String js = SitePages.script();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '"
                + sha256(js) + "'; style-src '" + sha256(css) + "'; img-src data:; base-uri 'none'; "
                + "form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Triangulate: "
                + dossier.documents().size() + " reports</title>\n<style>" + css + "</style></head>\n"
                + "<body class=\"single\">\n");
        StringBuilder nav = new StringBuilder();
        new Parts(index, Links.FILE).nav(nav);
        out.write(nav.toString());
        out.write("<main>\n");
        section(out, "overview", story.overview());
        section(out, "claims", claims.table());
        for (Claim c : dossier.claims()) section(out, "claim-" + Html.idPart(c.id()), claims.claim(c));
        section(out, "coverage", claims.coverage());
        section(out, "timeline", new TimelineChart(index, Links.FILE).page());
        section(out, "entities", story.entities());
        for (Entity e : dossier.entities()) section(out, "entity-" + Html.idPart(e.id()), story.entity(e));
        section(out, "documents", story.documents());
        for (AnnotatedDocument d : dossier.documents()) section(out, "doc-" + Html.idPart(d.id()), story.document(d));
        out.write("</main>\n<script>" + js + "</script>\n</body></html>\n");
    }

    private static void section(Writer out, String id, Page page) throws IOException {
        out.write("<section class=\"page\" id=\"" + Html.esc(id) + "\">\n");
        out.write(page.body());
        out.write("</section>\n");
    }

    /** The CSP source for an inline element's text: {@code sha256-BASE64}. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
