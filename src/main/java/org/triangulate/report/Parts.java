package org.triangulate.report;

import java.time.LocalDate;
import java.util.Locale;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;

/** Small pieces of markup the pages share: status badges, names that link to their entity, document labels. */
final class Parts {
    private final DossierIndex index;
    private final Links links;

    Parts(DossierIndex index, Links links) {
        this.index = index;
        this.links = links;
    }

    static String badge(ClaimStatus status) {
        return "<span class=\"badge " + status.label() + "\">" + status.label() + "</span>";
    }

    static String percent(double confidence) {
        return String.format(Locale.ROOT, "%.0f%%", confidence * 100);
    }

    static String date(LocalDate date) {
        return date == null ? "undated" : date.toString();
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    String link(String href, String text) {
        return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }

    /** A claimant's name, linked to its entity page when it is an entity of the dossier. */
    String claimant(Claimant c) {
        if (c == null) return "";
        Entity e = index.entityOf(c);
        if (e != null) return link(links.entity(e.id()), c.name());
        String name = c.kind() == Claimant.Kind.OUTLET ? (c.name().isEmpty() ? "the outlet" : c.name()) : c.name();
        return "<span class=\"" + c.kind().name().toLowerCase(Locale.ROOT) + "\">" + Html.esc(name) + "</span>";
    }

    /** "Outlet, date", linked to the document. */
    String document(AnnotatedDocument d) {
        return link(links.document(d.id()), DossierIndex.outlet(d)) + ", " + date(DossierIndex.published(d));
    }

    /** The head of every page: title and navigation. */
    void nav(StringBuilder out) {
        out.append("<nav><a class=\"home\" href=\"").append(Html.esc(links.overview())).append("\">Triangulate</a>");
        String[][] items = {{links.claims(), "Claims"}, {links.coverage(), "Coverage"}, {links.timeline(), "Timeline"},
                {links.entities(), "Entities"}, {links.documents(), "Documents"}};
        for (String[] item : items) out.append(' ').append(link(item[0], item[1]));
        out.append("</nav>\n");
    }
}
