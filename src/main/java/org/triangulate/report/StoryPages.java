package org.triangulate.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Entity;
import org.triangulate.model.Metadata;

/** The story overview, the documents with their evidence marked, and the entities with their merges and claims. */
final class StoryPages {
    private final DossierIndex index;
    private final Links links;
    private final Parts parts;

    StoryPages(DossierIndex index, Links links) {
        this.index = index;
        this.links = links;
        this.parts = new Parts(index, links);
    }

    /** Outlets, date range, claims counted by status, and what went wrong reading the reports. */
    Page overview() {
        var dossier = index.dossier;
        StringBuilder out = new StringBuilder(8192);
        LocalDate from = null;
        LocalDate to = null;
        for (AnnotatedDocument d : dossier.documents()) {
            LocalDate p = DossierIndex.published(d);
            if (p == null) continue;
            if (from == null || p.isBefore(from)) from = p;
            if (to == null || p.isAfter(to)) to = p;
        }
        out.append("<h1>The story</h1>\n<p class=\"lede\">")
                .append(Parts.plural(dossier.documents().size(), "report", "reports")).append(" from ")
                .append(Parts.plural(index.documentsByOutlet().size(), "outlet", "outlets"))
                .append(from == null ? ", undated" : ", published " + from + (from.equals(to) ? "" : " to " + to))
                .append(" · ").append(parts.link(links.claims(), Parts.plural(dossier.claims().size(), "claim", "claims")))
                .append(" · ").append(parts.link(links.entities(),
                        Parts.plural(dossier.entities().size(), "entity", "entities")))
                .append(" · ").append(parts.link(links.timeline(),
                        Parts.plural(dossier.timeline().dated().size(), "dated statement", "dated statements")))
                .append("</p>\n<h2>Claims by status</h2>\n<div class=\"statuses\">");
        for (ClaimStatus s : ClaimStatus.values()) {
            out.append("<a class=\"status-count ").append(s.label()).append("\" href=\"")
                    .append(Html.esc(links.claims(s.label()))).append("\" data-status=\"").append(s.label())
                    .append("\"><strong>").append(index.statusCounts().get(s)).append("</strong> ")
                    .append(s.label()).append("</a>");
        }
        out.append("</div>\n<h2>Outlets</h2>\n<table><thead><tr><th>Outlet</th><th>Reports</th><th>Published</th>"
                + "</tr></thead><tbody>\n");
        for (Map.Entry<String, List<AnnotatedDocument>> e : index.documentsByOutlet().entrySet()) {
            out.append("<tr><td>").append(Html.esc(e.getKey())).append("</td><td>");
            List<AnnotatedDocument> docs = e.getValue();
            for (int i = 0; i < docs.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(parts.link(links.document(docs.get(i).id()), title(docs.get(i))));
            }
            out.append("</td><td>").append(Parts.date(DossierIndex.published(docs.get(0)))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        if (!dossier.diagnostics().isEmpty()) {
            out.append("<h2>Diagnostics</h2>\n<ul class=\"diagnostics\">");
            for (Diagnostic d : dossier.diagnostics()) {
                out.append("<li class=\"").append(d.severity().name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(Html.esc(d.source())).append(": ").append(Html.esc(d.message())).append("</li>");
            }
            out.append("</ul>\n");
        }
        return new Page("The story", out.toString());
    }

    private static String title(AnnotatedDocument d) {
        String headline = d.article().headline();
        return headline != null ? headline : d.article().document().source();
    }

    Page documents() {
        StringBuilder out = new StringBuilder(256 + 300 * index.dossier.documents().size());
        out.append("<h1>Documents</h1>\n<table class=\"sortable\"><thead><tr><th data-sort>Id</th><th data-sort>Outlet"
                + "</th><th data-sort>Published</th><th data-sort>Title</th><th data-sort>Evidence</th></tr></thead>"
                + "<tbody>\n");
        for (AnnotatedDocument d : index.dossier.documents()) {
            out.append("<tr><td>").append(Html.esc(d.id())).append("</td><td>").append(Html.esc(DossierIndex.outlet(d)))
                    .append("</td><td>").append(Parts.date(DossierIndex.published(d))).append("</td><td>")
                    .append(parts.link(links.document(d.id()), title(d))).append("</td><td>")
                    .append(index.pieces(d.id()).size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        return new Page("Documents", out.toString());
    }

    /** The whole original text, every piece of evidence marked; the one a link names is highlighted. */
    Page document(AnnotatedDocument d) {
        Metadata meta = d.article().document().metadata();
        StringBuilder out = new StringBuilder(2048 + d.text().length() * 11 / 10);
        out.append("<h1>").append(Html.esc(title(d))).append("</h1>\n<p class=\"meta\">")
                .append(Html.esc(DossierIndex.outlet(d))).append(" · ").append(Parts.date(meta.published()))
                .append(" · ").append(Html.esc(d.id())).append(" · ").append(Html.esc(d.article().document().source()));
        String url = Html.webUrl(meta.url());
        if (url != null) {
            out.append(" · <a rel=\"noopener noreferrer\" href=\"").append(Html.esc(url)).append("\">original</a>");
        } else if (meta.url() != null) {
            out.append(" · <span class=\"muted\">").append(Html.esc(meta.url())).append("</span>");
        }
        out.append("</p>\n<p class=\"legend\"><span class=\"ev asserts\">asserts</span> "
                + "<span class=\"ev denies\">denies</span> <span class=\"ev hedges\">hedges</span></p>\n"
                + "<div class=\"doc-text\">");
        EvidenceMarks.document(out, d, index.pieces(d.id()));
        out.append("</div>\n");
        List<DossierIndex.Piece> pieces = index.pieces(d.id());
        if (!pieces.isEmpty()) {
            out.append("<h2>Claims in this report</h2>\n<ul class=\"claims\">");
            for (DossierIndex.Piece p : pieces) {
                out.append("<li>").append(Parts.badge(p.claim().status())).append(' ')
                        .append(parts.link(links.evidence(d.id(), p.key()), p.attribution().stance().label()))
                        .append(": ").append(parts.link(links.claim(p.claim().id()), Summaries.of(p.claim().summary())))
                        .append("</li>");
            }
            out.append("</ul>\n");
        }
        return new Page(title(d), out.toString());
    }

    Page entities() {
        StringBuilder out = new StringBuilder(256 + 200 * index.dossier.entities().size());
        out.append("<h1>Entities</h1>\n<table class=\"sortable\"><thead><tr><th data-sort>Name</th><th data-sort>Type"
                + "</th><th data-sort>Mentions</th><th data-sort>Claims made</th><th data-sort>Named in claims</th>"
                + "</tr></thead><tbody>\n");
        List<Entity> sorted = index.dossier.entities().stream()
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name)).toList();
        for (Entity e : sorted) {
            out.append("<tr><td>").append(parts.link(links.entity(e.id()), e.name())).append("</td><td>")
                    .append(e.type().name().toLowerCase(Locale.ROOT)).append("</td><td>").append(e.mentions().size())
                    .append("</td><td>").append(index.claimsMadeBy(e.id()).size()).append("</td><td>")
                    .append(index.claimsAbout(e.id()).size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        return new Page("Entities", out.toString());
    }

    /** Names with the reason for each merge, where it is mentioned, and the claims it makes or is named in. */
    Page entity(Entity e) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<h1>").append(Html.esc(e.name())).append("</h1>\n<p class=\"meta\">")
                .append(e.type().name().toLowerCase(Locale.ROOT)).append(" · ")
                .append(Parts.plural(e.mentions().size(), "mention", "mentions"));
        if (e.reference() != null) out.append(" · ").append(Html.esc(e.reference()));
        if (!e.roles().isEmpty()) out.append(" · ").append(Html.esc(String.join("; ", e.roles())));
        out.append("</p>\n<h2>Names</h2>\n<p>");
        List<String> aliases = e.aliases();
        for (int i = 0; i < aliases.size(); i++) out.append(i == 0 ? "" : ", ").append("<q>").append(Html.esc(aliases.get(i))).append("</q>");
        out.append("</p>\n");
        if (!e.merges().isEmpty()) {
            out.append("<table><thead><tr><th>Name</th><th>Joined to</th><th>Reason</th><th>Score</th></tr></thead>"
                    + "<tbody>\n");
            for (Entity.Merge m : e.merges()) {
                out.append("<tr><td>").append(Html.esc(m.name())).append("</td><td>").append(Html.esc(m.joined()))
                        .append("</td><td>").append(m.reason().label()).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f", m.score())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        claimList(out, "Claims it makes", index.claimsMadeBy(e.id()));
        claimList(out, "Claims that name it", index.claimsAbout(e.id()));
        Map<String, Integer> perDoc = new LinkedHashMap<>();
        e.mentions().forEach(m -> perDoc.merge(m.doc(), 1, Integer::sum));
        out.append("<h2>Mentioned in</h2>\n<ul class=\"mentions\">");
        perDoc.forEach((doc, n) -> {
            AnnotatedDocument d = index.document(doc);
            out.append("<li>").append(d == null ? Html.esc(doc) : parts.document(d)).append(" ×").append(n).append("</li>");
        });
        out.append("</ul>\n");
        return new Page(e.name(), out.toString());
    }

    private void claimList(StringBuilder out, String title, List<Claim> claims) {
        out.append("<h2>").append(title).append(" (").append(claims.size()).append(")</h2>\n");
        if (claims.isEmpty()) return;
        out.append("<ul class=\"claims\">");
        for (Claim c : claims) {
            out.append("<li>").append(Parts.badge(c.status())).append(' ')
                    .append(parts.link(links.claim(c.id()), Summaries.of(c.summary()))).append("</li>");
        }
        out.append("</ul>\n");
    }
}
