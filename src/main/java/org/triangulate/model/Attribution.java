package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a report, with who makes it: source, cue and content spans, stance and claimant.
 *
 * @param doc the document id
 * @param source where the text names the claimant ("Western officials", "he"); null when it doesn't (the outlet's
 *     own voice, a quote that lost its quote marks)
 * @param cue the words that attribute ("said", "according to", "denied"); null when there are none
 * @param content what is claimed: one span, or two when the attribution interrupts it
 * @param stance asserts, denies or hedges
 * @param claimant who it resolves to
 * @param form how the report attributes it
 * @param inferred true when the claimant was inferred rather than read: a pronoun carried from an earlier sentence,
 *     a first-person paragraph after an attribution
 */
public record Attribution(String doc, Span source, Span cue, List<Span> content, Stance stance, Claimant claimant,
                          Form form, boolean inferred) {
    /** How a report attributes a statement. */
    public enum Form {
        /** A quotation with its attribution: "“...,” she said." */
        QUOTE,
        /** Reported speech: "X said that ...", "..., X said." */
        INDIRECT,
        /** "According to X, ..." */
        ACCORDING_TO,
        /** A noun names the speech: "X's report stated", "amid X claims that ...", "in a statement, X ..." */
        NOMINAL,
        /** A first-person paragraph after an attribution: a quote that lost its quote marks. */
        CONTINUED,
        /** The outlet's own statement, unattributed. */
        OUTLET
    }

    public Attribution {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(form, "form");
        content = List.copyOf(content);
        if (content.isEmpty()) throw new IllegalArgumentException("content must hold at least one span");
    }

    /** The whole passage: from the first to the last of its source, cue and content spans. */
    public Span extent() {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Span s : content) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        for (Span s : new Span[] {source, cue}) {
            if (s == null) continue;
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return new Span(start, end);
    }
}
