package org.triangulate.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Stance;

/** The claims table, one claim's page with its evidence side by side, and the coverage matrix. */
final class ClaimPages {
    private final DossierIndex index;
    private final Links links;
    private final Parts parts;

    ClaimPages(DossierIndex index, Links links) {
        this.index = index;
        this.links = links;
        this.parts = new Parts(index, links);
    }

    /** Every claim: status, claimant, outlets, first appearance and confidence; filtered and sorted in the page. */
    Page table() {
        StringBuilder out = new StringBuilder(256 + 600 * index.dossier.claims().size());
        out.append("<h1>Claims</h1>\n<div class=\"filters\"><label>Status <select id=\"status-filter\">")
                .append("<option value=\"\">all</option>");
        for (ClaimStatus s : ClaimStatus.values()) {
            out.append("<option value=\"").append(s.label()).append("\">").append(s.label()).append(" (")
                    .append(index.statusCounts().get(s)).append(")</option>");
        }
        out.append("</select></label> <label>Text <input type=\"search\" id=\"text-filter\" "
                + "placeholder=\"claim, claimant, outlet\"></label> <span id=\"shown\"></span></div>\n");
        out.append("<table class=\"sortable\" id=\"claims-table\"><thead><tr><th data-sort>Status</th>"
                + "<th data-sort>Claim</th><th data-sort>Claimant</th><th data-sort>Outlets</th>"
                + "<th data-sort>First appearance</th><th data-sort>Confidence</th></tr></thead><tbody>\n");
        for (Claim c : index.dossier.claims()) row(out, c);
        out.append("</tbody></table>\n");
        return new Page("Claims", out.toString());
    }

    private void row(StringBuilder out, Claim c) {
        List<String> outlets = index.outlets(c);
        AnnotatedDocument first = index.first(c);
        out.append("<tr data-status=\"").append(c.status().label()).append("\"><td data-key=\"")
                .append(c.status().ordinal()).append("\">").append(Parts.badge(c.status())).append("</td><td>")
                .append(parts.link(links.claim(c.id()), Summaries.of(c.summary()))).append("</td><td>");
        claimants(out, c);
        out.append("</td><td data-key=\"").append(outlets.size()).append("\">");
        for (int i = 0; i < Math.min(3, outlets.size()); i++) {
            out.append(i == 0 ? "" : "; ").append(Html.esc(outlets.get(i)));
        }
        if (outlets.size() > 3) out.append(" +").append(outlets.size() - 3);
        out.append("</td><td data-key=\"").append(first == null ? "" : Parts.date(DossierIndex.published(first)))
                .append("\">").append(first == null ? "" : parts.document(first)).append("</td><td data-key=\"")
                .append(String.format(Locale.ROOT, "%.3f", c.confidence())).append("\">")
                .append(Parts.percent(c.confidence())).append("</td></tr>\n");
    }

    /** Who makes the claim: its parties when reconciled, else the claimants of its evidence; deniers marked. */
    private void claimants(StringBuilder out, Claim c) {
        Set<String> shown = new LinkedHashSet<>();
        if (!c.parties().isEmpty()) {
            for (Claim.Party p : c.parties()) shown.add(side(p.stance()) + parts.claimant(p.claimant()));
        } else {
            for (Attribution a : c.evidence()) shown.add(side(a.stance()) + parts.claimant(a.claimant()));
        }
        out.append(String.join("; ", shown));
    }

    private static String side(Stance stance) {
        return stance == Stance.ASSERTS ? "" : "<em>" + stance.label() + ":</em> ";
    }

    /** One claim: status and reasons, parties, values, then its evidence, asserting and denying sides apart. */
    Page claim(Claim c) {
        StringBuilder out = new StringBuilder(4096 + 1500 * c.evidence().size());
        out.append("<h1>").append(Html.esc(c.summary())).append("</h1>\n<p class=\"status\">")
                .append(Parts.badge(c.status())).append(" confidence ").append(Parts.percent(c.confidence()))
                .append(" · ").append(Parts.plural(c.evidence().size(), "piece of evidence", "pieces of evidence"))
                .append(" from ").append(Parts.plural(index.outlets(c).size(), "outlet", "outlets"));
        AnnotatedDocument first = index.first(c);
        if (first != null) out.append(" · first in ").append(parts.document(first));
        out.append("</p>\n");
        if (!c.reasons().isEmpty()) {
            out.append("<ul class=\"reasons\">");
            c.reasons().forEach(r -> out.append("<li>").append(Html.esc(r)).append("</li>"));
            out.append("</ul>\n");
        }
        parties(out, c);
        values(out, c);
        out.append("<div class=\"sides\">\n");
        for (Stance stance : new Stance[] {Stance.ASSERTS, Stance.HEDGES, Stance.DENIES}) side(out, c, stance);
        out.append("</div>\n");
        return new Page(Summaries.of(c.summary()), out.toString());
    }

    private void parties(StringBuilder out, Claim c) {
        if (c.parties().isEmpty()) return;
        out.append("<h2>Parties</h2>\n<table><thead><tr><th>Claimant</th><th>Speaks for</th><th>Side</th>"
                + "<th>Outlets</th><th>First</th></tr></thead><tbody>\n");
        for (Claim.Party p : c.parties()) {
            AnnotatedDocument first = p.first() == null ? null : index.document(p.first());
            out.append("<tr><td>").append(parts.claimant(p.claimant())).append("</td><td>")
                    .append(parts.claimant(p.affiliation())).append("</td><td class=\"").append(p.stance().label())
                    .append("\">").append(p.stance().label()).append("</td><td>");
            for (int i = 0; i < p.outlets().size(); i++) {
                out.append(i == 0 ? "" : "; ").append(Html.esc(index.outletOf(p.outlets().get(i))));
            }
            out.append("</td><td>").append(first == null ? Html.esc(p.first()) : parts.document(first))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void values(StringBuilder out, Claim c) {
        if (c.values().isEmpty()) return;
        out.append("<h2>Values</h2>\n<ul class=\"values\">");
        for (Claim.Value v : c.values()) {
            out.append("<li>").append(Html.esc(v.text())).append(" <span class=\"muted\">")
                    .append(v.lowOpen() ? "(" : "[").append(bound(v.low(), v.kind())).append(", ")
                    .append(bound(v.high(), v.kind())).append(v.highOpen() ? ")" : "]").append(" in ")
                    .append(Html.esc(index.outletOf(v.doc()))).append("</span></li>");
        }
        out.append("</ul>\n");
    }

    private static String bound(double x, String kind) {
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "−∞";
        if (kind.equals("date")) return java.time.LocalDate.ofEpochDay((long) x).toString();
        String figure = x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
        return kind.equals("duration") ? figure + " h" : figure;
    }

    private void side(StringBuilder out, Claim c, Stance stance) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < c.evidence().size(); i++) {
            if (c.evidence().get(i).stance() == stance) numbers.add(i + 1);
        }
        if (numbers.isEmpty()) return;
        String title = switch (stance) {
            case ASSERTS -> "Asserting";
            case HEDGES -> "Hedging";
            case DENIES -> "Denying";
        };
        out.append("<section class=\"side ").append(stance.label()).append("\"><h2>").append(title).append(" (")
                .append(numbers.size()).append(")</h2>\n");
        for (int n : numbers) evidence(out, c, n);
        out.append("</section>\n");
    }

    private void evidence(StringBuilder out, Claim c, int n) {
        Attribution a = c.evidence().get(n - 1);
        AnnotatedDocument d = index.document(a.doc());
        String key = new DossierIndex.Piece(c, n, a, a.extent()).key();
        out.append("<article class=\"evidence ").append(a.stance().label()).append("\" id=\"piece-")
                .append(Html.esc(key)).append("\"><header>");
        if (d != null) {
            out.append(parts.document(d));
            if (d.article().headline() != null) {
                out.append(" · <cite>").append(Html.esc(d.article().headline())).append("</cite>");
            }
        } else {
            out.append(Html.esc(a.doc()));
        }
        out.append("<br>").append(parts.claimant(a.claimant())).append(" <span class=\"muted\">")
                .append(a.stance().label()).append(", ").append(a.form().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ')).append(a.inferred() ? ", inferred" : "").append("</span></header>\n");
        if (d != null) {
            out.append("<blockquote>");
            EvidenceMarks.context(out, d, a);
            out.append("</blockquote>\n<a class=\"open\" href=\"").append(Html.esc(links.evidence(d.id(), key)))
                    .append("\">Open in the document</a>");
        }
        out.append("</article>\n");
    }

    /** Outlets across, claims down; each cell says whether the outlet asserts, denies or hedges the claim, or not. */
    Page coverage() {
        List<String> outlets = new ArrayList<>(index.documentsByOutlet().keySet());
        StringBuilder out = new StringBuilder(1024 + index.dossier.claims().size() * (200 + 24 * outlets.size()));
        out.append("<h1>Coverage</h1>\n<p class=\"legend\"><span class=\"cell asserts\">A</span> asserted "
                + "<span class=\"cell denies\">D</span> denied <span class=\"cell hedges\">H</span> hedged "
                + "<span class=\"cell absent\">·</span> absent</p>\n<div class=\"scroll\"><table class=\"matrix\">"
                + "<thead><tr><th>Claim</th>");
        for (String outlet : outlets) out.append("<th class=\"outlet\"><span>").append(Html.esc(outlet)).append("</span></th>");
        out.append("</tr></thead><tbody>\n");
        for (Claim c : index.dossier.claims()) {
            Map<String, Set<Stance>> cells = index.coverage(c);
            out.append("<tr><th>").append(Parts.badge(c.status())).append(' ')
                    .append(parts.link(links.claim(c.id()), Summaries.of(c.summary()))).append("</th>");
            for (String outlet : outlets) cell(out, cells.get(outlet));
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
        return new Page("Coverage", out.toString());
    }

    private static void cell(StringBuilder out, Set<Stance> stances) {
        if (stances == null || stances.isEmpty()) {
            out.append("<td class=\"cell absent\">·</td>");
            return;
        }
        // An outlet that carries both sides shows the denial first: it is what makes the claim contested.
        Stance shown = stances.contains(Stance.DENIES) ? Stance.DENIES
                : stances.contains(Stance.ASSERTS) ? Stance.ASSERTS : Stance.HEDGES;
        out.append("<td class=\"cell ").append(shown.label()).append("\">");
        for (Stance s : new Stance[] {Stance.ASSERTS, Stance.DENIES, Stance.HEDGES}) {
            if (stances.contains(s)) out.append(Character.toUpperCase(s.label().charAt(0)));
        }
        out.append("</td>");
    }
}
