package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Attribution.Form;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.model.Token;

/**
 * The attributions of one document. First every cue in a parsed sentence gives its attribution (see
 * {@link CueReading}); then each statement nobody was credited with becomes the outlet's own, unless it is a
 * first-person paragraph right after an attribution, which is that speaker's quote without its quotation marks.
 */
final class DocumentAttribution {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "mine", "ours",
            "myself", "ourselves");
    private static final int MIN_STATEMENT_WORDS = 4;
    /** Words that open a clause of condition or concession. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "although", "though", "provided");

    private final AnnotatedDocument doc;
    private final List<Span> quotes;
    private final ClaimantResolver claimants;
    private final CueReading cues;
    private final List<Attribution> found = new ArrayList<>();
    /** The statements of paragraphs introduced by "X said:", which cover their sentences as any reading does. */
    private final java.util.Set<Attribution> introduced =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    DocumentAttribution(AnnotatedDocument doc, List<Entity> entities) {
        this.doc = doc;
        this.quotes = Quotes.find(doc.article().annotationText());
        this.claimants = new ClaimantResolver(doc, entities);
        this.cues = new CueReading(doc, quotes, claimants);
    }

    List<Attribution> run() {
        for (Sentence s : doc.sentences()) {
            // The headline repeats what the article attributes, with less care: the article speaks for itself.
            if (!isHeadline(s)) {
                for (Attribution a : cues.read(s, found)) {
                    for (Attribution b : coordinated(a)) found.addAll(bySentence(b));
                }
            }
        }
        List<Attribution> all = new ArrayList<>(found);
        java.util.Set<Attribution> nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Attribution a : found) if (isNested(a, found)) nested.add(a);
        List<Span> paragraphs = doc.article().body();
        boolean authorSpeaks = authorSpeaksFirst(paragraphs);
        int paragraph = -1;
        boolean firstPerson = false;
        Claimant speaker = null;
        for (Sentence s : doc.sentences()) {
            int p = paragraphOf(paragraphs, s.span());
            if (p != paragraph) {
                // A new paragraph: is it a quote that lost its marks, after an attribution?
                Claimant before = lastClaimantBefore(all, nested, s.span().start());
                firstPerson = before != null && !authorSpeaks && isFirstPerson(p, paragraphs)
                        && !hasOwnCue(p, paragraphs);
                speaker = before;
                paragraph = p;
            }
            for (Span run : uncovered(s, all)) {
                int reported = all.indexOf(reportedJustBefore(s, run, all));
                Attribution quoted = inQuote(run) ? quoteBefore(all, p < 0 ? null : paragraphs.get(p), run) : null;
                int governed = all.indexOf(conditionOf(s, run, all));
                if (governed >= 0) {
                    // "If your bottle is from another batch, the agency says it is safe": the condition is said too.
                    Attribution a = all.get(governed);
                    List<Span> content = new ArrayList<>(a.content());
                    content.add(0, run);
                    all.set(governed, new Attribution(a.doc(), a.source(), a.cue(), content, a.stance(), a.claimant(),
                            a.form(), a.inferred()));
                } else if (quoted != null) {
                    // "“...,” X said. “...”": a quotation after a speaker's quote in one paragraph is the speaker's.
                    all.add(new Attribution(doc.id(), null, null, List.of(run), Stance.ASSERTS, quoted.claimant(),
                            Form.QUOTE, true));
                } else if (reported >= 0 && !hasFiniteVerb(run)) {
                    // "... reported the presence of troops, many drawn from ...": the tail belongs to the report,
                    // and to each claimant it has ("X and Y reported ...").
                    List<Span> content = all.get(reported).content();
                    for (int k = 0; k < all.size(); k++) {
                        if (all.get(k).content().equals(content)) all.set(k, extended(all.get(k), run));
                    }
                } else if (firstPerson && speaker != null) {
                    all.add(new Attribution(doc.id(), null, null, List.of(run), Stance.ASSERTS, speaker,
                            Form.CONTINUED, true));
                } else if (isStatement(s, run)) {
                    all.add(new Attribution(doc.id(), null, null, List.of(run), outletStance(run),
                            Claimant.outlet(doc.article().publisher()), Form.OUTLET, false));
                }
            }
        }
        all.sort(Comparator.comparing(Attribution::extent));
        return all;
    }

    /**
     * A paragraph introduced by "X said:" ({@link Form#CONTINUED} with a cue) as one statement a sentence, each
     * cited alone, as a quote that lost its marks is: the passage is the sentence, not the paragraph before it too.
     */
    private List<Attribution> bySentence(Attribution a) {
        if (a.form() != Form.CONTINUED || a.cue() == null) return List.of(a);
        List<Attribution> out = new ArrayList<>();
        Span paragraph = a.content().get(0);
        for (Sentence s : doc.sentences()) {
            int start = Math.max(s.span().start(), paragraph.start());
            int end = Math.min(s.span().end(), paragraph.end());
            if (start >= end) continue;
            Attribution one = new Attribution(a.doc(), null, null, List.of(new Span(start, end)), a.stance(),
                    a.claimant(), Form.CONTINUED, true);
            introduced.add(one);
            out.add(one);
        }
        return out.isEmpty() ? List.of(a) : out;
    }

    /**
     * "according to both X and Y", "X and Y said": one attribution for each, when each names a claimant of its own.
     * Two claimants count as two, so the reconciler can tell whether they are independent. An "and" inside a name
     * ("Ministry of Water and Rural Affairs") splits nothing.
     */
    private List<Attribution> coordinated(Attribution a) {
        if (a.source() == null) return List.of(a);
        List<Token> t = doc.tokensIn(a.source());
        for (int k = 1; k < t.size() - 1; k++) {
            Span and = t.get(k).span();
            boolean inName = doc.mentions().stream().anyMatch(m -> m.span().contains(and));
            if (!t.get(k).word().equalsIgnoreCase("and") || inName) continue;
            int from = t.get(0).word().equalsIgnoreCase("both") ? 1 : 0;
            List<Token> left = t.subList(from, k);
            List<Token> right = t.subList(k + 1, t.size());
            if (left.isEmpty()) return List.of(a);
            Claimant l = claimants.resolve(left, found);
            Claimant r = claimants.resolve(right, found);
            if (!speaks(l, left) || !speaks(r, right) || l.name().equals(r.name())) return List.of(a);
            return List.of(withSource(a, left, l), withSource(a, right, r));
        }
        return List.of(a);
    }

    /**
     * Whether a conjunct names a claimant by itself: an entity, or a group whose last word is a plural or a speaker
     * ("officials and experts"), not a modifier sharing the other's head ("ferry and rail unions").
     */
    private static boolean speaks(Claimant c, List<Token> words) {
        if (c == null || c.kind() == Claimant.Kind.OUTLET || c.name().isBlank()) return false;
        Token last = words.get(words.size() - 1);
        return c.kind() == Claimant.Kind.ENTITY || last.pos().startsWith("NNS") || last.pos().equals("NNPS")
                || last.pos().startsWith("NN") && ClaimantResolver.SPEAKER_NOUNS.contains(Cues.lemma(last));
    }

    private static Attribution withSource(Attribution a, List<Token> words, Claimant claimant) {
        Span source = new Span(words.get(0).span().start(), words.get(words.size() - 1).span().end());
        return new Attribution(a.doc(), source, a.cue(), a.content(), a.stance(), claimant, a.form(), a.inferred());
    }

    /** The attribution in this sentence whose content ends right before the run, if any. */
    private Attribution reportedJustBefore(Sentence s, Span run, List<Attribution> all) {
        Attribution best = null;
        for (Attribution a : all) {
            if (a.form() == Form.OUTLET || a.form() == Form.CONTINUED) continue;
            Span last = a.content().get(a.content().size() - 1);
            if (!s.span().contains(last) || last.end() > run.start()) continue;
            String between = doc.text().substring(last.end(), run.start());
            if (between.strip().matches("[,;:—–-]*") && (best == null || last.end() > best.extent().end())) best = a;
        }
        return best;
    }

    /**
     * The attribution an opening clause of condition or concession ("If ...,", "Unless ...,", "Although ...,")
     * leads into, when its source follows right after the comma in the same sentence; else null.
     */
    private Attribution conditionOf(Sentence s, Span run, List<Attribution> all) {
        List<Token> words = doc.tokensIn(run);
        if (words.isEmpty() || !CONDITIONS.contains(words.get(0).word().toLowerCase(Locale.ROOT))) return null;
        if (!hasFiniteVerb(run)) return null;
        for (Attribution a : all) {
            if (a.source() == null || !s.span().contains(a.extent()) || a.source().start() < run.end()) continue;
            if (doc.text().substring(run.end(), a.source().start()).strip().matches(",?")) return a;
        }
        return null;
    }

    private static Attribution extended(Attribution a, Span run) {
        List<Span> content = new ArrayList<>(a.content());
        Span last = content.remove(content.size() - 1);
        content.add(new Span(last.start(), run.end()));
        return new Attribution(a.doc(), a.source(), a.cue(), content, a.stance(), a.claimant(), a.form(), a.inferred());
    }

    private boolean hasFiniteVerb(Span run) {
        for (Token t : doc.tokensIn(run)) {
            String pos = t.pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
        }
        return false;
    }

    /** The parts of a sentence that no attribution covers, long enough to say something. */
    private List<Span> uncovered(Sentence s, List<Attribution> all) {
        List<Span> covered = new ArrayList<>();
        for (Attribution a : all) {
            if (a.form() == Form.OUTLET || a.form() == Form.CONTINUED && !introduced.contains(a)) continue;
            if (a.extent().overlaps(s.span())) covered.add(a.extent());
            for (Span c : a.content()) if (c.overlaps(s.span())) covered.add(c);
        }
        List<Span> runs = new ArrayList<>();
        List<Token> tokens = doc.tokensOf(s);
        int runStart = -1;
        int runEnd = -1;
        for (Token t : tokens) {
            boolean isCovered = covered.stream().anyMatch(c -> c.contains(t.span()));
            if (!isCovered) {
                if (runStart < 0) runStart = t.span().start();
                runEnd = t.span().end();
            } else if (runStart >= 0) {
                runs.add(trim(new Span(runStart, runEnd)));
                runStart = -1;
            }
        }
        if (runStart >= 0) runs.add(trim(new Span(runStart, runEnd)));
        runs.removeIf(r -> r.length() == 0 || words(r) < MIN_STATEMENT_WORDS);
        return runs;
    }

    /** A run without the punctuation and conjunctions at its edges. */
    private Span trim(Span run) {
        List<Token> inside = doc.tokensIn(run);
        int from = 0;
        int to = inside.size() - 1;
        while (from <= to && isEdgeJunk(inside.get(from), true)) from++;
        while (to >= from && isEdgeJunk(inside.get(to), false)) to--;
        if (from > to) return new Span(run.start(), run.start());
        return new Span(inside.get(from).span().start(), inside.get(to).span().end());
    }

    private static boolean isEdgeJunk(Token t, boolean leading) {
        String pos = t.pos();
        if (pos.equals(",") || pos.equals(":") || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("HYPH")) {
            return true;
        }
        if (leading && (pos.equals("CC") || pos.equals(".") || t.word().equals("—") || t.word().equals("–"))) {
            return true;
        }
        return !leading && (t.word().equals("—") || t.word().equals("–") || pos.equals("CC"));
    }

    private int words(Span run) {
        int n = 0;
        for (Token t : doc.tokensIn(run)) {
            if (Character.isLetterOrDigit(t.word().charAt(0))) n++;
        }
        return n;
    }

    private boolean isHeadline(Sentence s) {
        String title = doc.article().headline();
        return title != null && s.span().of(doc.text()).strip().equalsIgnoreCase(title.strip());
    }

    /** A statement: has a verb, is not a question, and is not the headline. */
    private boolean isStatement(Sentence s, Span run) {
        String text = run.of(doc.text()).strip();
        if (text.endsWith("?") || isHeadline(s)) return false;
        return doc.tokensOf(s).stream().anyMatch(t -> run.contains(t.span()) && t.pos().startsWith("VB"));
    }

    private Stance outletStance(Span run) {
        for (Token t : doc.tokensIn(run)) {
            if (Cues.HEDGES.contains(t.word().toLowerCase(Locale.ROOT))) return Stance.HEDGES;
        }
        return Stance.ASSERTS;
    }

    private static int paragraphOf(List<Span> paragraphs, Span sentence) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).overlaps(sentence)) return i;
        }
        return -1;
    }

    /**
     * The claimant of the latest attribution that ends before {@code at}, if it names somebody. An attribution
     * nested in another's content ("X said the inspection had found ...") does not count: X is still speaking.
     */
    private static Claimant lastClaimantBefore(List<Attribution> all, java.util.Set<Attribution> nested, int at) {
        Attribution last = null;
        for (Attribution a : all) {
            if (a.extent().end() > at || nested.contains(a)) continue;
            if (last == null || a.extent().end() >= last.extent().end()) last = a;
        }
        return last == null || last.claimant().kind() == Claimant.Kind.OUTLET ? null : last.claimant();
    }

    /** The latest quote by somebody that ends before {@code run} in the same paragraph, or null. */
    private static Attribution quoteBefore(List<Attribution> all, Span paragraph, Span run) {
        if (paragraph == null) return null;
        Attribution last = null;
        for (Attribution a : all) {
            Span e = a.extent();
            if (a.form() != Form.QUOTE || e.end() > run.start() || !paragraph.contains(e)) continue;
            if (a.claimant().kind() == Claimant.Kind.OUTLET) continue;
            if (last == null || e.end() >= last.extent().end()) last = a;
        }
        return last;
    }

    /**
     * Whether the author speaks in the first person (a blog, a column): a first-person paragraph comes before anything
     * is attributed. First-person paragraphs are then the author's, not quotes that lost their marks.
     */
    private boolean authorSpeaksFirst(List<Span> paragraphs) {
        int first = found.stream().mapToInt(a -> a.extent().start()).min().orElse(Integer.MAX_VALUE);
        for (int p = 0; p < paragraphs.size() && paragraphs.get(p).end() <= first; p++) {
            if (isFirstPerson(p, paragraphs)) return true;
        }
        return false;
    }

    private static boolean isNested(Attribution a, List<Attribution> all) {
        for (Attribution b : all) {
            if (b != a && b.content().stream().anyMatch(c -> c.contains(a.extent()))) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph that speaks in the first person, outside any quotation. */
    private boolean isFirstPerson(int paragraph, List<Span> paragraphs) {
        if (paragraph < 0) return false;
        Span p = paragraphs.get(paragraph);
        for (Token t : doc.tokensIn(p)) {
            if (!t.pos().startsWith("PRP")) continue;
            if (FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) && !inQuote(t.span())) return true;
        }
        return false;
    }

    /** Whether the paragraph attributes something itself, other than through a first-person pronoun. */
    private boolean hasOwnCue(int paragraph, List<Span> paragraphs) {
        if (paragraph < 0) return false;
        Span p = paragraphs.get(paragraph);
        return found.stream().anyMatch(a -> p.contains(a.extent()) && !a.inferred());
    }

    private boolean inQuote(Span span) {
        return quotes.stream().anyMatch(q -> q.contains(span));
    }
}
