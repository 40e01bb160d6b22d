package org.triangulate.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.attribute.Attributor;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.resolve.AliasList;

/**
 * Turns the attributions of all reports into propositions with a status.
 *
 * <ol>
 *   <li><b>Propositions</b>: statements (each attribution's content) are one proposition when the pair model
 *       ({@link PairModel}: sentence vectors centered on the batch, and the overlap of the terms that set statements
 *       apart) finds them likely enough to be one, on average over their pairs ({@link #SAME_PROPOSITION}), save a
 *       statement less likely on average than {@link #LOOSE} to make one with the rest, which stands alone and is
 *       supported by the statements most like it ({@link #ALONE}); a statement that says two things supports both
 *       ({@link #ALSO}); in a batch of fewer than
 *       {@link PairModel#MIN_STATEMENTS}, when the cosine of every two of them reaches a threshold calibrated on
 *       labeled pairs ({@code triangulate bench propositions}). A statement that only points back ("The union denied
 *       that.") is read as the statement before it. A statement that denies by its content rather than a cue word is
 *       read by the FNC-1 stance classifier.</li>
 *   <li><b>Counts</b>: a count of one thing given in statements of different propositions ("more than 10,000
 *       soldiers were deployed", "1,000 of the 11,000 soldiers deployed were killed") is a proposition too, so one
 *       statement may support two.</li>
 *   <li><b>Parties</b>: each claimant once, with its side (a denial outweighs an assertion), the outlets that carried
 *       it and its affiliation: the country it speaks for, read from its entity (a country, a capital, a name or
 *       title holding a country or demonym). An outlet's own statement is the outlet as claimant.</li>
 *   <li><b>Values</b>: numbers, dates and durations as intervals ({@link Values}); counts of one thing, or durations
 *       of one thing, that cannot both be true make the proposition conflicting, and those that can both be true
 *       corroborate each other.</li>
 *   <li><b>Status</b>: contested when someone denies it; else conflicting when its values clash; else corroborated when
 *       two independent sides assert what its summary says (statements closer to it than {@link #SAME_ASSERTION}),
 *       or give agreeing counts (claimants who speak for one country count once; ten outlets carrying one claimant
 *       count once); else single-source. Each status comes with a confidence and its reasons.</li>
 * </ol>
 * Thread-safe if the embedder is.
 */
public final class Reconciler {
    /**
     * The default threshold of cosine similarity between any two statements of one proposition, in a batch too small
     * for the pair model, and between statements giving counts of one thing for them to make a count of their own:
     * the best F1 on the labeled pairs, as {@code triangulate bench propositions} prints it.
     */
    public static final double DEFAULT_THRESHOLD = 0.40;
    /**
     * The cosine above which two statements make the same assertion for corroboration: the lowest threshold with
     * precision of at least 0.95 on the bundled labeled pairs ({@code bench propositions}). Corroboration asks for
     * more than belonging to one proposition: two sides must say the same thing.
     */
    public static final double SAME_ASSERTION = 0.70;
    /**
     * How sure the stance classifier must be that a statement disagrees before it counts as a denial: more than of
     * all else together. Its disagree class is its weakest (on held-out FNC-1 bodies it found 50 of 176), and a
     * plurality of 0.40 against 0.35 for agree took "not one siren sounded" for a denial of "nobody heard a siren".
     */
    private static final double SURE_DISAGREE = 0.5;
    /**
     * The mean probability ({@link PairModel}) over the pairs of two groups of statements at which they make one
     * proposition. Chosen on the four invented stories of {@code examples/} (never on the seed), by the mean of
     * grouping F1, status accuracy and status balance: 0.661 for the former cosine grouping, 0.593 at 0.5, 0.619 at
     * 0.6, 0.650 at 0.65, 0.654 at 0.7, 0.665 at 0.75, 0.657 at 0.8. Lower thresholds group more and call more
     * propositions contested; 0.7 is the middle of the plateau from 0.65 to 0.8.
     */
    static final double SAME_PROPOSITION = 0.70;
    /**
     * The mean probability over a proposition's statements at which a statement of another proposition supports it
     * too. Chosen on the four invented stories, by the same mean as {@link #SAME_PROPOSITION}. Measured again with
     * the pair model of the attribution that reads "X said A, and said B" as two statements (mean over the four
     * stories): 0.696 at 0.7, 0.727 at 0.72, 0.762 at 0.75, 0.740 at 0.8, 0.704 at 0.85. With
     * {@code SAME_PROPOSITION} at 0.65: 0.762 at 0.75, 0.748 at 0.8; at 0.75: 0.714 at 0.8. (Earlier model: 0.653
     * without, 0.666 at 0.75, 0.673 at 0.8, 0.652 at 0.85.)
     */
    static final double ALSO = 0.75;
    /**
     * The mean probability over the rest of its proposition below which a statement leaves it, to stand as a
     * proposition of its own ({@link Propositions#tightened}) that the statements most like it support too
     * ({@link #ALONE}). Average linkage lets a statement into a proposition on the strength of the statements it came
     * with, and the pair model finds two statements of one story that share a rare name likely to be one ("the Tarn
     * plant was built in 1974", "the Tarn plant's director was sent on leave"): left in, such a statement takes the
     * proposition's status. Chosen with {@link #ALONE} on the ten invented stories, by the same mean as
     * {@link #SAME_PROPOSITION}: 0.630 without either. With {@code ALONE} at 0.85: 0.634 at 0.75, 0.639 at 0.8,
     * 0.640 at 0.85, 0.631 at 0.9. At 0.5 nothing leaves, since merging asks for a mean of 0.7.
     */
    static final double LOOSE = 0.85;
    /**
     * How likely a statement must be to make one proposition with the one statement of a proposition of one, for it
     * to support that proposition too. {@link #ALSO} is a mean over a proposition's statements; against one statement
     * it is a single pair's probability, a noisier reading. With {@link #LOOSE} at 0.8 (mean over the ten invented
     * stories): 0.635 at 0.75 (as {@code ALSO}), 0.639 at 0.8, 0.639 at 0.85, 0.633 at 0.9; with {@code LOOSE} at
     * 0.85: 0.639 at 0.8, 0.640 at 0.85. Going from none of the two to both at 0.85 took grouping F1 from 0.626 to
     * 0.643, status accuracy from 0.612 to 0.630, and status balance from 0.653 to 0.646.
     */
    static final double ALONE = 0.85;
    /**
     * How far apart, in characters, two passages of one speaker may be for the second to go on from the first: about
     * two sentences.
     */
    private static final int GOES_ON = 300;
    /** How far back, in characters, a statement that points back ("X denied that.") looks for what it is about. */
    private static final int POINT_BACK = 600;

    private final Embedder embedder;
    private final AliasList aliases;
    private final double threshold;
    private final java.util.function.Supplier<StanceClassifier> stance;
    private final PairModel pairs;

    /** A reconciler that reads denials from the cue words alone. */
    public Reconciler(Embedder embedder, AliasList aliases, double threshold) {
        this(embedder, aliases, threshold, null);
    }

    /**
     * @param stance gives the stance classifier that reads denials carried by the content ("the terminals are still
     *     shut" against "the strike is over"); null to read denials from the cue words alone
     */
    public Reconciler(Embedder embedder, AliasList aliases, double threshold,
            java.util.function.Supplier<StanceClassifier> stance) {
        this(embedder, aliases, threshold, stance, PairModel.bundled());
    }

    /**
     * @param threshold the cosine threshold of a small batch's propositions, and of counts
     * @param stance gives the stance classifier, or null (see above)
     * @param pairs tells how likely two statements are to make one proposition
     */
    public Reconciler(Embedder embedder, AliasList aliases, double threshold,
            java.util.function.Supplier<StanceClassifier> stance, PairModel pairs) {
        this.pairs = Objects.requireNonNull(pairs, "pairs");
        this.stance = stance;
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]");
        this.threshold = threshold;
    }

    /** One statement: an attribution with what reconciliation needs of it. */
    private record Statement(int order, AnnotatedDocument doc, Attribution attribution, String text, float[] vector,
            List<Values.Tagged> values, Claimant claimant, String key) {
        /** This statement read as a denial of its proposition. */
        Statement denying() {
            Attribution a = attribution;
            return new Statement(order, doc, new Attribution(a.doc(), a.source(), a.cue(), a.content(), Stance.DENIES,
                    a.claimant(), a.form(), a.inferred()), text, vector, values, claimant, key);
        }
    }

    public List<Claim> reconcile(List<AnnotatedDocument> documents, List<Entity> entities,
            List<List<Attribution>> attributions) {
        List<Statement> statements = statements(documents, attributions);
        Affiliations affiliations = new Affiliations(entities, aliases);
        List<List<Statement>> groups = backingQuotes(denialsInSubstance(group(statements), affiliations), statements);
        int propositions = groups.size();
        groups = new ArrayList<>(groups);
        groups.addAll(counts(groups, affiliations));
        List<Claim> claims = new ArrayList<>();
        Set<String> opposed = new java.util.HashSet<>();
        List<List<Claim.Party>> partiesOf = new ArrayList<>();
        for (List<Statement> g : groups) {
            List<Claim.Party> parties = parties(g, affiliations);
            partiesOf.add(parties);
            for (Claim.Party a : parties) {
                for (Claim.Party b : parties) {
                    if (a.stance() != Stance.DENIES && b.stance() == Stance.DENIES) {
                        opposed.add(side(a) + "|" + side(b));
                        opposed.add(side(b) + "|" + side(a));
                    }
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            List<Statement> g = groups.get(i);
            Set<String> figures = new LinkedHashSet<>();
            String agreeing = agreeingFigures(g, affiliations, figures);
            // A count is corroborated by its figures alone: its statements say other things besides.
            Set<String> same = i < propositions ? strictSides(g, affiliations) : Set.of();
            claims.add(claim("c" + (i + 1), g, partiesOf.get(i), opposed, same, figures, agreeing));
        }
        return claims;
    }

    /**
     * Each attribution's statement in the words the reconciler compares: its content, or, for a statement that only
     * points back ("The union denied that."), the content of the one it points at. In the order of the documents and
     * of each one's attributions; what {@code triangulate train propositions} learns from.
     */
    public static List<String> statementTexts(List<AnnotatedDocument> documents,
            List<List<Attribution>> attributions) {
        List<String> texts = new ArrayList<>();
        collect(documents, attributions, new ArrayList<>(), texts);
        return texts;
    }

    /** Adds each attribution's statement, without its vector, to {@code out} and its words to {@code texts}. */
    private static void collect(List<AnnotatedDocument> documents, List<List<Attribution>> attributions,
            List<Statement> out, List<String> texts) {
        if (documents.size() != attributions.size()) {
            throw new IllegalArgumentException("documents and attributions differ in number: " + documents.size()
                    + " and " + attributions.size());
        }
        for (int d = 0; d < documents.size(); d++) {
            AnnotatedDocument doc = documents.get(d);
            for (Attribution a : attributions.get(d)) {
                StringBuilder text = new StringBuilder();
                for (Span s : Attributor.about(doc, a)) text.append(s.of(doc.text())).append(' ');
                texts.add(text.toString().replaceAll("\\s+", " ").strip());
                out.add(new Statement(out.size(), doc, a, null, null, Values.of(doc, a.content()), claimant(doc, a),
                        null));
            }
        }
        pointBack(out, texts);
        relayed(out);
    }

    /**
     * A description that names the report it came from ("the deckhand who spoke to Saltline", "an official quoted by
     * the Ledger") is the person or group that report described first with the same noun ("a deckhand who survived the
     * sinking", in Saltline's report): ten outlets relaying one anonymous source are one claimant.
     */
    private static void relayed(List<Statement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s.claimant().kind() != Claimant.Kind.GROUP) continue;
            java.util.regex.Matcher m = RELAYED.matcher(s.claimant().name());
            if (!m.matches()) continue;
            String head = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT);
            String outlet = named(m.group(1) != null ? m.group(2) : m.group(4));
            Claimant found = null;
            for (Statement o : statements) {
                if (o.doc() == s.doc() || !Article.namesOutlet(outlet, o.doc().article().publisher())) continue;
                Claimant c = o.claimant();
                if (c.kind() != Claimant.Kind.GROUP || RELAYED.matcher(c.name()).matches()) continue;
                String[] words = c.name().toLowerCase(Locale.ROOT).split("\\s+");
                if (!words[0].equals(head) && !(words.length > 1 && words[1].equals(head))) continue;
                // The first the report described: "a deckhand who survived ..." before "the deckhand".
                found = c;
                break;
            }
            if (found != null) {
                statements.set(i, new Statement(s.order(), s.doc(), s.attribution(), s.text(), s.vector(), s.values(),
                        found, s.key()));
            }
        }
    }

    /** The name that opens some words: "the Ledger" of "the Ledger on Tuesday", its words in capitals. */
    private static String named(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split("\\s+")) {
            boolean article = out.length() == 0 && w.equalsIgnoreCase("the");
            if (!article && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) break;
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    /** A description naming an outlet: the noun (after an adjective, if any), then the outlet's name. */
    private static final java.util.regex.Pattern RELAYED = java.util.regex.Pattern.compile(
            "(?i)(?:\\S+ )?(\\S+) (?:who|that) (?:spoke|talked|told) (?:to |with )?(.+)"
                    + "|(?i)(?:\\S+ )?(\\S+) (?:quoted|cited|interviewed) by (.+)");

    private List<Statement> statements(List<AnnotatedDocument> documents, List<List<Attribution>> attributions) {
        List<Statement> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        collect(documents, attributions, out, texts);
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        List<Statement> full = new ArrayList<>(out.size());
        for (Statement s : out) {
            full.add(new Statement(s.order(), s.doc(), s.attribution(), texts.get(s.order()), vectors.get(s.order()),
                    s.values(), s.claimant(), key(s.claimant())));
        }
        return full;
    }

    /**
     * A statement that only points back at an earlier one ("The union flatly denied that.", "She said that was
     * untrue.") is about the latest statement before it, in the same report and within {@link #POINT_BACK} characters,
     * by another claimant: it takes that statement's words, so that it joins its proposition.
     */
    private static void pointBack(List<Statement> statements, List<String> texts) {
        boolean[] points = new boolean[statements.size()];
        for (int k = 0; k < statements.size(); k++) {
            Statement s = statements.get(k);
            points[k] = Attributor.pointsBack(s.doc(), s.attribution());
        }
        for (int k = 0; k < statements.size(); k++) {
            if (!points[k]) continue;
            Statement s = statements.get(k);
            int at = s.attribution().content().get(0).start();
            for (int j = k - 1; j >= 0; j--) {
                Statement before = statements.get(j);
                if (before.doc() != s.doc()) break;
                List<Span> said = before.attribution().content();
                if (!said.isEmpty() && at - said.get(said.size() - 1).end() > POINT_BACK) break;
                if (points[j] || key(before.claimant()).equals(key(s.claimant()))) continue;
                texts.set(k, texts.get(j));
                break;
            }
        }
    }

    /** The claimant of a statement; the outlet, by name, for its own voice. */
    private static Claimant claimant(AnnotatedDocument doc, Attribution a) {
        if (a.claimant().kind() != Claimant.Kind.OUTLET) return a.claimant();
        return new Claimant(null, outletName(doc), Claimant.Kind.OUTLET);
    }

    /** The outlet's name; when no one gave it, the host of its URL, else the file the report came from. */
    private static String outletName(AnnotatedDocument doc) {
        String outlet = doc.article().publisher();
        if (outlet != null) return outlet;
        String url = doc.article().document().metadata().url();
        if (url != null) {
            try {
                String host = java.net.URI.create(url).getHost();
                if (host != null) return host.replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the source
            }
        }
        String source = doc.article().document().source();
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    private static boolean isOutlet(String key) {
        return key.startsWith(Claimant.Kind.OUTLET + ":");
    }

    private static String key(Claimant c) {
        return c.id() != null ? c.id() : c.kind() + ":" + c.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Statements that deny a proposition by what they say rather than by a cue word: the stance classifier reads each
     * assertion of another side against the proposition's first assertion without a negation, and a sure "disagree"
     * ({@link #SURE_DISAGREE}) makes it a denial.
     */
    private List<List<Statement>> denialsInSubstance(List<List<Statement>> groups, Affiliations affiliations) {
        if (stance == null) return groups;
        List<StancePair> pairs = new ArrayList<>();
        List<Statement[]> asked = new ArrayList<>();
        List<Integer> askedIn = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            List<Statement> g = groups.get(k);
            // The lead is a plain assertion: against "We do not accept these numbers", the figures disagree.
            Statement lead = g.stream().filter(s -> s.attribution().stance() == Stance.ASSERTS)
                    .filter(s -> StanceCues.NEGATE.count(Terms.of(s.text())) == 0).findFirst().orElse(null);
            if (lead == null) continue;
            for (Statement s : g) {
                if (s == lead || s.attribution().stance() == Stance.DENIES) continue;
                // "That squares with what the agency said" is about what came before it, not about the lead.
                if (Attributor.opensWithAnaphor(s.doc(), s.attribution())) continue;
                if (sideOf(s, affiliations).equals(sideOf(lead, affiliations))) continue;
                pairs.add(new StancePair(lead.text(), s.text()));
                asked.add(new Statement[] {lead, s});
                askedIn.add(k);
            }
        }
        if (pairs.isEmpty()) return groups;
        List<StanceClassifier.Prediction> said = stance.get().classifyAll(pairs, embedder::embedAll);
        // A statement in two propositions may deny one and not the other: each group's denials are its own.
        List<Set<Statement>> denying = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            denying.add(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }
        boolean any = false;
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i).probability(StanceLabel.DISAGREE) >= SURE_DISAGREE) {
                denying.get(askedIn.get(i)).add(asked.get(i)[1]);
                any = true;
            }
        }
        if (!any) return groups;
        List<List<Statement>> out = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            Set<Statement> d = denying.get(k);
            out.add(groups.get(k).stream().map(s -> d.contains(s) ? s.denying() : s).toList());
        }
        return out;
    }

    /**
     * Quotes that back a denial: "Korvell rejected the suggestion that its glycerine was to blame. 'Every drum we
     * shipped was tested. We supplied glycerine, not poison,' a Korvell spokesman said." The quotes of the denier that
     * follow the denial in its report, each within {@link #GOES_ON} characters of the passage before it and before
     * anyone else speaks, deny what it denies: they join its proposition as denials (or count as denials there if they
     * are in it already), and stay in their own. A quote that denies something itself ends the run; so does another
     * speaker. The denier's reported speech in between ("He confirmed that Korvell had delivered the glycerine") is
     * passed over: it may grant a point.
     */
    private static List<List<Statement>> backingQuotes(List<List<Statement>> groups, List<Statement> statements) {
        Map<AnnotatedDocument, List<Statement>> byDoc = new java.util.IdentityHashMap<>();
        for (Statement s : statements) byDoc.computeIfAbsent(s.doc(), d -> new ArrayList<>()).add(s);
        for (List<Statement> l : byDoc.values()) {
            l.sort(java.util.Comparator.comparing((Statement s) -> s.attribution().extent()));
        }
        List<List<Statement>> out = new ArrayList<>(groups.size());
        for (List<Statement> g : groups) {
            Set<Integer> members = new java.util.HashSet<>();
            for (Statement s : g) members.add(s.order());
            List<Statement> with = new ArrayList<>(g);
            for (Statement denial : g) {
                if (denial.attribution().stance() != Stance.DENIES) continue;
                List<Statement> report = byDoc.get(denial.doc());
                int end = denial.attribution().extent().end();
                for (Statement next : report.subList(indexOf(report, denial) + 1, report.size())) {
                    Span at = next.attribution().extent();
                    if (at.start() < end) continue;
                    if (at.start() - end > GOES_ON || !next.key().equals(denial.key())
                            || next.attribution().stance() == Stance.DENIES) {
                        break;
                    }
                    end = at.end();
                    Attribution.Form form = next.attribution().form();
                    if (form != Attribution.Form.QUOTE && form != Attribution.Form.CONTINUED) continue;
                    if (members.add(next.order())) {
                        with.add(next.denying());
                    } else {
                        // Already in the proposition as an assertion of its own: it backs the denial all the same.
                        with.replaceAll(w -> w.order() == next.order() ? w.denying() : w);
                    }
                }
            }
            with.sort(java.util.Comparator.comparingInt(Statement::order));
            out.add(with);
        }
        return out;
    }

    private static int indexOf(List<Statement> statements, Statement s) {
        for (int i = 0; i < statements.size(); i++) if (statements.get(i).order() == s.order()) return i;
        throw new IllegalArgumentException("not among the statements: " + s.order());
    }

    /**
     * Counts of one thing made in statements of different propositions ("more than 10,000 soldiers were deployed",
     * "1,000 of the 11,000 soldiers deployed were killed"): a proposition of their own, the count, when two claimants
     * give it and the statements are as close as one proposition's ({@link #threshold}, complete linkage). One
     * statement may so support two propositions. Denials are left out: they deny a statement, not its figures.
     */
    private List<List<Statement>> counts(List<List<Statement>> groups, Affiliations affiliations) {
        Map<Statement, Integer> groupOf = new java.util.IdentityHashMap<>();
        List<Statement> counted = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Statement s : groups.get(g)) {
                groupOf.put(s, g);
                boolean counts = s.values().stream().anyMatch(Values::isCount);
                if (counts && s.attribution().stance() != Stance.DENIES) counted.add(s);
            }
        }
        double[][] sim = similarities(counted, (a, b) -> a.values().stream()
                .anyMatch(t -> b.values().stream().anyMatch(u -> Values.sameThing(t, u))));
        List<List<Statement>> out = new ArrayList<>();
        for (List<Integer> c : Propositions.cluster(sim, threshold, Propositions.Linkage.COMPLETE)) {
            List<Statement> count = c.stream().map(counted::get).toList();
            long across = count.stream().map(groupOf::get).distinct().count();
            long claimants = count.stream().map(st -> sideOf(st, affiliations)).distinct().count();
            if (across >= 2 && claimants >= 2) out.add(count);
        }
        return out;
    }

    /**
     * Average-linkage clustering ({@link Propositions}) of the pair model's probabilities ({@link PairModel}):
     * groups merge while the mean probability over their pairs reaches {@link #SAME_PROPOSITION}. In a batch too
     * small for the model ({@link PairModel#applies}), complete linkage of the cosines at the threshold calibrated on
     * labeled pairs: statements are one proposition when every two of them are that close. Statements of one report
     * join like any others: a report often says its lead again further down. Groups in order of first appearance.
     */
    private List<List<Statement>> group(List<Statement> statements) {
        // One content said by two claimants ("according to both X and Y") is grouped once, and both go with it.
        Map<String, List<Statement>> byContent = new LinkedHashMap<>();
        for (Statement s : statements) {
            byContent.computeIfAbsent(s.doc().id() + s.attribution().content(), k -> new ArrayList<>()).add(s);
        }
        List<List<Statement>> same = new ArrayList<>(byContent.values());
        List<Statement> distinct = same.stream().map(l -> l.get(0)).toList();
        List<List<Statement>> out = new ArrayList<>();
        List<List<Integer>> clusters;
        if (PairModel.applies(distinct.size())) {
            PairModel.Signals signals = PairModel.signals(distinct.stream().map(Statement::vector).toList(),
                    distinct.stream().map(Statement::text).toList());
            double[][] p = pairs.probabilities(signals);
            List<List<Integer>> merged = Propositions.cluster(p, SAME_PROPOSITION, Propositions.Linkage.AVERAGE);
            clusters = alsoIn(Propositions.tightened(merged, p, LOOSE), p, ALSO, ALONE);
        } else {
            clusters = Propositions.cluster(similarities(distinct, (a, b) -> true), threshold,
                    Propositions.Linkage.COMPLETE);
        }
        for (List<Integer> c : clusters) {
            List<Statement> group = new ArrayList<>();
            for (int i : c) group.addAll(same.get(i));
            group.sort(java.util.Comparator.comparingInt(Statement::order));
            out.add(group);
        }
        return out;
    }

    /**
     * The clusters, each with the statements of other clusters that are, on average, at least {@code also} likely to
     * make one proposition with its members ({@code alone} likely, for a cluster of one): a statement that says two
     * things ("the strike is over and the backlog will be cleared in ten days") supports both propositions, and stays
     * in the one average linkage put it in.
     */
    static List<List<Integer>> alsoIn(List<List<Integer>> clusters, double[][] p, double also, double alone) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<Integer> with = new ArrayList<>(c);
            for (int i = 0; i < p.length; i++) {
                if (c.contains(i)) continue;
                double sum = 0;
                for (int j : c) sum += p[i][j];
                if (sum / c.size() >= (c.size() == 1 ? alone : also)) with.add(i);
            }
            out.add(with);
        }
        return out;
    }

    /** The cosines of every two statements that {@code comparable} lets be compared; -1 for the others. */
    private static double[][] similarities(List<Statement> statements,
            java.util.function.BiPredicate<Statement, Statement> comparable) {
        int n = statements.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                sim[i][j] = sim[j][i] = comparable.test(a, b) ? Embedder.cosine(a.vector(), b.vector()) : -1;
            }
        }
        return sim;
    }

    /** Each claimant once: its side (denial first, then assertion, then hedge), outlets and affiliation. */
    private static List<Claim.Party> parties(List<Statement> group, Affiliations affiliations) {
        Map<String, List<Statement>> byClaimant = new LinkedHashMap<>();
        for (Statement s : group) byClaimant.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        List<Claim.Party> out = new ArrayList<>();
        for (List<Statement> said : byClaimant.values()) {
            Stance stance = Stance.HEDGES;
            Set<String> outlets = new LinkedHashSet<>();
            for (Statement s : said) {
                Stance st = s.attribution().stance();
                if (st == Stance.DENIES || st == Stance.ASSERTS && stance == Stance.HEDGES) stance = st;
                outlets.add(s.doc().id());
            }
            Claimant c = said.get(0).claimant();
            out.add(new Claim.Party(c, affiliations.of(c), stance, List.copyOf(outlets), said.get(0).doc().id()));
        }
        return out;
    }

    /** The side a party stands for: its affiliation, else itself. */
    private static String side(Claim.Party p) {
        Claimant c = p.affiliation() != null ? p.affiliation() : p.claimant();
        return key(c);
    }

    /**
     * The sides that assert what the proposition's summary (its {@link #medoid}) says: each side with an assertion at
     * least {@link #SAME_ASSERTION} close to the summary. A proposition is what its summary says, so two sides agreeing
     * on something else in the group do not corroborate it.
     */
    private Set<String> strictSides(List<Statement> group, Affiliations affiliations) {
        Statement core = medoid(group);
        Set<String> out = new LinkedHashSet<>();
        for (Statement s : group) {
            if (s.attribution().stance() == Stance.DENIES) continue;
            if (s == core || Embedder.cosine(s.vector(), core.vector()) >= SAME_ASSERTION) {
                out.add(sideOf(s, affiliations));
            }
        }
        return out;
    }

    private static String sideOf(Statement s, Affiliations affiliations) {
        Claimant aff = affiliations.of(s.claimant());
        return key(aff != null ? aff : s.claimant());
    }

    private static Claim claim(String id, List<Statement> group, List<Claim.Party> parties, Set<String> opposed,
            Set<String> strictSides, Set<String> figureSides, String agreeing) {
        List<Attribution> evidence = group.stream().map(Statement::attribution).toList();
        String summary = medoid(group).text();
        List<Claim.Value> values = new ArrayList<>();
        group.forEach(s -> s.values().forEach(v -> values.add(v.value())));
        List<String> reasons = new ArrayList<>();
        List<Claim.Party> deniers = parties.stream().filter(p -> p.stance() == Stance.DENIES).toList();
        List<Claim.Party> asserters = parties.stream().filter(p -> p.stance() != Stance.DENIES).toList();
        Set<String> sides = new LinkedHashSet<>();
        sides.addAll(strictSides);
        boolean byFigures = sides.size() < 2 && figureSides.size() >= 2;
        if (byFigures) sides.addAll(figureSides);
        // Outlets that say in their own voice what a named claimant says carry it; they are no second source.
        if (sides.stream().anyMatch(k -> !isOutlet(k))) sides.removeIf(Reconciler::isOutlet);
        String clash = clash(group);
        ClaimStatus status;
        double confidence;
        if (!deniers.isEmpty()) {
            status = ClaimStatus.CONTESTED;
            reasons.add("denied by " + names(deniers));
            if (!asserters.isEmpty()) reasons.add("asserted by " + names(asserters));
            confidence = Math.min(0.95, 0.6 + 0.1 * Math.min(3, deniers.size()) + 0.05 * Math.min(3, asserters.size()));
        } else if (clash != null) {
            status = ClaimStatus.CONFLICTING;
            reasons.add("values that cannot both be true: " + clash);
            confidence = 0.7;
        } else if (sides.size() >= 2) {
            status = ClaimStatus.CORROBORATED;
            List<Claim.Party> saying = asserters.stream().filter(p -> sides.contains(side(p))).toList();
            List<Claim.Party> others = asserters.stream().filter(p -> !sides.contains(side(p))).toList();
            reasons.add("asserted by " + sides.size() + " independent claimants: " + names(saying));
            if (byFigures) reasons.add("figures that agree: " + agreeing);
            if (!others.isEmpty()) reasons.add("also in it, saying something else: " + names(others));
            boolean across = false;
            for (String a : sides) {
                for (String b : sides) across |= opposed.contains(a + "|" + b);
            }
            if (across) reasons.add("corroborated across opposing sides");
            boolean hedged = asserters.stream().allMatch(p -> p.stance() == Stance.HEDGES);
            confidence = Math.min(0.95, 0.55 + 0.1 * sides.size() + (across ? 0.1 : 0) - (hedged ? 0.15 : 0));
        } else {
            status = ClaimStatus.SINGLE_SOURCE;
            // The claimant of the summary, carried by however many reports; any others in it say something else.
            Claimant core = medoid(group).claimant();
            Claim.Party only = parties.stream().filter(p -> key(p.claimant()).equals(key(core))).findFirst()
                    .orElse(parties.get(0));
            int outlets = only.outlets().size();
            reasons.add("one claimant: " + names(List.of(only))
                    + (outlets > 1 ? ", carried by " + outlets + " reports" : ""));
            List<Claim.Party> others = parties.stream().filter(p -> p != only).toList();
            if (!others.isEmpty()) reasons.add("also in it, saying something else: " + names(others));
            confidence = only.stance() == Stance.HEDGES ? 0.6 : 0.8;
        }
        return new Claim(id, summary, status, confidence, reasons, evidence, parties, values);
    }

    /** The assertion closest to all the others: the proposition in the words most of its statements share. */
    private static Statement medoid(List<Statement> group) {
        List<Statement> asserting = group.stream().filter(s -> s.attribution().stance() != Stance.DENIES).toList();
        List<Statement> pool = asserting.isEmpty() ? group : asserting;
        Statement best = pool.get(0);
        double bestSum = Double.NEGATIVE_INFINITY;
        for (Statement s : pool) {
            double sum = 0;
            for (Statement o : group) sum += Embedder.cosine(s.vector(), o.vector());
            if (sum > bestSum) {
                bestSum = sum;
                best = s;
            }
        }
        return best;
    }

    private static String names(List<Claim.Party> parties) {
        List<String> out = new ArrayList<>();
        for (Claim.Party p : parties) {
            String name = p.claimant().name().isBlank() ? "the outlet" : p.claimant().name();
            out.add(p.affiliation() != null && !p.affiliation().name().equals(name)
                    ? name + " (" + p.affiliation().name() + ")" : name);
        }
        return String.join(", ", out);
    }

    /**
     * Counts of one thing that can both be true, from two sides ("more than 2,000 people" and "about 2,300 people"):
     * compatible values corroborate each other. Adds the sides to {@code sides}; returns the figures, or null.
     */
    private static String agreeingFigures(List<Statement> group, Affiliations affiliations, Set<String> sides) {
        // One figure said twice in a report (by two claimants, or again further down) is shown once.
        Set<String> said = new LinkedHashSet<>();
        for (Statement s : group) {
            if (s.attribution().stance() == Stance.DENIES) continue;
            for (Statement o : group) {
                if (o.order() <= s.order() || o.attribution().stance() == Stance.DENIES) continue;
                String a = sideOf(s, affiliations);
                String b = sideOf(o, affiliations);
                if (a.equals(b)) continue;
                for (Values.Tagged t : s.values()) {
                    for (Values.Tagged u : o.values()) {
                        if (!Values.sameThing(t, u) || !t.value().compatible(u.value())) continue;
                        sides.add(a);
                        sides.add(b);
                        said.add(pair(t.value(), u.value()));
                    }
                }
            }
        }
        return said.isEmpty() ? null : String.join("; ", said);
    }

    /**
     * Two counts of one thing from different statements that cannot both be true; null if none. Dates are shown but
     * not compared: two dates in one proposition are as often two events (a walkout, a vote) as one event misdated.
     */
    private static String clash(List<Statement> group) {
        for (Statement s : group) {
            for (Values.Tagged t : s.values()) {
                for (Statement o : group) {
                    // One speaker giving two counts of a noun in one report counts two things ("six of the 34").
                    if (o == s || o.order() > s.order() || o.doc() == s.doc() && o.key().equals(s.key())) continue;
                    for (Values.Tagged u : o.values()) {
                        if (Values.sameThing(t, u) && Values.mayCountOneThing(t, u)
                                && !u.value().compatible(t.value())) {
                            return pair(u.value(), t.value());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Two values as a reason shows them: "\"more than 2,000\" (d1) and \"2,300\" (d2)". */
    private static String pair(Claim.Value a, Claim.Value b) {
        return "\"" + a.text() + "\" (" + a.doc() + ") and \"" + b.text() + "\" (" + b.doc() + ")";
    }
}
