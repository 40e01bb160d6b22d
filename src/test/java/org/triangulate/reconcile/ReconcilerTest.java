package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Quantity;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.resolve.AliasList;

class ReconcilerTest {
    private static final Reconciler RECONCILER =
            new Reconciler(Embedder.shared(), AliasList.builtIn(), Reconciler.DEFAULT_THRESHOLD);

    /** One report: its text is the statements, one a line, each attributed to the claimant given before it. */
    private record Report(AnnotatedDocument doc, List<Attribution> attributions) {}

    private static Report report(String id, Object... claimantStanceStatement) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = 2; i < claimantStanceStatement.length; i += 3) {
            String s = (String) claimantStanceStatement[i];
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s).append('\n');
        }
        AnnotatedDocument doc = new AnnotatedDocument(Fixtures.article(id, text.toString(), null), List.of(), List.of(),
                List.of(), List.of(), quantities(text.toString()));
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < claimantStanceStatement.length; i += 3) {
            Claimant c = (Claimant) claimantStanceStatement[i];
            out.add(new Attribution(id, null, null, List.of(spans.get(i / 3)), (Stance) claimantStanceStatement[i + 1],
                    c, c.kind() == Claimant.Kind.OUTLET ? Attribution.Form.OUTLET : Attribution.Form.INDIRECT, false));
        }
        return new Report(doc, out);
    }

    /** Plain numbers of the text as quantities, "more than" and "at least" read as the annotator normalizes them. */
    private static List<Quantity> quantities(String text) {
        List<Quantity> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("(more than |at least )?(\\d[\\d,]*)").matcher(text);
        while (m.find()) {
            String n = m.group(2).replace(",", "");
            String op = m.group(1) == null ? "" : m.group(1).startsWith("more") ? ">" : ">=";
            out.add(new Quantity(new Span(m.start(), m.end()), m.group(), "NUMBER", op + n, 0));
        }
        return out;
    }

    private static List<Claim> reconcile(List<Entity> entities, Report... reports) {
        return RECONCILER.reconcile(java.util.Arrays.stream(reports).map(Report::doc).toList(), entities,
                java.util.Arrays.stream(reports).map(Report::attributions).toList());
    }

    private static Claimant person(String id, String name) {
        return new Claimant(id, name, Claimant.Kind.ENTITY);
    }

    private static Entity entity(String id, String name, String reference, List<String> roles) {
        return new Entity(id, name, EntityType.PERSON, List.of(new Entity.EntityMention("d0", new Span(0, 1), name)),
                List.of(), roles, reference, null);
    }

    private static final Claimant MINISTER = person("e1", "Ada Brenn");
    private static final Claimant UNION = new Claimant("g:union", "the union", Claimant.Kind.GROUP);
    private static final Claimant MAYOR = person("e2", "Tomas Berg");
    private static final List<Entity> PEOPLE = List.of(
            entity("e1", "Ada Brenn", null, List.of("Austrian harbour minister")),
            entity("e2", "Tomas Berg", null, List.of("mayor of Kestrelport")),
            entity("e3", "Austria", "country:AT", List.of()));

    @Test
    void paraphrasesByIndependentClaimantsCorroborate() {
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "the strike closed all four container terminals"),
                report("d2", MAYOR, Stance.ASSERTS, "all four container terminals were closed by the strike",
                        UNION, Stance.ASSERTS, "the union demanded a nine percent pay rise"));
        Claim strike = claims.get(0);
        assertThat(strike.evidence()).extracting(Attribution::doc).containsExactly("d1", "d2");
        assertThat(strike.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(strike.reasons().get(0)).startsWith("asserted by 2 independent claimants");
        assertThat(strike.parties()).extracting(p -> p.claimant().name()).containsExactly("Ada Brenn", "Tomas Berg");
        assertThat(strike.parties().get(0).affiliation().name()).as("a demonym in the title").isEqualTo("Austria");
        assertThat(claims.get(1).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        assertThat(claims.get(1).summary()).isEqualTo("the union demanded a nine percent pay rise");
    }

    @Test
    void aDenialContests() {
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "the strike closed all four container terminals"),
                report("d2", UNION, Stance.DENIES, "the strike closed all four container terminals, which is false"));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.CONTESTED);
        assertThat(claims.get(0).reasons()).containsExactly("denied by the union", "asserted by Ada Brenn (Austria)");
        assertThat(claims.get(0).parties()).extracting(Claim.Party::stance)
                .containsExactly(Stance.ASSERTS, Stance.DENIES);
    }

    @Test
    void outletsCarryingOneClaimantAreOneSource() {
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", UNION, Stance.ASSERTS, "the union demanded a nine percent pay rise"),
                report("d2", UNION, Stance.ASSERTS, "the union is asking for wages to go up by nine percent"));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        assertThat(claims.get(0).parties()).hasSize(1);
        assertThat(claims.get(0).parties().get(0).outlets()).containsExactly("d1", "d2");
        assertThat(claims.get(0).reasons().get(0)).contains("carried by 2 reports");
    }

    @Test
    void outletsSayingInTheirOwnVoiceWhatANamedClaimantSaysCarryIt() {
        Claimant courier = Claimant.outlet("The Courier");
        Claimant ledger = Claimant.outlet("The Ledger");
        List<Claim> carried = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "turnout in the regional election was 61.4 percent"),
                report("d2", courier, Stance.ASSERTS, "turnout in the regional election stood at 61.4 percent"),
                report("d3", ledger, Stance.ASSERTS, "turnout in the regional election was 61.4 percent"));
        assertThat(carried).hasSize(1);
        assertThat(carried.get(0).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        // With nobody named, the outlets are the claimants, and two of them corroborate.
        List<Claim> own = reconcile(PEOPLE,
                report("d2", courier, Stance.ASSERTS, "turnout in the regional election stood at 61.4 percent"),
                report("d3", ledger, Stance.ASSERTS, "turnout in the regional election was 61.4 percent"));
        assertThat(own.get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
    }

    @Test
    void compatibleCountsCorroborateAndIncompatibleOnesConflict() {
        List<Claim> compatible = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "more than 10,000 passengers were evacuated from the ship"),
                report("d2", MAYOR, Stance.ASSERTS, "11,000 passengers were evacuated from the ship"));
        assertThat(compatible).hasSize(1);
        assertThat(compatible.get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(compatible.get(0).values()).hasSize(2);

        List<Claim> clash = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "4,000 passengers were evacuated from the ship"),
                report("d2", MAYOR, Stance.ASSERTS, "11,000 passengers were evacuated from the ship"));
        assertThat(clash).hasSize(1);
        assertThat(clash.get(0).status()).isEqualTo(ClaimStatus.CONFLICTING);
        assertThat(clash.get(0).reasons().get(0)).contains("\"4,000\"").contains("\"11,000\"");
    }

    @Test
    void oneSpeakersTwoCountsInOneReportCountTwoThings() {
        List<Claim> one = reconcile(PEOPLE, report("d1",
                MINISTER, Stance.ASSERTS, "the ferry carried 236 passengers when it sank in the strait",
                MINISTER, Stance.ASSERTS, "the ferry carried 34 passengers from Brisund when it sank in the strait"));
        assertThat(one).hasSize(1);
        assertThat(one.get(0).status()).isNotEqualTo(ClaimStatus.CONFLICTING);
        List<Claim> two = reconcile(PEOPLE, report("d1",
                MINISTER, Stance.ASSERTS, "the ferry carried 236 passengers when it sank in the strait",
                UNION, Stance.ASSERTS, "the ferry carried 320 passengers when it sank in the strait"));
        assertThat(two).hasSize(1);
        assertThat(two.get(0).status()).as("two speakers in one report").isEqualTo(ClaimStatus.CONFLICTING);
    }

    @Test
    void figuresThatAgreeCorroborateWhereTheWordsDiffer() {
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "more than 2,000 people had to leave their homes in the valley"),
                report("d2", MAYOR, Stance.ASSERTS, "about 2,300 people were evacuated from villages along the river"));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(claims.get(0).reasons()).anyMatch(r -> r.startsWith("figures that agree: \"more than 2,000\""));
    }

    @Test
    void figuresThatAgreeAreListedOnceHoweverManySayThem() {
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "more than 2,000 people had to leave their homes in the valley",
                        MINISTER, Stance.ASSERTS, "more than 2,000 people had to leave their homes in the valley"),
                report("d2", MAYOR, Stance.ASSERTS, "about 2,300 people were evacuated from villages along the river"));
        String figures = claims.get(0).reasons().stream().filter(r -> r.startsWith("figures that agree: "))
                .findFirst().orElseThrow();
        assertThat(figures.substring("figures that agree: ".length()).split("; ")).doesNotHaveDuplicates();
    }

    @Test
    void aCountGivenInStatementsOfTwoPropositionsIsAPropositionToo() {
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", MINISTER, Stance.ASSERTS, "more than 10,000 sailors serve in the northern fleet"),
                report("d2", MAYOR, Stance.ASSERTS,
                        "at least 1,000 of the 11,000 sailors in the fleet drowned in the storm",
                        UNION, Stance.ASSERTS, "at least 1,000 sailors drowned when the storm hit the harbour",
                        UNION, Stance.ASSERTS, "the harbour storm drowned at least 1,000 people, rescuers said"));
        assertThat(claims).hasSize(3);
        assertThat(claims.get(0).summary()).startsWith("more than 10,000 sailors");
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        assertThat(claims.get(1).evidence()).hasSize(3);
        Claim count = claims.get(2);
        assertThat(count.evidence()).extracting(a -> a.content().get(0).start())
                .containsExactlyInAnyOrder(claims.get(0).evidence().get(0).content().get(0).start(),
                        claims.get(1).evidence().get(0).content().get(0).start(),
                        claims.get(1).evidence().get(1).content().get(0).start());
        assertThat(count.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(count.reasons()).anyMatch(r -> r.contains("\"more than 10,000\"") && r.contains("\"11,000\""));
    }

    @Test
    void oneContentFromTwoClaimantsIsOneStatementWithTwoSides() {
        Report both = report("d1", MINISTER, Stance.ASSERTS, "the strike closed all four container terminals");
        Attribution a = both.attributions().get(0);
        Attribution b = new Attribution(a.doc(), null, null, a.content(), Stance.ASSERTS, MAYOR, a.form(), false);
        List<Claim> claims = reconcile(PEOPLE, new Report(both.doc(), List.of(a, b)),
                report("d2", UNION, Stance.ASSERTS, "the union demanded a nine percent pay rise"));
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).evidence()).hasSize(2);
        assertThat(claims.get(0).parties()).extracting(p -> p.claimant().name())
                .containsExactly("Ada Brenn", "Tomas Berg");
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
    }

    @Test
    void aPersonWhoseTitleNamesAnOrganizationSpeaksForIt() {
        Entity authority = new Entity("e7", "Kestrelport Harbour Authority", EntityType.ORGANIZATION,
                List.of(new Entity.EntityMention("d0", new Span(0, 1), "KHA")), List.of(), List.of(), null, null);
        Entity director = entity("e8", "Mira Holm", null, List.of("KHA's chief executive"));
        Claimant holm = person("e8", "Mira Holm");
        Claimant kha = new Claimant("e7", "Kestrelport Harbour Authority", Claimant.Kind.ENTITY);
        List<Claim> claims = reconcile(List.of(authority, director),
                report("d1", holm, Stance.ASSERTS, "the strike closed all four container terminals"),
                report("d2", kha, Stance.ASSERTS, "all four container terminals were closed by the strike"));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).parties().get(0).affiliation().name()).isEqualTo("Kestrelport Harbour Authority");
        assertThat(claims.get(0).status()).as("one side, however many of its people speak")
                .isEqualTo(ClaimStatus.SINGLE_SOURCE);
    }

    @Test
    void aGroupSpeaksForTheBodyItsWordsNameOrHead() {
        Entity union = new Entity("e7", "Dockworkers' Union of Lusmere", EntityType.ORGANIZATION,
                List.of(new Entity.EntityMention("d0", new Span(0, 1), "Dockworkers' Union of Lusmere")));
        Entity shipping = new Entity("e9", "Meridane Shipping", EntityType.ORGANIZATION,
                List.of(new Entity.EntityMention("d0", new Span(2, 3), "Meridane Shipping")));
        Claimant officials = new Claimant("g:officials", "Union officials", Claimant.Kind.GROUP);
        Claimant members = new Claimant("g:members", "union's members", Claimant.Kind.GROUP);
        Claimant agents = new Claimant("g:agents", "shipping agents in the city", Claimant.Kind.GROUP);
        Claimant named = new Claimant("g:named", "observers from Meridane Shipping", Claimant.Kind.GROUP);
        List<Claim> claims = reconcile(List.of(union, shipping),
                report("d1", officials, Stance.ASSERTS, "the strike closed all four container terminals"),
                report("d2", members, Stance.ASSERTS, "all four container terminals were closed by the strike"),
                report("d3", agents, Stance.ASSERTS, "the ferry service resumed on Tuesday"),
                report("d4", named, Stance.ASSERTS, "the ferry service resumed on Tuesday morning"));
        Map<String, String> sides = new LinkedHashMap<>();
        claims.forEach(c -> c.parties().forEach(p -> sides.put(p.claimant().name(),
                p.affiliation() == null ? "-" : p.affiliation().name())));
        assertThat(sides).containsEntry("Union officials", "Dockworkers' Union of Lusmere")
                .containsEntry("union's members", "Dockworkers' Union of Lusmere")
                .as("a word of a business's name used as a modifier").containsEntry("shipping agents in the city", "-")
                .containsEntry("observers from Meridane Shipping", "Meridane Shipping");
        assertThat(claims.get(0).status()).as("one side, however many of its people speak")
                .isEqualTo(ClaimStatus.SINGLE_SOURCE);
    }

    @Test
    void contentIsReadAgainstAPlainAssertionNotARefusal() {
        Reconciler withStance = new Reconciler(Embedder.shared(), AliasList.builtIn(), Reconciler.DEFAULT_THRESHOLD,
                StanceClassifier::shared);
        Report refusal = report("d1", UNION, Stance.ASSERTS,
                "\"We do not accept these figures until every ballot has been counted in front of witnesses,\"");
        Report count = report("d2", MINISTER, Stance.ASSERTS,
                "The commission said 3,118 ballots had been ruled invalid");
        List<Claim> claims = withStance.reconcile(List.of(refusal.doc(), count.doc()), PEOPLE,
                List.of(refusal.attributions(), count.attributions()));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).parties()).as("the count agrees with itself, whatever the refusal says")
                .allMatch(p -> p.stance() == Stance.ASSERTS);
    }

    @Test
    void aStatementAboutWhatCameBeforeIsNotReadAgainstTheLead() {
        // A threshold that puts any two statements in one proposition, so that the second is read against the first.
        Reconciler withStance = new Reconciler(Embedder.shared(), AliasList.builtIn(), 0.01, StanceClassifier::shared);
        Report lawsuit = annotated(report("d1", UNION, Stance.ASSERTS,
                "PFA was preparing a group lawsuit against Orvane on behalf of the families"));
        Report squares = annotated(report("d2", Claimant.outlet("The Dispensary"), Stance.ASSERTS,
                "That squares with what the MDA and Orvane have said."));
        List<Claim> claims = withStance.reconcile(List.of(lawsuit.doc(), squares.doc()), PEOPLE,
                List.of(lawsuit.attributions(), squares.attributions()));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).parties()).as("the classifier would read the agreement as a denial of the lawsuit")
                .allMatch(p -> p.stance() == Stance.ASSERTS);
    }

    /** The report with its text tokenized, as the annotator gives it. */
    private static Report annotated(Report r) {
        return new Report(Fixtures.annotator().annotate(r.doc().article(), sentence -> false), r.attributions());
    }

    @Test
    void quotesRightAfterADenialBackIt() {
        Report union = quoting(report("d1",
                UNION, Stance.DENIES, "the dock strike is over and every terminal has reopened",
                UNION, Stance.ASSERTS, "We have signed nothing, and our members will not go back without a vote.",
                MINISTER, Stance.ASSERTS, "The harbour authority paid the fine on Friday.",
                UNION, Stance.ASSERTS, "Our lawyers are reading the harbour authority's letter this week."), 1, 2, 3);
        Report mayor = report("d2", MAYOR, Stance.ASSERTS, "the dock strike is over and every terminal has reopened");
        List<Claim> claims = reconcile(PEOPLE, union, mayor);
        Claim strike = claims.stream().filter(c -> c.evidence().stream().anyMatch(a -> a.doc().equals("d2")))
                .findFirst().orElseThrow();
        String text = union.doc().text();
        assertThat(strike.evidence()).as("the union's quote backs its denial")
                .anyMatch(a -> a.stance() == Stance.DENIES && a.content().get(0).start() == text.indexOf("We have"));
        assertThat(strike.evidence()).as("after the minister speaks, the union's quote is about something else")
                .noneMatch(a -> a.content().get(0).start() == text.indexOf("Our lawyers"));
        assertThat(strike.status()).isEqualTo(ClaimStatus.CONTESTED);
        assertThat(claims).as("the quote keeps its own proposition").anyMatch(c -> c != strike && c.evidence()
                .stream().anyMatch(a -> a.stance() == Stance.ASSERTS && a.content().get(0).start() == text.indexOf(
                        "We have")));
    }

    /** The report with the attributions at {@code which} made quotations. */
    @Test
    void aQuoteAfterADenialThatIsInItsPropositionAlreadyBacksTheDenialThere() {
        Report union = quoting(report("d1",
                UNION, Stance.DENIES, "the dock strike is over and every terminal has reopened",
                UNION, Stance.ASSERTS, "The dock strike goes on and every terminal is still shut."), 1);
        Report mayor = report("d2", MAYOR, Stance.ASSERTS, "the dock strike is over and every terminal has reopened");
        List<Claim> claims = reconcile(PEOPLE, union, mayor);
        Claim strike = claims.stream().filter(c -> c.evidence().stream().anyMatch(a -> a.doc().equals("d2")))
                .findFirst().orElseThrow();
        int quote = union.doc().text().indexOf("The dock strike goes on");
        assertThat(strike.evidence()).filteredOn(a -> a.content().get(0).start() == quote)
                .extracting(Attribution::stance).containsExactly(Stance.DENIES);
    }

    private static Report quoting(Report r, int... which) {
        List<Attribution> out = new ArrayList<>(r.attributions());
        for (int i : which) {
            Attribution a = out.get(i);
            out.set(i, new Attribution(a.doc(), a.source(), a.cue(), a.content(), a.stance(), a.claimant(),
                    Attribution.Form.QUOTE, a.inferred()));
        }
        return new Report(r.doc(), out);
    }

    @Test
    void anOutletOfNoKnownNameIsNamedByItsFile() {
        Claimant outlet = Claimant.outlet(null);
        List<Claim> claims = reconcile(PEOPLE,
                report("d1", outlet, Stance.ASSERTS, "the ferry service resumed on Tuesday"));
        assertThat(claims.get(0).parties().get(0).claimant().name()).isEqualTo("d1.txt");
        assertThat(claims.get(0).parties().get(0).claimant().kind()).isEqualTo(Claimant.Kind.OUTLET);
    }

    @Test
    void intervalsKnowWhatCanBothBeTrue() {
        Claim.Value moreThan = value(10000, Double.POSITIVE_INFINITY, true);
        Claim.Value exact = value(11000, 11000, false);
        Claim.Value atLeast = value(1000, Double.POSITIVE_INFINITY, false);
        Claim.Value ten = value(10000, 10000, false);
        assertThat(moreThan.compatible(exact)).isTrue();
        assertThat(atLeast.compatible(exact)).isTrue();
        assertThat(moreThan.compatible(ten)).as("more than 10,000 excludes 10,000").isFalse();
        assertThat(value(500, 500, false).compatible(atLeast)).isFalse();
    }

    /**
     * Eight things said about one invented event, each three ways in three reports: a batch of a story's size, where
     * every statement is about the same bridge and the raw cosine of two different ones is high. The pair model groups
     * each thing's three wordings and keeps the things apart.
     */
    private static final String[][] BRIDGE = {
            {"the Varnholt bridge will stay closed to all traffic until engineers finish their inspection",
                    "no traffic will cross the Varnholt bridge until the engineers' inspection is finished",
                    "engineers must finish inspecting the Varnholt bridge before traffic can cross it again"},
            {"a crack two metres long was found in the main steel girder under the eastern span",
                    "inspectors found a two-metre crack in the eastern span's main steel girder",
                    "the main girder of the eastern span has a crack about two metres long, inspectors said"},
            {"the ferry company will run extra crossings every hour while the bridge is shut",
                    "hourly extra ferry crossings will run for as long as the bridge stays shut",
                    "the ferry company is adding an extra crossing each hour during the closure"},
            {"the council had been warned about corrosion on the bridge in a report three years ago",
                    "a report three years ago warned the council that the bridge was corroding",
                    "three years ago the council received a report warning of corrosion on the bridge"},
            {"repairs to the girder are expected to cost around four million crowns",
                    "the girder repairs will cost roughly four million crowns",
                    "fixing the girder is likely to cost about four million crowns"},
            {"commuters face delays of up to an hour on the detour through Ellisford",
                    "the detour through Ellisford adds up to an hour to commuters' journeys",
                    "drivers taking the Ellisford detour are losing as much as an hour each way"},
            {"the transport minister has ordered checks on every steel bridge in the province",
                    "every steel bridge in the province is to be checked on the transport minister's orders",
                    "the minister for transport wants all the province's steel bridges inspected"},
            {"local shops on the western bank say their takings have halved since the closure",
                    "shopkeepers on the western bank report that takings fell by half after the bridge closed",
                    "since the closure, trade at shops on the west bank has dropped by half"}};

    /** Three reports of the bridge story, the n-th giving each thing's n-th wording. */
    private static Report[] bridgeReports() {
        Claimant[] who = {MINISTER, MAYOR, UNION};
        Report[] reports = new Report[3];
        for (int r = 0; r < 3; r++) {
            List<Object> args = new ArrayList<>();
            for (String[] thing : BRIDGE) {
                args.add(who[r]);
                args.add(Stance.ASSERTS);
                args.add(thing[r]);
            }
            reports[r] = report("d" + (r + 1), args.toArray());
        }
        return reports;
    }

    @Test
    void aStorysWorthOfStatementsGroupsEachThingsWordingsAndKeepsTheThingsApart() {
        Report[] reports = bridgeReports();
        assertThat(PairModel.applies(BRIDGE.length * 3)).isTrue();
        List<Claim> claims = reconcile(PEOPLE, reports);
        int together = 0;
        for (int t = 0; t < BRIDGE.length; t++) {
            int first = reports[0].doc().text().indexOf(BRIDGE[t][0]);
            Claim holding = claims.stream().filter(c -> c.evidence().stream()
                    .anyMatch(a -> a.doc().equals("d1") && a.content().get(0).start() == first)).findFirst()
                    .orElseThrow();
            // Every statement of that claim is a wording of this thing: its place in its report says which.
            for (Attribution a : holding.evidence()) {
                int r = Integer.parseInt(a.doc().substring(1)) - 1;
                assertThat(reports[r].doc().text().indexOf(BRIDGE[t][r])).as("%s in claim of thing %d", a, t)
                        .isEqualTo(a.content().get(0).start());
            }
            if (holding.evidence().size() == 3) together++;
        }
        assertThat(together).as("things whose three wordings are one claim").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aStatementThatSaysTwoThingsSupportsBoth() {
        Report[] three = bridgeReports();
        String both = "the Varnholt bridge stays closed to traffic until the engineers finish their inspection, and "
                + "the ferry company will run extra crossings every hour while it is shut";
        Report fourth = report("d4", new Claimant(null, "the harbour master", Claimant.Kind.GROUP), Stance.ASSERTS,
                both);
        List<Claim> claims = reconcile(PEOPLE, three[0], three[1], three[2], fourth);
        List<Claim> citing = claims.stream().filter(c -> c.evidence().stream().anyMatch(a -> a.doc().equals("d4")))
                .toList();
        assertThat(citing).hasSize(2);
        // One is the closure, the other the ferries: each also holds the first report's wording of its thing.
        String closure = BRIDGE[0][0];
        String ferries = BRIDGE[2][0];
        assertThat(citing).anyMatch(c -> cites(c, three[0], closure)).anyMatch(c -> cites(c, three[0], ferries));
        assertThat(citing).noneMatch(c -> cites(c, three[0], closure) && cites(c, three[0], ferries));
    }

    @Test
    void aPropositionOfOneStatementTakesInOnlyWhatIsVeryLikeIt() {
        // 0 and 1 make one proposition; 2 stands alone; 3 is 0.8 likely with 2 and with both of 0 and 1.
        double[][] p = {
            {1.0, 0.9, 0.1, 0.8},
            {0.9, 1.0, 0.1, 0.8},
            {0.1, 0.1, 1.0, 0.8},
            {0.8, 0.8, 0.8, 1.0}};
        List<List<Integer>> clusters = List.of(List.of(0, 1), List.of(2), List.of(3));
        assertThat(Reconciler.alsoIn(clusters, p, 0.75, 0.85))
                .containsExactly(List.of(0, 1, 3), List.of(2), List.of(3));
        assertThat(Reconciler.alsoIn(clusters, p, 0.75, 0.75)).as("one pair read as a mean")
                .containsExactly(List.of(0, 1, 3), List.of(2, 3), List.of(3, 0, 1, 2));
    }

    private static boolean cites(Claim c, Report r, String statement) {
        int at = r.doc().text().indexOf(statement);
        return c.evidence().stream().anyMatch(a -> a.doc().equals(r.doc().article().document().id())
                && a.content().get(0).start() == at);
    }

    private static Claim.Value value(double low, double high, boolean lowOpen) {
        return new Claim.Value("d1", new Span(0, 1), "x", "number", low, high, lowOpen, false);
    }

    @Test
    void aCountryTheListDoesNotKnowIsASideWhenTheReportsGiveItsDemonym() {
        Entity place = new Entity("e5", "Montrasse", EntityType.LOCATION,
                List.of(new Entity.EntityMention("d0", new Span(0, 1), "Montrasse"),
                        new Entity.EntityMention("d0", new Span(2, 3), "Montrassian")),
                List.of(new Entity.Merge("Montrassian", "Montrasse", Entity.Reason.DEMONYM, 0.8)), List.of(), null,
                null);
        Entity spokesman = entity("e6", "Lucien Fabreau", null, List.of("Montrasse's foreign ministry spokesman"));
        Claimant officials = new Claimant("g:officials", "Montrassian officials", Claimant.Kind.GROUP);
        List<Claim> claims = reconcile(List.of(place, spokesman),
                report("d1", person("e6", "Lucien Fabreau"), Stance.ASSERTS,
                        "the strike closed all four container terminals"),
                report("d2", officials, Stance.ASSERTS, "all four container terminals were closed by the strike"));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).parties()).extracting(p -> p.affiliation() == null ? "-" : p.affiliation().name())
                .containsExactly("Montrasse", "Montrasse");
        assertThat(claims.get(0).status()).as("one side, however many of its people speak")
                .isEqualTo(ClaimStatus.SINGLE_SOURCE);
        Claimant relatives = new Claimant("g:relatives", "Relatives in Montrasse", Claimant.Kind.GROUP);
        List<Claim> where = reconcile(List.of(place),
                report("d1", relatives, Stance.ASSERTS, "the compensation offered was an insult"));
        assertThat(where.get(0).parties().get(0).affiliation()).as("where they are, not whom they speak for")
                .isNull();
    }

    /** The report as the outlet named publishes it. */
    private static Report from(String outlet, Report r) {
        AnnotatedDocument d = r.doc();
        org.triangulate.model.SourceDocument source = d.article().document();
        org.triangulate.model.SourceDocument named = new org.triangulate.model.SourceDocument(source.id(),
                source.source(), source.format(), source.text(),
                new org.triangulate.model.Metadata(null, outlet, null, null, "en"));
        org.triangulate.model.Article article = new org.triangulate.model.Article(named, null, null,
                d.article().body(), List.of(), List.of());
        return new Report(new AnnotatedDocument(article, d.sentences(), d.tokens(), d.mentions(), d.times(),
                d.quantities()), r.attributions());
    }

    @Test
    void aDescriptionNamingTheReportItCameFromIsThatReportsSource() {
        Claimant survivor = new Claimant("g:survivor", "deckhand who survived the sinking", Claimant.Kind.GROUP);
        Claimant relayed = new Claimant("g:relayed", "deckhand who spoke to Saltline", Claimant.Kind.GROUP);
        List<Claim> claims = reconcile(List.of(),
                from("Saltline Wire", report("d1", survivor, Stance.ASSERTS,
                        "tickets on the island route were routinely sold on board for cash")),
                from("Loadline", report("d2", relayed, Stance.ASSERTS,
                        "tickets on the island route were sold on board for cash")));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).status()).as("one anonymous source, relayed").isEqualTo(ClaimStatus.SINGLE_SOURCE);
        List<Claim> other = reconcile(List.of(),
                from("Saltline Wire", report("d1", survivor, Stance.ASSERTS,
                        "tickets on the island route were routinely sold on board for cash")),
                from("Loadline", report("d2", new Claimant("g:other", "deckhand who spoke to the Ledger",
                        Claimant.Kind.GROUP), Stance.ASSERTS,
                        "tickets on the island route were sold on board for cash")));
        assertThat(other.get(0).status()).as("another outlet's deckhand").isEqualTo(ClaimStatus.CORROBORATED);
    }
}
