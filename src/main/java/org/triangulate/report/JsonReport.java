package org.triangulate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Dossier;
import org.triangulate.model.Entity;
import org.triangulate.model.Evidence;
import org.triangulate.model.Quantity;
import org.triangulate.model.Span;
import org.triangulate.model.TimelineEntry;

/** Writes a dossier as JSON, following the dossier contract. */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void writeEntities(Dossier dossier, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        dossier.documents().forEach(d -> docs.addObject().put("id", d.id()).put("source", d.article().document().source()));
        JsonSpans spans = new JsonSpans(dossier.documents());
        ArrayNode entities = root.putArray("entities");
        dossier.entities().forEach(e -> entity(entities.addObject(), e, spans));
        MAPPER.writeValue(new NonClosingWriter(out), root);
        out.write('\n');
    }

    void write(Dossier dossier, Writer out) throws IOException {
        MAPPER.writeValue(new NonClosingWriter(out), tree(dossier));
        out.write('\n');
    }

    /** The dossier as a JSON tree, as {@link #write} writes it. */
    ObjectNode tree(Dossier dossier) {
        ObjectNode root = MAPPER.createObjectNode();
        JsonSpans spans = new JsonSpans(dossier.documents());
        ArrayNode docs = root.putArray("documents");
        dossier.documents().forEach(d -> document(docs.addObject(), d, spans));
        ArrayNode entities = root.putArray("entities");
        dossier.entities().forEach(e -> entity(entities.addObject(), e, spans));
        ArrayNode groups = root.putArray("groups");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Claim c : dossier.claims()) {
            for (Attribution a : c.evidence()) {
                if (a.claimant().kind() == org.triangulate.model.Claimant.Kind.GROUP && seen.add(a.claimant().id())) {
                    groups.addObject().put("id", a.claimant().id()).put("name", a.claimant().name());
                }
            }
        }
        ArrayNode claims = root.putArray("claims");
        Map<String, String> texts = new java.util.HashMap<>();
        dossier.documents().forEach(d -> texts.put(d.id(), d.text()));
        for (Claim c : dossier.claims()) claim(claims.addObject(), c, texts, spans);
        ArrayNode timeline = root.putArray("timeline");
        byDate(dossier.timeline().dated())
                .forEach((date, entries) -> timelineEntry(timeline.addObject(), entries, spans));
        ArrayNode unresolved = root.putArray("unresolvedDates");
        for (TimelineEntry e : dossier.timeline().unresolved()) {
            ObjectNode n = unresolved.addObject();
            n.put("expression", e.expression().text());
            n.put("value", e.value());
            n.put("reason", e.reason());
            evidence(n.putArray("evidence").addObject(), e.sentence(), spans);
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : dossier.diagnostics()) {
            diagnostics.addObject().put("source", d.source()).put("severity", d.severity().name().toLowerCase())
                    .put("message", d.message());
        }
        return root;
    }

    private static void document(ObjectNode n, AnnotatedDocument d, JsonSpans spans) {
        Article a = d.article();
        var meta = a.document().metadata();
        n.put("id", d.id());
        n.put("source", a.document().source());
        n.put("format", a.document().format().name().toLowerCase());
        n.put("outlet", a.publisher());
        n.put("title", a.headline());
        n.put("published", meta.published() == null ? null : meta.published().toString());
        n.put("url", meta.url());
        n.put("language", meta.language());
        ArrayNode authors = n.putArray("authors");
        meta.authors().forEach(authors::add);
        n.put("modified", meta.modified() == null ? null : meta.modified().toString());
        n.put("canonicalUrl", meta.canonicalUrl());
        // Where each field came from: "json-ld", "meta:article:published_time", "time", "url", "dateline", "host"...
        ObjectNode sources = n.putObject("metadataSources");
        meta.sources().forEach(sources::put);
        n.put("text", a.cleanedText());
        if (!a.sourceMap().isIdentity()) {
            // The text rendered from the page's markup, which renderedStart/renderedEnd index (start/end index the
            // markup) and every span's text is taken from.
            n.put("rendered", a.document().text());
        }
        ArrayNode body = n.putArray("body");
        for (Span s : a.body()) spans.offsets(body.addObject(), d.id(), s);
        ArrayNode removed = n.putArray("removed");
        for (Article.Removal r : a.furniture()) {
            Span s = r.span();
            spans.put(removed.addObject(), d.id(), s, s.of(a.document().text())).put("reason", r.reason());
        }
        n.put("sentences", d.sentences().size());
        n.put("tokens", d.tokens().size());
        ArrayNode numbers = n.putArray("numbers");
        for (Quantity q : d.quantities()) {
            spans.put(numbers.addObject(), d.id(), q.span(), q.text()).put("type", q.type()).put("value", q.value());
        }
    }

    private static void entity(ObjectNode n, Entity e, JsonSpans spans) {
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        if (e.reference() != null) n.put("reference", e.reference());
        if (e.capitalOf() != null) n.put("capitalOf", e.capitalOf());
        ArrayNode aliases = n.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode merges = n.putArray("merges");
        for (Entity.Merge m : e.merges()) {
            merges.addObject().put("name", m.name()).put("joined", m.joined()).put("reason", m.reason().label())
                    .put("score", m.score());
        }
        if (!e.roles().isEmpty()) {
            ArrayNode roles = n.putArray("roles");
            e.roles().forEach(roles::add);
        }
        ArrayNode mentions = n.putArray("mentions");
        for (Entity.EntityMention m : e.mentions()) {
            spans.put(mentions.addObject().put("doc", m.doc()), m.doc(), m.span(), m.text());
        }
    }

    private static void timelineEntry(ObjectNode n, List<TimelineEntry> entries, JsonSpans spans) {
        TimelineEntry first = entries.get(0);
        n.put("date", first.date());
        n.put("precision", first.precision().label());
        n.put("summary", Summaries.of(first.sentence().text()));
        ArrayNode evidence = n.putArray("evidence");
        for (TimelineEntry e : entries) {
            ObjectNode ev = evidence.addObject();
            evidence(ev, e.sentence(), spans);
            spans.put(ev.putObject("expression"), e.sentence().doc(), e.expression().span(), e.expression().text())
                    .put("value", e.value());
        }
    }

    private static void claim(ObjectNode n, Claim c, Map<String, String> texts, JsonSpans spans) {
        n.put("id", c.id());
        n.put("summary", c.summary());
        n.put("status", c.status().label());
        n.put("confidence", Math.round(c.confidence() * 100) / 100.0);
        ArrayNode reasons = n.putArray("reasons");
        c.reasons().forEach(reasons::add);
        ArrayNode parties = n.putArray("claimants");
        for (Claim.Party p : c.parties()) {
            ObjectNode party = parties.addObject().put("claimant", p.claimant().id()).put("name", p.claimant().name())
                    .put("kind", p.claimant().kind().name().toLowerCase()).put("stance", p.stance().label())
                    .put("first", p.first());
            if (p.affiliation() != null) {
                party.put("affiliation", p.affiliation().id()).put("affiliationName", p.affiliation().name());
            }
            ArrayNode outlets = party.putArray("outlets");
            p.outlets().forEach(outlets::add);
        }
        if (!c.evidence().isEmpty()) n.put("firstAppearance", c.evidence().get(0).doc());
        ArrayNode values = n.putArray("values");
        for (Claim.Value v : c.values()) {
            ObjectNode value = spans.put(values.addObject().put("doc", v.doc()), v.doc(), v.span(), v.text())
                    .put("kind", v.kind());
            value.put("low", bound(v.low())).put("high", bound(v.high())).put("lowOpen", v.lowOpen())
                    .put("highOpen", v.highOpen());
        }
        ArrayNode evidence = n.putArray("evidence");
        for (Attribution a : c.evidence()) {
            String text = texts.get(a.doc());
            ObjectNode ev = evidence.addObject().put("doc", a.doc());
            spans.put(ev, a.doc(), a.extent(), a.extent().of(text));
            ev.put("claimant", a.claimant().id());
            ev.put("claimantName", a.claimant().name());
            ev.put("claimantKind", a.claimant().kind().name().toLowerCase());
            ev.put("stance", a.stance().label());
            ev.put("form", a.form().name().toLowerCase());
            ev.put("inferred", a.inferred());
            if (a.source() != null) spans.put(ev.putObject("source"), a.doc(), a.source(), a.source().of(text));
            if (a.cue() != null) spans.put(ev.putObject("cue"), a.doc(), a.cue(), a.cue().of(text));
            ArrayNode content = ev.putArray("content");
            for (Span s : a.content()) spans.put(content.addObject(), a.doc(), s, s.of(text));
        }
    }

    /** An interval's bound for JSON, which has no infinity: null stands for unbounded. */
    private static Double bound(double x) {
        return Double.isInfinite(x) ? null : x;
    }

    static Map<String, List<TimelineEntry>> byDate(List<TimelineEntry> dated) {
        Map<String, List<TimelineEntry>> out = new LinkedHashMap<>();
        for (TimelineEntry e : dated) out.computeIfAbsent(e.date(), k -> new java.util.ArrayList<>()).add(e);
        return out;
    }

    private static void evidence(ObjectNode n, Evidence e, JsonSpans spans) {
        spans.put(n.put("doc", e.doc()), e.doc(), e.span(), e.text());
    }

    /** Jackson closes the writer it is given; the caller owns this one. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
