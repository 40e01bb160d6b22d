package org.triangulate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.triangulate.model.Dossier;

/**
 * The pages of the local web app, each a whole HTML document that links its stylesheet and script as files (so the
 * app can send a strict Content-Security-Policy: no inline script or style). Paths are those of {@code Links.APP}:
 * {@code /}, {@code /claims}, {@code /claims/ID}, {@code /coverage}, {@code /timeline}, {@code /entities},
 * {@code /entities/ID}, {@code /documents}, {@code /documents/ID}. The lookups are built once; each call renders its
 * page anew, in time linear in what the page shows. Safe to call from several threads.
 */
public final class SitePages {
    public static final String STYLESHEET = "/assets/triangulate.css";
    public static final String SCRIPT = "/assets/triangulate.js";

    private final DossierIndex index;
    private final ClaimPages claims;
    private final StoryPages story;
    private final TimelineChart timeline;
    private final Parts parts;

    public SitePages(Dossier dossier) {
        this.index = new DossierIndex(dossier);
        this.claims = new ClaimPages(index, Links.APP);
        this.story = new StoryPages(index, Links.APP);
        this.timeline = new TimelineChart(index, Links.APP);
        this.parts = new Parts(index, Links.APP);
    }

    public String overview() {
        return layout(story.overview());
    }

    public String claims() {
        return layout(claims.table());
    }

    public Optional<String> claim(String id) {
        return Optional.ofNullable(index.claim(id)).map(c -> layout(claims.claim(c)));
    }

    public String coverage() {
        return layout(claims.coverage());
    }

    public String timeline() {
        return layout(timeline.page());
    }

    public String entities() {
        return layout(story.entities());
    }

    public Optional<String> entity(String id) {
        return Optional.ofNullable(index.entity(id)).map(e -> layout(story.entity(e)));
    }

    public String documents() {
        return layout(story.documents());
    }

    public Optional<String> document(String id) {
        return Optional.ofNullable(index.document(id)).map(d -> layout(story.document(d)));
    }

    /** A page saying what was not found, e.g. {@code "no claim c99"}. */
    public String notFound(String what) {
        return layout(new Page("Not found", "<h1>Not found</h1>\n<p>" + Html.esc(what) + "</p>\n"));
    }

    private String layout(Page page) {
        StringBuilder out = new StringBuilder(page.body().length() + 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(page.title())).append(" · Triangulate</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\"></head>\n<body>\n");
        parts.nav(out);
        out.append("<main>\n").append(page.body()).append("</main>\n<script src=\"").append(SCRIPT)
                .append("\"></script>\n</body></html>\n");
        return out.toString();
    }

    /** The stylesheet the pages link. */
    public static String stylesheet() {
        return resource("triangulate.css");
    }

    /** The script the pages load: table filters and sorting, the highlight of linked evidence. */
    public static String script() {
        return resource("triangulate.js");
    }

    static String resource(String name) {
        try (InputStream in = SitePages.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the build");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
