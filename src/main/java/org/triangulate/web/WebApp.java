package org.triangulate.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.triangulate.model.Dossier;
import org.triangulate.report.DossierApi;
import org.triangulate.report.SitePages;

/**
 * A running web app over one dossier. Start it with {@link #start}; {@link #close} stops it. Requests are served on
 * Jetty's threads; the dossier and the lookups built from it are read-only, so they are shared without locks.
 */
public final class WebApp implements AutoCloseable {
    /** Scripts, styles and images from the app itself; no plugins, frames, forms elsewhere, or base rewriting. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    public static final String DEFAULT_HOST = "127.0.0.1";

    private final Javalin app;
    private final String host;

    private WebApp(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving {@code dossier} on {@code host} (an address of this machine; {@link #DEFAULT_HOST} keeps it
     * local) and {@code port} (0: any free port).
     *
     * @throws UncheckedIOException wrapping a {@link java.net.BindException} when the address cannot be listened on
     */
    public static WebApp start(Dossier dossier, String host, int port) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        SitePages pages = new SitePages(dossier);
        DossierApi api = new DossierApi(dossier);
        String css = SitePages.stylesheet();
        String js = SitePages.script();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.defaultHost = host;
        });
        app.before(WebApp::secure);
        app.get(SitePages.STYLESHEET, ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
        app.get(SitePages.SCRIPT, ctx -> ctx.contentType("text/javascript; charset=utf-8").result(js));
        app.get("/favicon.ico", ctx -> ctx.status(HttpStatus.NO_CONTENT)); // no icon, and no 404 in the console
        app.get("/", ctx -> page(ctx, pages, () -> Optional.of(pages.overview()), ""));
        app.get("/claims", ctx -> page(ctx, pages, () -> Optional.of(pages.claims()), ""));
        app.get("/claims/{id}", ctx -> page(ctx, pages, () -> pages.claim(ctx.pathParam("id")), "no claim "));
        app.get("/coverage", ctx -> page(ctx, pages, () -> Optional.of(pages.coverage()), ""));
        app.get("/timeline", ctx -> page(ctx, pages, () -> Optional.of(pages.timeline()), ""));
        app.get("/entities", ctx -> page(ctx, pages, () -> Optional.of(pages.entities()), ""));
        app.get("/entities/{id}", ctx -> page(ctx, pages, () -> pages.entity(ctx.pathParam("id")), "no entity "));
        app.get("/documents", ctx -> page(ctx, pages, () -> Optional.of(pages.documents()), ""));
        app.get("/documents/{id}", ctx -> page(ctx, pages, () -> pages.document(ctx.pathParam("id")), "no document "));
        app.get("/api", ctx -> json(ctx, c -> Optional.of(api.endpoints())));
        app.get("/api/dossier", ctx -> json(ctx, c -> Optional.of(api.dossier())));
        app.get("/api/documents", ctx -> json(ctx, c -> Optional.of(api.documents())));
        app.get("/api/documents/{id}", ctx -> json(ctx, c -> api.document(c.pathParam("id"))));
        app.get("/api/claims", ctx -> json(ctx, c -> Optional.of(api.claims())));
        app.get("/api/claims.jsonld", ctx -> {
            json(ctx, c -> Optional.of(api.claimReviews()));
            ctx.contentType("application/ld+json; charset=utf-8");
        });
        app.get("/api/claims/{id}", ctx -> json(ctx, c -> api.claim(c.pathParam("id"))));
        app.get("/api/entities", ctx -> json(ctx, c -> Optional.of(api.entities())));
        app.get("/api/entities/{id}", ctx -> json(ctx, c -> api.entity(c.pathParam("id"))));
        app.get("/api/timeline", ctx -> json(ctx, c -> Optional.of(api.timeline())));
        app.get("/api/coverage", ctx -> json(ctx, c -> Optional.of(api.coverage())));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null) ctx.html(pages.notFound("nothing at " + ctx.path()));
        });
        try {
            app.start(host, port);
        } catch (io.javalin.util.JavalinBindException e) {
            app.stop();
            throw new UncheckedIOException(new java.net.BindException("cannot listen on " + host + ":" + port
                    + " (" + e.getMessage() + "); is the port taken? Give another with --port, or 0 for any"));
        }
        return new WebApp(app, host);
    }

    /** Headers every response carries, the error pages included. */
    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    private static void page(Context ctx, SitePages pages, Supplier<Optional<String>> render, String missing) {
        long start = System.nanoTime();
        Optional<String> html = render.get();
        timing(ctx, start);
        if (html.isPresent()) {
            ctx.html(html.get());
        } else {
            ctx.status(HttpStatus.NOT_FOUND).html(pages.notFound(missing + ctx.pathParam("id")));
        }
    }

    private static void json(Context ctx, Function<Context, Optional<JsonNode>> part) {
        long start = System.nanoTime();
        Optional<JsonNode> node = part.apply(ctx);
        byte[] body = node.map(DossierApi::bytes).orElse(null);
        timing(ctx, start);
        ctx.contentType("application/json; charset=utf-8");
        if (body != null) {
            ctx.result(body);
        } else {
            ctx.status(HttpStatus.NOT_FOUND).result(("{\"error\":\"not found\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The time spent rendering, as a Server-Timing header: {@code render;dur=12.345} (milliseconds). */
    private static void timing(Context ctx, long start) {
        ctx.header("Server-Timing", String.format(Locale.ROOT, "render;dur=%.3f", (System.nanoTime() - start) / 1e6));
    }

    public int port() {
        return app.port();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
