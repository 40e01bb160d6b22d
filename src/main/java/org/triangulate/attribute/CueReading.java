package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Attribution.Form;
import org.triangulate.model.Claimant;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.model.Token;

/**
 * Reads the attributions a parsed sentence makes through its cues:
 * <ul>
 *   <li>a cue verb: its subject is the source (inherited from the verb it depends on for "..., stating that"; the
 *       agent of a passive), its clausal complement the content, or its object and what follows, or, for a cue set
 *       after what it reports ("..., officials said"), the clause it hangs on;</li>
 *   <li>"according to X": X is the source, the rest of the sentence the content;</li>
 *   <li>a cue noun with a "that" clause ("amid company claims that ..."): its modifier is the source;</li>
 *   <li>"In a statement/report/interview ..., X ...": X is the source of the clause.</li>
 * </ul>
 * A content that reaches into a quotation takes the whole quotation, across sentences.
 */
final class CueReading {
    private static final Set<String> CONTRAST = Set.of("however", "nevertheless", "nonetheless", "conversely");
    private static final Set<String> SKIPPED_RIGHT = Set.of("punct", "cc", "conj", "parataxis", "nsubj", "nsubj:pass",
            "aux", "aux:pass", "mark", "discourse", "advmod", "dep", "compound:prt", "expl", "cop");

    /** Verbs whose object is the one told, not what is told: "told reporters", "assured the crowd". */
    /** What a body counts by: "on the commission's figures", "by the union's count". */
    private static final Set<String> TALLIES = Set.of("figure", "number", "count", "tally", "reckoning", "estimate",
            "data", "calculation");
    private static final Set<String> HEARER_VERBS = Set.of("tell", "assure", "inform", "brief", "remind", "ask");

    private final AnnotatedDocument doc;
    private final List<Span> quotes;
    private final ClaimantResolver claimants;
    private final SourceFinding sources;

    CueReading(AnnotatedDocument doc, List<Span> quotes, ClaimantResolver claimants) {
        this.doc = doc;
        this.quotes = quotes;
        this.claimants = claimants;
        this.sources = new SourceFinding(doc);
    }

    /** The attributions the sentence's cues make; {@code earlier} are the document's so far, for pronouns. */
    List<Attribution> read(Sentence s, List<Attribution> earlier) {
        List<Attribution> out = new ArrayList<>();
        SentenceTree tree = new SentenceTree(doc, s);
        if (!s.parsed()) {
            Attribution a = shallow(tree, earlier);
            if (a != null) out.add(a);
            return out;
        }
        List<Attribution> context = new ArrayList<>(earlier);
        List<Token> words = doc.tokensOf(s);
        for (int i = tree.first(); i < tree.end(); i++) {
            Token t = tree.token(i);
            if (inQuote(t.span())) continue;
            Attribution a = null;
            int from = sourceAfter(tree, i);
            if (from >= 0) {
                a = accordingTo(tree, i, from, context);
            } else if (Cues.isCueVerb(t) || Cues.callingFalse(words, i - tree.first()) >= 0
                    || Cues.creditsFigure(words, i - tree.first()) && !measuredWithin(out, t)) {
                a = verb(tree, i, context);
            } else if (Cues.isCueNoun(t)) {
                a = noun(tree, i, context);
            }
            if (a != null) {
                out.add(a);
                context.add(a);
            }
        }
        return out;
    }

    /**
     * Whether a verb that measures a figure, and is no cue of its own, stands in what the sentence already reports:
     * in "The group said it had counted 31 children", the count is what the group said, not a second statement.
     */
    private static boolean measuredWithin(List<Attribution> found, Token t) {
        return !Cues.isCueVerb(t)
                && found.stream().anyMatch(a -> a.content().stream().anyMatch(c -> c.contains(t.span())));
    }

    /** An unparsed sentence: a plain form {@link ShallowReading} reads, or "according to". */
    private Attribution shallow(SentenceTree tree, List<Attribution> context) {
        List<Token> tokens = doc.tokensOf(tree.sentence());
        var match = ShallowReading.match(tokens);
        if (match.isPresent()) {
            ShallowReading.Match m = match.get();
            int base = tree.first();
            Span cue = span(tree, base + m.cueFrom(), base + m.cue());
            List<Span> content = new ArrayList<>();
            content.add(extendToQuotes(span(tree, base + m.contentFrom(), base + m.contentTo())));
            if (m.split()) content.add(extendToQuotes(span(tree, base + m.restFrom(), base + m.restTo())));
            Token said = tree.token(base + m.cue());
            Stance stance = hedge(content.get(0), Cues.stanceOfVerb(said));
            // A noun as the cue ("the ministry's figure remains 14") names the statement: nominal.
            Form form = said.pos().startsWith("NN") ? Form.NOMINAL : Form.INDIRECT;
            return attribution(tree, new int[] {base + m.sourceFrom(), base + m.sourceTo()}, cue, content, stance,
                    form, context);
        }
        for (int i = tree.first(); i + 1 < tree.end(); i++) {
            int from = sourceAfter(tree, i);
            if (from >= 0 && !inQuote(tree.token(i).span())) return accordingTo(tree, i, from, context);
        }
        return null;
    }

    /**
     * Where the source starts when token {@code i} opens a phrase that credits a statement to it, else -1:
     * "according to X"; "..., per X." closing the sentence; "On X's figures, ..." or "By X's count, ..." opening it.
     */
    private static int sourceAfter(SentenceTree tree, int i) {
        String w = tree.token(i).word().toLowerCase(java.util.Locale.ROOT);
        if (i + 1 >= tree.end()) return -1;
        if (w.equals("according") && tree.token(i + 1).word().equalsIgnoreCase("to")) return i + 2;
        // A name, which the tagger may take for a common noun when it is in capitals ("per TREC").
        Token next = tree.token(i + 1);
        boolean name = next.pos().startsWith("NN") && Character.isUpperCase(next.word().charAt(0));
        if (w.equals("per") && i > tree.first() && tree.token(i - 1).pos().equals(",")
                && (name || tree.token(i + 1).word().equalsIgnoreCase("the")
                        && i + 2 < tree.end() && tree.token(i + 2).pos().startsWith("NN"))) {
            return i + 1;
        }
        if ((w.equals("on") || w.equals("by")) && i == tree.first()) {
            for (int k = i + 1; k + 1 < tree.end() && k - i <= 5; k++) {
                if (tree.token(k).pos().equals(",")) return -1;
                if (tree.token(k).pos().equals("POS")
                        && TALLIES.contains(Cues.lemma(tree.token(k + 1)).toLowerCase(java.util.Locale.ROOT))) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private Attribution verb(SentenceTree tree, int v, List<Attribution> context) {
        // "children admitted to hospital", "the man accused of fraud": a participle describing a noun, not speech.
        if (tree.relation(v).equals("acl") && tree.token(v).pos().equals("VBN")) return null;
        // "the framework announced by the authority": a participle with its agent, whatever the tagger says; "said by
        // email" still speaks.
        if (v + 2 < tree.end() && Cues.agentFollows(tree.token(v + 1), tree.token(v + 2))) return null;
        // "its glycerine was to blame", "the crew is not to blame": responsibility, not speech.
        if (Cues.lemma(tree.token(v)).equals("blame") && v - 2 >= tree.first()
                && tree.token(v - 1).word().equalsIgnoreCase("to")) {
            int be = v - 2;
            if (be > tree.first() && tree.token(be).pos().startsWith("RB")) be--;
            if (Cues.lemma(tree.token(be)).equals("be")) return null;
        }
        if (Cues.REFUSALS.contains(Cues.lemma(tree.token(v)))) return refusal(tree, v, context);
        int verdict = Cues.callingFalse(doc.tokensOf(tree.sentence()), v - tree.first());
        if (verdict >= 0) return calling(tree, v, tree.first() + verdict, context);
        int named = namedStatement(tree, v);
        if (named >= 0) return ofNamedStatement(tree, v, named, context);
        int[] source = sources.source(tree, v);
        Span cue = cueSpan(tree, v);
        List<Span> content = new ArrayList<>();
        Span inClause = content(tree, v);
        Span introduced = introducedParagraph(tree, v);
        Claimant introducer = introduced != null && source != null
                ? claimants.resolve(words(tree, source), context) : null;
        if (introducer != null) {
            // "Mr Brannock said:" at the end of a paragraph: the next paragraph is what he said, its marks lost.
            return new Attribution(doc.id(), span(tree, source[0], source[1]), cueSpan(tree, v), List.of(introduced),
                    Cues.stanceOfVerb(tree.token(v)), introducer, Form.CONTINUED, true);
        }
        if (inClause != null) {
            content.add(beforeNamedStatement(tree, inClause));
        } else if (source != null) {
            // "“...?” she said." split into two sentences, or "“My hope,” he said, “is ...”": the quotations
            // right before and after the source and cue.
            Span said = new Span(Math.min(tree.token(source[0]).span().start(), cue.start()),
                    Math.max(tree.token(source[1]).span().end(), cue.end()));
            adjacentQuote(said, true).ifPresent(content::add);
            adjacentQuote(said, false).ifPresent(content::add);
        }
        if (content.isEmpty()) return null;
        Stance stance = stance(tree, v, content.get(0));
        if (source == null) {
            if (tree.child(v, "aux:pass") < 0 || !Cues.PASSIVE_VERBS.contains(Cues.lemma(tree.token(v)))) return null;
            // "It was reported that ...": nobody named; the outlet passes it on, hedged.
            return new Attribution(doc.id(), null, cue, content, Stance.HEDGES,
                    Claimant.outlet(doc.article().publisher()), Form.INDIRECT, false);
        }
        return attribution(tree, source, cue, content, stance, Form.INDIRECT, context);
    }

    /**
     * The paragraph a cue introduces with a colon that ends its own paragraph ("Mr Brannock said:"), or null. A
     * quotation that follows the colon is read by the quotation rules instead.
     */
    private Span introducedParagraph(SentenceTree tree, int v) {
        int colon = v + 1;
        while (colon < tree.end() && tree.head(colon) == v && !tree.token(colon).word().equals(":")
                && tree.relation(colon).matches("obl.*|advmod|obj|iobj")) {
            colon = tree.subtree(colon)[1] + 1;
        }
        if (colon >= tree.end() || !tree.token(colon).word().equals(":")) return null;
        for (int k = colon + 1; k < tree.end(); k++) if (!isPunct(tree.token(k))) return null;
        List<Span> body = doc.article().body();
        int at = tree.token(colon).span().end();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i).end() >= at && body.get(i).start() <= at) {
                if (!doc.text().substring(at, body.get(i).end()).isBlank()) return null;
                Span next = body.get(i + 1);
                boolean quoted = quotes.stream().anyMatch(q -> q.start() <= next.start() + 1 && q.end() >= next.start());
                return quoted ? null : next;
            }
        }
        return null;
    }

    /** The quotation that ends right before {@code said} (or starts right after it), with only punctuation between. */
    private java.util.Optional<Span> adjacentQuote(Span said, boolean before) {
        String text = doc.text();
        for (Span q : quotes) {
            String gap = before
                    ? (q.end() <= said.start() ? text.substring(q.end(), said.start()) : null)
                    : (q.start() >= said.end() ? text.substring(said.end(), q.start()) : null);
            if (gap != null && gap.length() <= 4 && gap.strip().matches("[,:;.]?")) return java.util.Optional.of(q);
        }
        return java.util.Optional.empty();
    }

    private Attribution noun(SentenceTree tree, int n, List<Attribution> context) {
        // "amid company claims that ...": a "that" clause on the noun, its modifier the source.
        for (int c : tree.children(n)) {
            String rel = tree.relation(c);
            if (!rel.startsWith("acl") && !rel.equals("ccomp")) continue;
            int[] clause = tree.subtree(c);
            if (!tree.token(clause[0]).word().equalsIgnoreCase("that") || clause[0] < n) continue;
            int[] source = null;
            for (int m : tree.children(n)) {
                String r = tree.relation(m);
                if (m < n && (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod"))) {
                    int[] st = tree.subtree(m);
                    source = source == null ? st : new int[] {Math.min(source[0], st[0]), Math.max(source[1], st[1])};
                }
            }
            if (source == null) return null;
            Span content = extendToQuotes(span(tree, clause[0], clause[1]));
            return attribution(tree, source, tree.token(n).span(), content, Stance.ASSERTS, Form.NOMINAL, context);
        }
        // "In a statement ..., X ...": the noun opens the clause whose subject is the source.
        if (tree.relation(n).startsWith("obl") && hasCase(tree, n, "in")) {
            int h = tree.head(n);
            if (h < 0 || !tree.token(h).pos().startsWith("VB")) return null;
            int subject = tree.child(h, "nsubj");
            int[] source = subject >= 0
                    ? SourceFinding.trimmed(tree, tree.subtree(subject))
                    : SourceFinding.namedJustBefore(tree, h);
            if (source == null) return null;
            int[] clause = tree.subtree(h);
            int from = Math.max(tree.subtree(n)[1], source[1]) + 1;
            while (from < tree.end() && isPunct(tree.token(from))) from++;
            int to = lastContentToken(tree, clause[1]);
            if (from > to) return null;
            Span content = extendToQuotes(span(tree, from, to));
            Span cue = span(tree, tree.subtree(n)[0], n);
            return attribution(tree, source, cue, content, Stance.ASSERTS, Form.NOMINAL, context);
        }
        return null;
    }

    private Attribution accordingTo(SentenceTree tree, int according, int from, List<Attribution> context) {
        int to = from;
        while (to + 1 < tree.end() && !tree.token(to + 1).pos().equals(",") && !tree.token(to + 1).pos().equals(".")) {
            to++;
        }
        if (from >= tree.end()) return null;
        int last = lastContentToken(tree, tree.end() - 1);
        Span content;
        if (according == tree.first() || according == tree.first() + 1) {
            int start = to + 1;
            while (start < tree.end() && tree.token(start).pos().equals(",")) start++;
            if (start > last) return null;
            content = span(tree, start, last);
        } else {
            int end = according - 1;
            while (end > tree.first() && tree.token(end).pos().equals(",")) end--;
            content = span(tree, tree.first(), end);
            if (to < last) content = span(tree, tree.first(), last); // "X, according to Y, did Z"
        }
        Span cue = new Span(tree.token(according).span().start(), tree.token(from - 1).span().end());
        return attribution(tree, new int[] {from, to}, cue, extendToQuotes(content), hedge(content, Stance.ASSERTS),
                Form.ACCORDING_TO, context);
    }

    private Attribution attribution(SentenceTree tree, int[] source, Span cue, Span content, Stance stance,
                                    Form form, List<Attribution> context) {
        return attribution(tree, source, cue, List.of(content), stance, form, context);
    }

    private Attribution attribution(SentenceTree tree, int[] source, Span cue, List<Span> content, Stance stance,
                                    Form form, List<Attribution> context) {
        List<Token> words = words(tree, source);
        // "Anna Berg, who said ...": the relative pronoun is the source, the one it stands for the claimant.
        int[] antecedent = source[0] == source[1] ? SourceFinding.antecedent(tree, source[0]) : null;
        if (antecedent != null) words = words(tree, antecedent);
        Claimant claimant = claimants.resolve(words, context);
        if (nobody(words)) {
            // "Nobody now disputes that the plant leaked": the report says it, and denies no one's claim.
            claimant = Claimant.outlet(doc.article().publisher());
            if (stance == Stance.DENIES) stance = Stance.ASSERTS;
        }
        boolean quoted = quotes.stream().anyMatch(q -> content.stream().anyMatch(q::overlaps));
        Form f = form == Form.INDIRECT && quoted ? Form.QUOTE : form;
        Span sourceSpan = span(tree, source[0], source[1]);
        return new Attribution(doc.id(), sourceSpan, cue, content, stance, claimant, f, claimants.isPronoun(words));
    }

    /** Whether a source is nobody: "nobody", "no one", "no-one". */
    private static boolean nobody(List<Token> words) {
        String w = words.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        return w.equals("nobody") || w.equals("no one") || w.equals("no-one");
    }

    /** The tokens {@code source[0]..source[1]}. */
    private static List<Token> words(SentenceTree tree, int[] source) {
        List<Token> words = new ArrayList<>();
        for (int i = source[0]; i <= source[1]; i++) words.add(tree.token(i));
        return words;
    }

    /** What a cue verb reports, or null when it reports nothing the rules can find. */
    private Span content(SentenceTree tree, int v) {
        for (String rel : new String[] {"ccomp", "xcomp"}) {
            int c = tree.child(v, rel);
            // "told parents to stop", "urged residents to leave": an instruction to the one addressed, not a claim.
            if (c >= 0 && rel.equals("xcomp") && tree.child(v, "obj") >= 0) return null;
            if (c >= 0) {
                int[] range = tree.subtree(c);
                int to = beforeNextClause(tree, range[0], range[1], false);
                return extendToQuotes(span(tree, range[0], lastContentToken(tree, to)));
            }
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        boolean object = false;
        boolean verbal = false;
        // Whether what is reported starts with a noun phrase, the verb's object ("denied the report").
        boolean nominal = false;
        for (int c : tree.children(v)) {
            String rel = tree.relation(c);
            if (c < v || SKIPPED_RIGHT.contains(rel)) continue;
            if (rel.startsWith("advcl") && Cues.isCueVerb(tree.token(c))) continue;
            int[] range = tree.subtree(c);
            // "..., according to X" is an attribution of its own, not what this verb reports.
            if (tree.token(range[0]).word().equalsIgnoreCase("according")) continue;
            if (range[0] < lo) nominal = rel.equals("obj") && tree.token(c).pos().startsWith("NN");
            lo = Math.min(lo, range[0]);
            hi = Math.max(hi, range[1]);
            object |= rel.equals("obj") || rel.equals("iobj");
            for (int i = range[0]; i <= range[1]; i++) verbal |= tree.token(i).pos().startsWith("VB");
        }
        // "X told reporters at the dam": the object of a verb of telling is the hearer, not what was said.
        boolean hearer = HEARER_VERBS.contains(Cues.lemma(tree.token(v)));
        // "found ammonia at 30 times the limit", "counted about 1,200 dead fish" measure a figure: what is found is the
        // content, however the parser hangs it ("about 1,200" may be read as a preposition's object).
        boolean measured = Cues.measures(doc.tokensOf(tree.sentence()), v - tree.first());
        boolean clauseOnly = Cues.CLAUSE_ONLY.contains(Cues.lemma(tree.token(v))) && !measured;
        if (hi >= 0 && !clauseOnly && (object && !hearer || verbal || measured) && hi - lo >= 1) {
            int to = beforeNextClause(tree, lo, hi, nominal);
            return extendToQuotes(span(tree, lo, lastContentToken(tree, to)));
        }
        int left = leftClause(tree, v);
        if (left >= 0) {
            // "“...,” said X" and "X did Y, sources said" parsed with the clause hanging on the cue.
            int[] range = tree.subtree(left);
            int to = range[1];
            while (to > range[0] && isPunct(tree.token(to))) to--;
            return extendToQuotes(span(tree, range[0], to));
        }
        if (tree.relation(v).equals("parataxis") && tree.head(v) >= 0) {
            // "..., a source said": the clause the cue hangs on.
            int[] whole = tree.subtree(tree.head(v));
            int[] own = tree.subtree(v);
            int from = own[0] > whole[0] ? whole[0] : own[1] + 1;
            int to = own[0] > whole[0] ? own[0] - 1 : whole[1];
            while (to > from && isPunct(tree.token(to))) to--;
            while (from < to && isPunct(tree.token(from))) from++;
            return from < to ? extendToQuotes(span(tree, from, to)) : null;
        }
        if (v + 1 < tree.end() && tree.token(v + 1).word().equalsIgnoreCase("that")) {
            // A mis-parsed "X claims that ...": the clause that follows.
            int to = lastContentToken(tree, tree.end() - 1);
            return to > v + 1 ? extendToQuotes(span(tree, v + 1, to)) : null;
        }
        return null;
    }

    /**
     * Where the statement noun a cue verb speaks of opens (its determiner), when that noun stands in apposition after a
     * comma: "..., an account the commission has dismissed as false", "..., a claim the group denies". Else -1.
     */
    private static int namedStatement(SentenceTree tree, int v) {
        // Back from the verb over its subject and auxiliaries ("the commission has") to the noun.
        for (int k = v - 1; k > tree.first() + 1 && v - k <= 8; k--) {
            Token t = tree.token(k);
            if (Cues.STATEMENT_NOUNS.contains(Cues.lemma(t)) && t.pos().startsWith("NN")) {
                int det = k - 1;
                while (det > tree.first() && tree.token(det).pos().startsWith("JJ")) det--;
                boolean apposed = tree.token(det).pos().equals("DT") && det > tree.first()
                        && tree.token(det - 1).pos().equals(",");
                return apposed ? det : -1;
            }
            if (!t.pos().matches("DT|NNP?S?|PRP|RB|MD|VB[DZP]?|JJ|POS|WDT|IN") || t.pos().equals("IN")
                    && !t.word().equalsIgnoreCase("that")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "X alleges that the seals were cut, an account the commission has dismissed as false": the commission speaks
     * of what comes before the comma, from after the last cue before it.
     */
    private Attribution ofNamedStatement(SentenceTree tree, int v, int noun, List<Attribution> context) {
        int[] source = sources.source(tree, v);
        if (source == null) return null;
        int end = noun - 2;
        int from = tree.first();
        for (int i = tree.first(); i < end; i++) {
            if (Cues.isCueVerb(tree.token(i))) from = i + 1;
        }
        if (from < end && tree.token(from).word().equalsIgnoreCase("that")) from++;
        if (end - from < 2) return null;
        Span said = span(tree, from, end);
        return attribution(tree, source, cueSpan(tree, v), said, stance(tree, v, said), Form.INDIRECT, context);
    }

    /** A content without the statement noun in apposition that closes it ("..., an account X denies"). */
    private Span beforeNamedStatement(SentenceTree tree, Span content) {
        for (int i = tree.first(); i < tree.end(); i++) {
            if (!content.contains(tree.token(i).span()) || !tree.token(i).pos().startsWith("VB")) continue;
            int noun = namedStatement(tree, i);
            if (noun < 0) continue;
            int comma = noun - 1;
            if (tree.token(comma).span().start() > content.start()) {
                return new Span(content.start(), tree.token(comma - 1).span().end());
            }
        }
        return content;
    }

    /**
     * "X refused to accept the declared result": a denial of what is refused, when what is refused is to accept,
     * recognise or acknowledge it; null for any other refusal ("refused to comment").
     */
    private Attribution refusal(SentenceTree tree, int v, List<Attribution> context) {
        int accept = tree.child(v, "xcomp");
        if (accept < 0 || !Cues.ACCEPTING.contains(Cues.lemma(tree.token(accept)))) return null;
        int what = tree.child(accept, "obj");
        if (what < 0) what = tree.child(accept, "ccomp");
        int[] source = sources.source(tree, v);
        if (what < 0 || source == null) return null;
        int[] range = tree.subtree(what);
        Span cue = new Span(tree.token(v).span().start(), tree.token(accept).span().end());
        return attribution(tree, source, cue, span(tree, range[0], lastContentToken(tree, range[1])), Stance.DENIES,
                Form.INDIRECT, context);
    }

    /**
     * "X calls the claim false", "X branded the reports propaganda": X denies what it calls so, the words between the
     * verb and the verdict.
     */
    private Attribution calling(SentenceTree tree, int v, int verdict, List<Attribution> context) {
        int[] source = sources.source(tree, v);
        if (source == null) return null;
        int end = verdict - 1;
        while (end > v + 1 && !tree.token(end).pos().matches("NN.*|PRP")) end--;
        return attribution(tree, source, cueSpan(tree, v), span(tree, v + 1, end), Stance.DENIES, Form.INDIRECT,
                context);
    }

    /** A clause that hangs on the cue from before it ("“...,” said X"), or -1. */
    static int leftClause(SentenceTree tree, int v) {
        for (int c : tree.children(v)) {
            String rel = tree.relation(c);
            if (c < v && (rel.equals("ccomp") || rel.equals("dep") || rel.startsWith("advcl") || rel.equals("parataxis")
                    || rel.equals("csubj")) && tree.subtree(c)[1] - tree.subtree(c)[0] >= 2) {
                return c;
            }
        }
        return -1;
    }

    /** The cue: the verb, with the auxiliaries right before it and a particle after ("has learned", "point out"). */
    private static Span cueSpan(SentenceTree tree, int v) {
        int from = v;
        int to = v;
        while (from - 1 >= tree.first() && tree.head(from - 1) == v
                && tree.relation(from - 1).startsWith("aux")) {
            from--;
        }
        int particle = tree.child(v, "compound:prt");
        if (particle == v + 1) to = particle;
        return new Span(tree.token(from).span().start(), tree.token(to).span().end());
    }

    private Stance stance(SentenceTree tree, int v, Span content) {
        Stance stance = Cues.stanceOfVerb(tree.token(v));
        if (stance != Stance.ASSERTS) return stance;
        for (int c : tree.children(v)) {
            String word = tree.token(c).word().toLowerCase(Locale.ROOT);
            // "X, however, has indicated ...": the claimant sets itself against what came before.
            // "She acknowledged, however, that ...": a concession grants what the other side says.
            if (tree.relation(c).equals("advmod") && CONTRAST.contains(word)
                    && !Cues.CONCEDING.contains(Cues.lemma(tree.token(v)))) {
                return Stance.DENIES;
            }
        }
        return hedge(content, stance);
    }

    /**
     * Asserted content with "reportedly", "allegedly" and the like in it is hedged; one that calls what was said
     * before false ("said that was untrue") denies it.
     */
    private Stance hedge(Span content, Stance stance) {
        if (stance != Stance.ASSERTS) return stance;
        List<Token> words = doc.tokensIn(content);
        if (Cues.callsFalse(words) || Cues.callsNamedFalse(words) || Cues.deniesEvidence(words)) {
            return Stance.DENIES;
        }
        for (Token t : doc.tokensIn(content)) {
            if (Cues.HEDGES.contains(t.word().toLowerCase(Locale.ROOT))
                    && !t.pos().equals("MD")) {
                return Stance.HEDGES;
            }
        }
        return stance;
    }

    private static boolean hasCase(SentenceTree tree, int n, String word) {
        for (int c : tree.children(n)) {
            if (tree.relation(c).equals("case") && tree.token(c).word().equalsIgnoreCase(word)) return true;
        }
        return false;
    }

    /** Conjunctions that join two main clauses: "X denied it, and Y said ...". */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "yet");

    /**
     * Where a content from {@code from} to {@code to} ends, before a clause of its own joined after it: a clause with
     * its own subject after a semicolon ("...; the commission calls the claim false"), or after a comma and a
     * conjunction when that clause has a cue verb of its own ("..., and the port authority said it was over": another
     * attribution) or when the content is a noun phrase, which a clause cannot continue ("rejects the outcome, and the
     * Front's petition asks ..."); or a circumstance the report sets beside it, a clause of its own after ", as"
     * ("denied that the vessel had been overloaded, as the number of confirmed dead rose to 41"). Otherwise
     * {@code to}: "said prices would rise, and wages would fall" may be one report.
     *
     * @param nominal whether what the cue reports is a noun phrase (an object) rather than a clause
     */
    static int beforeNextClause(SentenceTree tree, int from, int to, boolean nominal) {
        for (int k = from + 1; k < to; k++) {
            String w = tree.token(k).word();
            boolean semicolon = w.equals(";");
            boolean joined = w.equals(",") && CLAUSE_JOINERS.contains(tree.token(k + 1).word().toLowerCase(Locale.ROOT));
            // "..., as the number of confirmed dead rose to 41": the report's own circumstance, not what was said.
            if (k + 2 <= to && ShallowReading.circumstance(tree.documentTokens(), k)) {
                for (int h = k + 2; h <= to; h++) if (tree.token(h).pos().startsWith("VB")) return k - 1;
            }
            if (!semicolon && !joined) continue;
            // A verb after the break with a subject of its own, both after the break.
            for (int h = k + 1; h <= to; h++) {
                // The parser may hang the clause after a semicolon on the one before, the semicolon with it.
                if (!tree.token(h).pos().startsWith("VB") || !semicolon && tree.dominates(h, k)) continue;
                boolean subject = false;
                for (int c : tree.children(h)) {
                    String rel = tree.relation(c);
                    subject |= c > k && c < h && (rel.equals("nsubj") || rel.equals("nsubj:pass"));
                }
                if (!subject) continue;
                if (semicolon || nominal || Cues.isCueVerb(tree.token(h))) return k - 1;
                break;
            }
        }
        return to;
    }

    /** The last token of a range, before its final punctuation (a closing quotation mark stays). */
    private static int lastContentToken(SentenceTree tree, int last) {
        while (last > tree.first() && isPunct(tree.token(last)) && !Quotes.isQuoteMark(tree.token(last).word())) {
            last--;
        }
        return last;
    }

    static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0)) && !Quotes.isQuoteMark(t.word());
    }

    private static Span span(SentenceTree tree, int from, int to) {
        return new Span(tree.token(from).span().start(), tree.token(to).span().end());
    }

    /** A content reaching into a quotation takes all of it, across sentences. */
    private Span extendToQuotes(Span content) {
        int start = content.start();
        int end = content.end();
        for (Span q : quotes) {
            if (q.overlaps(content)) {
                start = Math.min(start, q.start());
                end = Math.max(end, q.end());
            }
        }
        return new Span(start, end);
    }

    private boolean inQuote(Span span) {
        return quotes.stream().anyMatch(q -> q.start() < span.start() && span.end() < q.end());
    }
}
