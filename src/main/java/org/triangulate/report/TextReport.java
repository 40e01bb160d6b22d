package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Dossier;
import org.triangulate.model.Entity;
import org.triangulate.model.TimelineEntry;

/**
 * Writes a dossier for people to read, as plain text or as Markdown: outlets, entities with mention counts, the
 * timeline, unresolved dates and diagnostics. The two differ only in headings and table markup.
 */
final class TextReport {
    private final boolean markdown;

    TextReport(boolean markdown) {
        this.markdown = markdown;
    }

    /** Each entity with its mentions per document, other names with the reason and score of each join, and roles. */
    void writeEntities(Dossier dossier, Writer out) throws IOException {
        heading(out, 1, "Entities");
        out.write(dossier.entities().size() + " entities in " + dossier.documents().size() + " reports.\n");
        for (Entity e : dossier.entities()) {
            out.write("\n" + emphasis(e.name()) + " (" + e.type().name().toLowerCase() + ", "
                    + e.mentions().size() + (e.mentions().size() == 1 ? " mention" : " mentions")
                    + (e.reference() == null ? "" : ", " + e.reference()) + ")\n");
            java.util.Map<String, Long> perDoc = new java.util.LinkedHashMap<>();
            e.mentions().forEach(m -> perDoc.merge(m.doc(), 1L, Long::sum));
            out.write("in: " + perDoc.entrySet().stream().map(x -> x.getKey() + " ×" + x.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")) + "\n");
            for (Entity.Merge m : e.merges()) {
                out.write(bullet() + m.name() + " = " + m.joined() + ": " + m.reason().label()
                        + String.format(java.util.Locale.ROOT, " (%.2f)", m.score()) + "\n");
            }
            for (String role : e.roles()) out.write(bullet() + "role: " + role + "\n");
        }
    }

    void write(Dossier dossier, Writer out) throws IOException {
        heading(out, 1, "Dossier");
        out.write(dossier.documents().size() + " reports, " + dossier.entities().size() + " entities, "
                + dossier.claims().size() + " claims, " + dossier.timeline().dated().size() + " dated statements.\n");

        heading(out, 2, "Outlets");
        table(out, List.of("doc", "outlet", "published", "title", "source"), dossier.documents().stream().map(d -> {
            Article a = d.article();
            var published = a.document().metadata().published();
            return List.of(d.id(), orDash(a.publisher()), published == null ? "unknown" : published.toString(),
                    orDash(a.headline()), a.document().source());
        }).toList());

        heading(out, 2, "Entities");
        table(out, List.of("entity", "type", "mentions", "also written"), dossier.entities().stream()
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name))
                .map(e -> List.of(e.name(), e.type().name().toLowerCase(), String.valueOf(e.mentions().size()),
                        alsoWritten(e)))
                .toList());

        heading(out, 2, "Claims");
        writeClaims(dossier, out);

        heading(out, 2, "Timeline");
        for (Map.Entry<String, List<TimelineEntry>> day : JsonReport.byDate(dossier.timeline().dated()).entrySet()) {
            out.write(bullet() + emphasis(day.getKey()) + " (" + day.getValue().get(0).precision().label() + ")\n");
            for (TimelineEntry e : day.getValue()) {
                out.write("    " + bullet() + e.doc() + ": " + Summaries.of(e.sentence().text())
                        + " [" + e.expression().text() + "]\n");
            }
        }
        if (dossier.timeline().dated().isEmpty()) out.write("No dated statements.\n");

        if (!dossier.timeline().unresolved().isEmpty()) {
            heading(out, 2, "Unresolved dates");
            for (TimelineEntry e : dossier.timeline().unresolved()) {
                out.write(bullet() + e.doc() + ": \"" + e.expression().text() + "\" (" + e.reason() + "): "
                        + Summaries.of(e.sentence().text()) + "\n");
            }
        }

        heading(out, 2, "Diagnostics");
        if (dossier.diagnostics().isEmpty()) out.write("None.\n");
        for (Diagnostic d : dossier.diagnostics()) {
            out.write(bullet() + d.source() + ": " + d.severity().name().toLowerCase() + ": " + d.message() + "\n");
        }
        for (AnnotatedDocument d : dossier.documents()) {
            int removed = d.article().furniture().size();
            if (removed > 0) {
                out.write(bullet() + d.article().document().source() + ": " + removed
                        + " pieces of page furniture removed\n");
            }
        }
    }

    /**
     * Each proposition: its status, confidence and reasons, then its evidence, claimant — cue — content — outlet, one
     * a line; the outlets' own statements are counted, not listed, when a claim has nothing else.
     */
    private void writeClaims(Dossier dossier, Writer out) throws IOException {
        Map<String, AnnotatedDocument> docs = new java.util.HashMap<>();
        dossier.documents().forEach(d -> docs.put(d.id(), d));
        int own = 0;
        for (Claim c : dossier.claims()) {
            boolean onlyOwn = c.evidence().stream().allMatch(a -> a.form() == Attribution.Form.OUTLET);
            if (onlyOwn && c.status() == org.triangulate.model.ClaimStatus.SINGLE_SOURCE) {
                own++;
                continue;
            }
            out.write(bullet() + emphasis(c.status().label()) + String.format(java.util.Locale.ROOT, " (%.2f) ",
                    c.confidence()) + Summaries.of(c.summary()) + (c.reasons().isEmpty() ? ""
                    : " — " + String.join("; ", c.reasons())) + "\n");
            for (Attribution a : c.evidence()) {
                AnnotatedDocument d = docs.get(a.doc());
                String cue = a.form() == Attribution.Form.OUTLET ? "(in its own voice)"
                        : a.cue() == null ? "(continues, no quotation marks)" : a.cue().of(d.text());
                String outlet = d.article().publisher() == null ? d.id() : d.article().publisher();
                String who = a.form() == Attribution.Form.OUTLET ? outlet : a.claimant().name();
                out.write("    " + bullet() + who + (a.inferred() ? " (inferred)" : "") + " — " + cue + " — "
                        + Summaries.of(a.content().get(0).of(d.text())) + " — " + outlet + " [" + a.stance().label()
                        + "]\n");
            }
        }
        if (own > 0) {
            out.write(own + " further statements, each an outlet's own and found nowhere else, are in the JSON.\n");
        }
        if (dossier.claims().isEmpty()) out.write("None.\n");
    }

    private void heading(Writer out, int level, String title) throws IOException {
        if (markdown) {
            out.write("\n" + "#".repeat(level) + " " + title + "\n\n");
        } else {
            out.write("\n" + title.toUpperCase() + "\n" + (level == 1 ? "=" : "-").repeat(title.length()) + "\n");
        }
    }

    private void table(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        if (rows.isEmpty()) {
            out.write("None.\n");
            return;
        }
        if (markdown) {
            out.write("| " + String.join(" | ", header) + " |\n");
            out.write("|" + "---|".repeat(header.size()) + "\n");
            for (List<String> row : rows) {
                out.write("| " + String.join(" | ", row.stream().map(TextReport::cell).toList()) + " |\n");
            }
            return;
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], Math.min(48, row.get(i).length()));
        }
        for (int i = 0; i < header.size(); i++) widths[i] = Math.max(widths[i], header.get(i).length());
        out.write(line(header, widths));
        for (List<String> row : rows) out.write(line(row, widths));
    }

    /** The entity's other names, each with the reason it joined: "TAK (defined-in-text)". */
    static String alsoWritten(Entity e) {
        List<String> out = new java.util.ArrayList<>();
        for (String alias : e.aliases()) {
            if (alias.equals(e.name())) continue;
            String why = e.merges().stream().filter(m -> m.name().equals(alias) || m.joined().equals(alias))
                    .map(m -> " (" + m.reason().label() + ")").findFirst().orElse("");
            out.add(alias + why);
        }
        return String.join("; ", out);
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replaceAll("\\s+", " ");
            if (i < cells.size() - 1) {
                if (c.length() > widths[i]) c = c.substring(0, widths[i] - 1) + "…";
                sb.append(String.format("%-" + widths[i] + "s  ", c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** Markdown table cells can't hold pipes or line breaks. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replaceAll("\\s+", " ");
    }

    private String bullet() {
        return markdown ? "- " : "* ";
    }

    private String emphasis(String s) {
        return markdown ? "**" + s + "**" : s;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
