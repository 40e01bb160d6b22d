package org.triangulate.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Attribution.Form;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.resolve.EntityResolver;

/** Attribution on invented reports, through the real annotator and parser. */
@Tag("corenlp")
class AttributorTest {
    private record Result(String text, AnnotatedDocument doc, List<Attribution> attributions) {
        /** The attribution whose content holds {@code words}. */
        Attribution about(String words) {
            int at = text.indexOf(words);
            assertThat(at).as("test text holds %s", words).isGreaterThanOrEqualTo(0);
            Span wanted = new Span(at, at + words.length());
            return attributions.stream().filter(a -> a.content().stream().anyMatch(c -> c.contains(wanted)))
                    .findFirst().orElseThrow(() -> new AssertionError("no attribution holds: " + words
                            + "\n" + attributions));
        }

        String of(Span s) {
            return s == null ? null : s.of(text);
        }
    }

    /** The attributions of the second of two reports, whose entities are resolved across both. */
    private static Result attributeSecond(String first, String second) {
        AnnotatedDocument one = Fixtures.annotator().annotate(Fixtures.article("d1", first, null),
                Attributor::mayReportSpeech);
        AnnotatedDocument two = Fixtures.annotator().annotate(Fixtures.article("d2", second, null),
                Attributor::mayReportSpeech);
        List<Entity> entities = new EntityResolver().resolve(List.of(one, two));
        return new Result(second, two, new Attributor().attribute(two, entities));
    }

    private static Result attribute(String text) {
        AnnotatedDocument doc = Fixtures.annotator().annotate(Fixtures.article("d1", text, null),
                Attributor::mayReportSpeech);
        List<Entity> entities = new EntityResolver().resolve(List.of(doc));
        List<Attribution> found = new Attributor().attribute(doc, entities);
        for (Attribution a : found) {
            for (Span c : a.content()) assertThat(c.end()).isLessThanOrEqualTo(text.length());
        }
        return new Result(text, doc, found);
    }

    @Test
    void readsIndirectSpeechWithSourceCueAndContent() {
        Result r = attribute("Harbour master Anna Lindqvist said that the pier would reopen in June.\n");
        Attribution a = r.about("the pier would reopen");
        assertThat(r.of(a.source())).isEqualTo("Harbour master Anna Lindqvist");
        assertThat(r.of(a.cue())).isEqualTo("said");
        assertThat(r.of(a.content().get(0))).isEqualTo("that the pier would reopen in June");
        assertThat(a.claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(a.claimant().kind()).isEqualTo(Claimant.Kind.ENTITY);
        assertThat(a.stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aClauseJoinedAfterTheContentWithItsOwnSubjectIsNotWhatTheCueReports() {
        Result r = attribute("The minister denied the report, and shares in the ferry company fell by 4 per cent.\n"
                + "The union said the strike would go on, and the port authority said it was over.\n"
                + "The council says the pier is safe; the engineers call the claim premature.\n"
                + "The mayor, who took office in May, told reporters that the tunnel would open in June, and the "
                + "contractor said it would not.\n"
                + "The harbour master said fares would rise, and crossings would be fewer.\n");
        // A noun phrase cannot go on as a clause: the rest is the outlet's.
        Attribution denial = r.about("the report");
        assertThat(r.of(denial.content().get(0))).isEqualTo("the report");
        assertThat(denial.stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("shares in the ferry company fell").claimant().kind()).isEqualTo(Claimant.Kind.OUTLET);
        // A second verb of saying is a second attribution, read by shallow reading and by the parser alike.
        assertThat(r.of(r.about("the strike would go on").content().get(0))).isEqualTo("the strike would go on");
        assertThat(r.about("it was over").claimant().name()).isEqualTo("port authority");
        assertThat(r.of(r.about("the tunnel would open").content().get(0)))
                .isEqualTo("that the tunnel would open in June");
        assertThat(r.about("it would not").claimant().name()).isEqualTo("contractor");
        // A semicolon ends what the first speaker says.
        assertThat(r.of(r.about("the pier is safe").content().get(0))).isEqualTo("the pier is safe");
        // Without a verb of saying, a clause after a clause may still be what was said: it stays.
        assertThat(r.of(r.about("fares would rise").content().get(0)))
                .isEqualTo("fares would rise, and crossings would be fewer");
    }

    @Test
    void aTitleNamesItsHolderAndACapitalSpeaksForItsCountry() {
        Result r = attribute("Harbour minister Ada Brenn visited the pier on Monday.\n"
                + "The harbour minister said that the pier would reopen in June.\n"
                + "Austria sent engineers. Vienna said that the engineers would stay a month.\n"
                + "Austria's government said that it would pay for the repairs.\n");
        assertThat(r.about("the pier would reopen").claimant().name()).isEqualTo("Ada Brenn");
        assertThat(r.about("the engineers would stay").claimant().name()).isEqualTo("Austria");
        assertThat(r.about("it would pay").claimant().name()).isEqualTo("Austria");
    }

    @Test
    void readsQuotesInEveryStyleWithTheCueBeforeOrAfter() {
        Result r = attribute("“The pier is safe,” said Anna Lindqvist.\n"
                + "The mayor, Tomas Berg, replied: «We will inspect it ourselves.»\n"
                + "\"Nobody was hurt,\" the coastguard said.\n");
        assertThat(r.about("The pier is safe").claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(r.about("We will inspect it").claimant().name()).isEqualTo("Tomas Berg");
        assertThat(r.about("Nobody was hurt").claimant().name()).isEqualTo("coastguard");
        assertThat(r.about("Nobody was hurt").form()).isEqualTo(Form.QUOTE);
    }

    @Test
    void aQuoteOverSeveralSentencesIsOneContent() {
        Result r = attribute("“The storm broke the outer wall. Two boats sank. Nobody could have stopped it,” "
                + "Anna Lindqvist said.\n");
        Attribution a = r.about("Two boats sank");
        assertThat(a.claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(r.of(a.content().get(0))).startsWith("“The storm").endsWith("stopped it,”");
    }

    @Test
    void readsAccordingToBeforeOrAfter() {
        Result r = attribute("According to the coastguard, two boats sank.\n"
                + "The wall cracked in three places, according to harbour engineers.\n");
        assertThat(r.about("two boats sank").form()).isEqualTo(Form.ACCORDING_TO);
        assertThat(r.about("two boats sank").claimant().name()).isEqualTo("coastguard");
        Attribution engineers = r.about("The wall cracked");
        assertThat(engineers.claimant().name()).isEqualTo("harbour engineers");
        assertThat(engineers.claimant().kind()).isEqualTo(Claimant.Kind.GROUP);
        assertThat(r.of(engineers.cue())).isEqualTo("according to");
    }

    @Test
    void keepsGroupsAsNamedGroupsWithTheirOwnIds() {
        Result r = attribute("Western diplomats said the talks had stalled.\n");
        Claimant c = r.about("the talks had stalled").claimant();
        assertThat(c.kind()).isEqualTo(Claimant.Kind.GROUP);
        assertThat(c.name()).isEqualTo("Western diplomats");
        assertThat(c.id()).isEqualTo("g:western-diplomats");
    }

    @Test
    void carriesAPronounToTheLatestFittingClaimant() {
        Result r = attribute("Anna Lindqvist said the pier would reopen in June.\n"
                + "She also warned that repairs would cost more than planned.\n");
        Attribution a = r.about("repairs would cost more");
        assertThat(a.claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(a.inferred()).isTrue();
        assertThat(r.of(a.source())).isEqualTo("She");
    }

    @Test
    void aFirstPersonParagraphAfterAnAttributionIsThatSpeakersQuote() {
        Result r = attribute("Harbour master Anna Lindqvist spoke to reporters on the quay.\n"
                + "Lindqvist said the inspection had found no damage.\n"
                + "We have checked every pile. I would like to thank the divers who worked through the night.\n"
                + "The pier reopens on Friday.\n");
        Attribution quote = r.about("We have checked every pile");
        assertThat(quote.form()).isEqualTo(Form.CONTINUED);
        assertThat(quote.inferred()).isTrue();
        assertThat(quote.claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(r.about("The pier reopens").form()).isEqualTo(Form.OUTLET);
    }

    @Test
    void readsDenialsHedgesAndContrast() {
        Result r = attribute("The ferry company denied that its captain had been drinking.\n"
                + "The captain had reportedly ignored two warnings.\n"
                + "The union, however, has indicated that the crew is still on strike.\n"
                + "The harbour master, however, acknowledged that two cranes were idle.\n");
        assertThat(r.about("its captain had been drinking").stance()).isEqualTo(Stance.DENIES);
        Attribution hedged = r.about("ignored two warnings");
        assertThat(hedged.stance()).isEqualTo(Stance.HEDGES);
        assertThat(hedged.form()).isEqualTo(Form.OUTLET);
        assertThat(r.about("the crew is still on strike").stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("two cranes were idle").stance()).as("a concession grants the point")
                .isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aDenialOfWhatWasSaidBeforePointsBackAtIt() {
        Result r = attribute("The ferry company said on Friday that all crossings had resumed.\n"
                + "The crew's union flatly denied that.\n"
                + "The harbour master said that was untrue.\n"
                + "A spokesman said it was wrong to strike during the holidays.\n");
        Attribution flat = r.attributions().stream().filter(a -> "flatly denied".equals(r.of(a.cue())))
                .findFirst().orElseThrow(() -> new AssertionError(r.attributions()));
        assertThat(flat.stance()).isEqualTo(Stance.DENIES);
        assertThat(flat.claimant().name()).containsIgnoringCase("union");
        assertThat(r.of(flat.content().get(0))).isEqualTo("that");
        Attribution untrue = r.about("was untrue");
        assertThat(untrue.stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("all crossings had resumed").stance()).isEqualTo(Stance.ASSERTS);
        // A verdict on an act, not on a statement.
        assertThat(r.about("wrong to strike").stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aDenialOfAnAnnouncedResultPointsBackAtTheAnnouncement() {
        String text = "Mara Quell was declared the winner of Sunday's election by 1,243 votes.\n"
                + "Her rival Tomas Berg disputed the result.\n"
                + "Later Tomas Berg refused to accept the declared result.\n"
                + "His party disputed the result of the vote in Greywater in court.\n";
        Result r = attribute(text);
        Map<String, Boolean> back = new LinkedHashMap<>();
        for (Attribution a : r.attributions()) {
            if (a.stance() == Stance.DENIES) back.put(r.of(a.content().get(0)), Attributor.pointsBack(r.doc(), a));
        }
        assertThat(back).containsEntry("the result", true).containsEntry("the declared result", true)
                .as("a result named by what follows is its own content")
                .containsEntry("the result of the vote in Greywater in court", false);
    }

    @Test
    void callingAClaimFalseDeniesWhatTheClaimNames() {
        String text = "Dock union says 14 cranes were sabotaged; port authority calls the claim false\n"
                + "The port authority rejected the allegation that any crane had been damaged.\n"
                + "Its director, Lena Vos, said: \"The suggestion that cables were cut is simply false.\"\n"
                + "The shipping line branded the reports propaganda.\n"
                + "The mayor said the claim that the port will close is correct.\n";
        Result r = attribute(text);
        assertThat(r.of(r.about("14 cranes were sabotaged").content().get(0))).isEqualTo("14 cranes were sabotaged");
        Attribution called = r.about("the claim");
        assertThat(called.stance()).isEqualTo(Stance.DENIES);
        assertThat(called.claimant().name()).containsIgnoringCase("authority");
        assertThat(Attributor.pointsBack(r.doc(), called)).isTrue();
        Attribution rejected = r.about("any crane had been damaged");
        assertThat(rejected.stance()).isEqualTo(Stance.DENIES);
        assertThat(Attributor.pointsBack(r.doc(), rejected)).as("the allegation names its content").isFalse();
        assertThat(Attributor.about(r.doc(), rejected)).extracting(r::of).containsExactly("any crane had been damaged");
        Attribution suggestion = r.about("cables were cut");
        assertThat(suggestion.stance()).isEqualTo(Stance.DENIES);
        assertThat(Attributor.about(r.doc(), suggestion)).extracting(r::of).containsExactly("cables were cut");
        assertThat(r.about("the reports").stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("the port will close").stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aProvocationInQuotesOrNoEvidenceDisputesTheCharge() {
        Result r = attribute("The foreign minister, Ana Voss, called the arrest \"a provocation\" on Monday.\n"
                + "The ministry said the police had produced \u00abnot one piece of proof\u00bb that he had done "
                + "anything wrong.\n"
                + "The coroner said there was no evidence of foul play.\n"
                + "The coroner said the evidence showed he had drowned.\n");
        assertThat(r.about("the arrest").stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("not one piece of proof").stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("no evidence of foul play").stance()).isEqualTo(Stance.DENIES);
        assertThat(r.about("the evidence showed").stance()).isEqualTo(Stance.ASSERTS);
        Result about = attribute("The foreign minister, Ana Voss, called the Korvish account of an incursion "
                + "baseless.\n");
        assertThat(about.about("the Korvish account").stance()).isEqualTo(Stance.DENIES);
    }

    @Test
    void aSecondCueJoinedByAndIsASecondStatementOfTheSameSource() {
        Result r = attribute("The observer group said the system had been down for three hours, and said the number"
                + " of spoiled ballots warranted a closer look.\n"
                + "The mayor said the bridge was safe and that traffic would resume.\n");
        Attribution down = r.about("the system had been down for three hours");
        Attribution spoiled = r.about("the number of spoiled ballots warranted a closer look");
        assertThat(down).isNotSameAs(spoiled);
        assertThat(r.of(down.content().get(0))).isEqualTo("the system had been down for three hours");
        assertThat(spoiled.claimant()).isEqualTo(down.claimant());
        assertThat(r.of(spoiled.cue())).isEqualTo("said");
        assertThat(r.of(r.about("the bridge was safe").content().get(0)))
                .as("one cue with two clauses is one statement")
                .isEqualTo("the bridge was safe and that traffic would resume");
    }

    @Test
    void sheIsThePersonNamedSinceTheLastSpeakerInHerParagraph() {
        Result r = attribute("Lena Vos said the dam had held. She added that the sirens had worked.\n"
                + "Up the hill, Ilse Marrow is still counting her losses. She says she lost 140 ewes in the flood.\n");
        assertThat(r.about("the sirens had worked").claimant().name()).isEqualTo("Lena Vos");
        assertThat(r.about("she lost 140 ewes").claimant().name()).isEqualTo("Ilse Marrow");
    }

    @Test
    void heAndSheSkipSpeakersATitleOrRoleSaysAreTheOtherSex() {
        Result r = attribute("Mr Tomas Berg said the count was over.\n"
                + "A port authority spokeswoman confirmed that the cranes had stopped. She said no ship had left.\n"
                + "Ms Lena Vos, the minister, said the dam had held. Mr Berg said the sirens had failed.\n"
                + "\"It was chaos,\" she said.\n");
        assertThat(r.about("no ship had left").claimant())
                .isEqualTo(r.about("the cranes had stopped").claimant());
        assertThat(r.about("It was chaos").claimant().name()).isEqualTo("Lena Vos");
    }

    @Test
    void puttingAFigureAtANumberCreditsItWhereverItStands() {
        Result r = attribute("The ministry counts 4,000 hectares under water, while the growers' union puts the figure"
                + " at about 11,000.\n"
                + "Ana Reyes was declared the winner, with the commission putting her margin at 1,243 votes.\n"
                + "He put the box at the door.\n");
        assertThat(r.about("the figure at about 11,000").claimant().name()).containsIgnoringCase("union");
        Attribution margin = r.about("her margin at 1,243 votes");
        assertThat(margin.claimant().name()).containsIgnoringCase("commission");
        assertThat(r.of(margin.cue())).isEqualTo("putting");
        assertThat(r.about("the box at the door").form()).as("no figure, no credit").isEqualTo(Form.OUTLET);
    }

    @Test
    void aSpokespersonSpeaksForTheBody() {
        Result r = attribute("Tarrow Foods rejected the suggestion that its milk was to blame. \"We sold milk, not "
                + "poison,\" a Tarrow spokesman said.\n"
                + "The Harbour Authority of Lusmere reopened the pier. The pier is safe, a spokeswoman for the "
                + "Harbour Authority of Lusmere said.\n");
        Claimant spokesman = r.about("We sold milk, not poison").claimant();
        assertThat(spokesman.kind()).isEqualTo(Claimant.Kind.ENTITY);
        assertThat(spokesman.name()).startsWith("Tarrow");
        assertThat(r.about("The pier is safe").claimant().name()).isEqualTo("Harbour Authority of Lusmere");
    }

    @Test
    void aParticipleWithItsAgentOrBeingToBlameIsNoSpeech() {
        Result r = attribute("Tarrow Foods, based in the port of Lanzo, rejected the suggestion that its milk was to "
                + "blame. \"Every crate we shipped was tested before it left our site. We sold milk, not "
                + "poison,\" a Tarrow spokesman said by email.\n"
                + "The plan announced by the ministry was fine, the mayor said.\n"
                + "The ministry blamed the heat for the spoiled milk.\n"
                + "The 300 deaths reported by officials rose overnight.\n");
        Attribution quote = r.about("We sold milk, not poison");
        assertThat(r.attributions()).as("the quote is the spokesman's alone")
                .filteredOn(a -> a.content().equals(quote.content())).singleElement()
                .satisfies(a -> assertThat(r.of(a.source())).isEqualTo("a Tarrow spokesman"));
        assertThat(r.about("The plan announced by the ministry was fine").claimant().name()).isEqualTo("mayor");
        assertThat(r.attributions()).noneMatch(a -> a.claimant().name().contains("plan"));
        assertThat(r.attributions()).noneMatch(a -> a.claimant().name().contains("deaths"));
        assertThat(r.about("the heat for the spoiled milk").claimant().name()).isEqualTo("ministry");
    }

    @Test
    void theGroupGoingOnIsTheBodyThatJustSpoke() {
        Result r = attribute("The Renewal Front said the count was rigged. The Renewal Front wants a recount.\n"
                + "On Friday, Clear Count Caldrenia said its monitors had seen scrutineers inside the hall. "
                + "The observer group confirmed that the system had been down for about three hours.\n");
        assertThat(r.about("the system had been down").claimant().name()).isEqualTo("Clear Count Caldrenia");
    }

    @Test
    void theOneToldIsNotWhatWasSaid() {
        Result r = attribute("\"The pier is safe and the ferries will run,\" Anna Lindqvist, the harbour master, "
                + "told reporters at the quay yesterday afternoon.\n");
        Attribution a = r.about("The pier is safe");
        assertThat(a.claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(r.of(a.content().get(0))).startsWith("\"The pier is safe");
        assertThat(r.attributions()).noneMatch(x -> r.of(x.content().get(0)).startsWith("reporters"));
    }

    @Test
    void anEstimateIsWhereTheSourcePutsTheFigure() {
        Result r = attribute("The Ferry Workers' Guild puts the number of lost sailings at about 400.\n");
        Attribution a = r.about("the number of lost sailings at about 400");
        assertThat(a.claimant().name()).contains("Ferry Workers' Guild");
        assertThat(r.of(a.cue())).isEqualTo("puts");
        assertThat(a.form()).isEqualTo(Form.INDIRECT);
    }

    @Test
    void aParagraphIntroducedByAColonIsTheSpeakers() {
        Result r = attribute("The harbour master was at the quay when the ferry left. Anna Lindqvist said:\n"
                + "The crossing was calm until the engine stopped. Then the lights went out.\n");
        Attribution a = r.about("The crossing was calm");
        assertThat(a.claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(a.inferred()).isTrue();
        assertThat(r.of(a.content().get(0))).isEqualTo("The crossing was calm until the engine stopped.");
        assertThat(r.about("the lights went out").claimant().name()).isEqualTo("Anna Lindqvist");
        assertThat(r.attributions()).as("the paragraph is the speaker's, not also the outlet's")
                .noneMatch(x -> x.form() == Form.OUTLET && r.of(x.content().get(0)).contains("lights"));
    }

    @Test
    void sourcesAfterAnOpeningPhraseWithoutACommaAndWithACurlyApostrophe() {
        Result r = attribute("On Saturday the Ferry Workers' Guild announced that the strike was over.\n"
                + "The dockers\u2019 union flatly denied that.\n"
                + "On the quay the harbour master said that the ferries were running.\n");
        assertThat(r.about("the strike was over").claimant().name()).isEqualTo("Ferry Workers' Guild");
        Attribution denial = r.attributions().stream().filter(a -> "flatly denied".equals(r.of(a.cue())))
                .findFirst().orElseThrow(() -> new AssertionError(r.attributions()));
        assertThat(r.of(denial.source())).isEqualTo("The dockers\u2019 union");
        assertThat(r.of(r.about("the ferries were running").source())).isEqualTo("the harbour master");
    }

    @Test
    void twoSourcesJoinedByAndAreTwoClaimants() {
        Result r = attribute("The ferry service has reportedly stopped, according to both harbour master Anna "
                + "Lindqvist and the Harbourline News Agency.\n"
                + "Ferry and rail unions said the strike would go on.\n"
                + "The Ministry of Water and Rural Affairs said that the dam was safe.\n");
        assertThat(r.attributions()).filteredOn(a -> r.of(a.content().get(0)).contains("ferry service"))
                .extracting(a -> a.claimant().name())
                .containsExactly("Anna Lindqvist", "Harbourline News Agency");
        assertThat(r.about("the strike would go on").claimant().name()).isEqualTo("Ferry and rail unions");
        assertThat(r.attributions()).filteredOn(a -> r.of(a.content().get(0)).contains("dam was safe")).hasSize(1);
    }

    @Test
    void anActionOrAnInstructionIsNoStatementOfTheOnesActing() {
        Result r = attribute("Tarrow Foods recalled a batch of yoghurt after laboratory tests found mould in it.\n"
                + "The agency ordered the batch off the shelves and told parents to throw it away.\n"
                + "The inspectors found that the cold store had failed.\n"
                + "The union said it had counted 31 workers admitted to hospital after eating the yoghurt.\n");
        assertThat(r.about("recalled a batch of yoghurt").form()).isEqualTo(Form.OUTLET);
        assertThat(r.about("told parents to throw it away").form()).isEqualTo(Form.OUTLET);
        Attribution finding = r.about("the cold store had failed");
        assertThat(finding.form()).isEqualTo(Form.INDIRECT);
        assertThat(finding.claimant().name()).isEqualTo("inspectors");
        // "workers admitted to hospital" describes the workers; it is the union's statement throughout.
        assertThat(r.attributions()).noneMatch(a -> "admitted".equals(r.of(a.cue())));
        assertThat(r.about("admitted to hospital after eating").claimant().name()).isEqualTo("union");
    }

    @Test
    void aWireDatelineIsNoPartOfTheSource() {
        Result r = attribute("LENBY, Merova, May 2 (Wire) - Dairy maker Tarrow Foods acknowledged on Monday that a "
                + "batch of its yoghurt had been spoiled.\n"
                + "LENBY, May 2 - The minister said the bridge would reopen.\n");
        Attribution spoiled = r.about("a batch of its yoghurt had been spoiled");
        assertThat(r.of(spoiled.source())).isEqualTo("Dairy maker Tarrow Foods");
        assertThat(spoiled.claimant().name()).isEqualTo("Tarrow Foods");
        assertThat(r.of(r.about("the bridge would reopen").source())).isEqualTo("The minister");
    }

    @Test
    void aBodyNamedInFullElsewhereIsThatBodyBeforeItsAcronymAndApposition() {
        // The tagger reads the whole name in the first report, and only part of it in the second.
        Result r = attributeSecond("Lena Moor, who founded Parents for Safe Medicines in 2021, spoke on Monday.\n",
                "Parents for Safe Medicines (PSM), a parents' group that campaigns on drug safety, said it had "
                        + "counted 31 children admitted to hospital.\n");
        Claimant counted = r.about("it had counted 31 children").claimant();
        assertThat(counted.name()).isEqualTo("Parents for Safe Medicines");
        assertThat(counted.kind()).isEqualTo(Claimant.Kind.ENTITY);
    }

    @Test
    void talliesCreditedByPerOnAndByAndAPassiveThatNamesNoSpeaker() {
        Result r = attribute("The Tarrow Electoral Commission (TEC) counted the votes.\n"
                + "The commission's figures, released yesterday, give Ms Vell a lead of 1,243 votes.\n"
                + "On the commission's numbers, Ms Vell won by about 1,250 votes.\n"
                + "Turnout, for the record, was 61.4%, per the commission.\n"
                + "Ms Vell was declared the winner on Monday, with the commission putting her lead at 1,243.\n"
                + "The union said that seals had been cut. The commission denies it flatly.\n"
                + "Postal turnout, for what it is worth, was 12.5%, per TEC.\n");
        for (String said : List.of("give Ms Vell a lead", "Ms Vell won by about 1,250 votes", "was 61.4%",
                "was 12.5%")) {
            assertThat(r.about(said).claimant().name()).as(said).isEqualTo("Tarrow Electoral Commission");
        }
        assertThat(r.about("was declared the winner").claimant().name()).isNotEqualTo("Vell");
        Attribution flat = r.about("it flatly");
        assertThat(flat.stance()).isEqualTo(Stance.DENIES);
        assertThat(flat.claimant().name()).isEqualTo("Tarrow Electoral Commission");
    }

    @Test
    void refusingToAcceptDeniesAndRefusingToCommentSaysNothing() {
        Result r = attribute("Ivo Renn said the count was rigged. He again refused to accept the declared result.\n"
                + "The minister refused to comment on the report.\n");
        Attribution refused = r.about("the declared result");
        assertThat(refused.stance()).isEqualTo(Stance.DENIES);
        assertThat(refused.claimant().name()).isEqualTo("Ivo Renn");
        assertThat(r.of(refused.cue())).isEqualTo("refused to accept");
        assertThat(r.about("The minister refused to comment").form()).isEqualTo(Form.OUTLET);
    }

    @Test
    void aStatementNamedInAppositionIsTheNextSpeakersToo() {
        Result r = attribute("The union alleges that the seals on 14 boxes were cut during the night, an account "
                + "the commission has dismissed as false.\n");
        Attribution alleged = r.attributions().stream().filter(a -> "alleges".equals(r.of(a.cue()))).findFirst()
                .orElseThrow(() -> new AssertionError(r.attributions()));
        assertThat(r.of(alleged.content().get(0))).endsWith("during the night");
        Attribution dismissed = r.attributions().stream().filter(a -> a.stance() == Stance.DENIES).findFirst()
                .orElseThrow(() -> new AssertionError(r.attributions()));
        assertThat(dismissed.claimant().name()).isEqualTo("commission");
        assertThat(r.of(dismissed.content().get(0))).isEqualTo("the seals on 14 boxes were cut during the night");
    }

    @Test
    void aBodyIntroducedInAppositionIsCalledByThoseWordsLater() {
        Result r = attribute("Fair Vote Lenby, an observer group that monitors elections, said the count was fair. "
                + "The Tarrow Party said it was not. The observer group confirmed that the system had failed.\n");
        assertThat(r.about("the system had failed").claimant().name())
                .isEqualTo(r.about("the count was fair").claimant().name());
    }

    @Test
    void aFigureItsOwnerGivesIsTheirs() {
        Result r = attribute("The Ministry of Farming runs the inspections.\n"
                + "The farming ministry's figure remains 14.\n"
                + "The company's plant is in Lenby.\n");
        Attribution figure = r.about("remains 14");
        assertThat(figure.claimant().name()).isEqualTo("Ministry of Farming");
        assertThat(r.of(figure.source())).isEqualTo("The farming ministry");
        assertThat(r.of(figure.cue())).isEqualTo("figure");
        assertThat(figure.form()).isEqualTo(Form.NOMINAL);
        assertThat(r.about("The company's plant is in Lenby").form()).isEqualTo(Form.OUTLET);
    }

    @Test
    void aQuotationAfterASpeakersQuoteInOneParagraphIsTheirs() {
        Result r = attribute("\"We are deeply sorry,\" chief executive Mara Quell told reporters in Tarrow. "
                + "\"Our inquiry points to one delivery of milk.\"\n"
                + "\"Nobody in the plant was hurt.\"\n");
        Attribution more = r.about("Our inquiry points to one delivery of milk");
        assertThat(more.claimant().name()).isEqualTo("Mara Quell");
        assertThat(more.form()).isEqualTo(Form.QUOTE);
        assertThat(r.about("Nobody in the plant was hurt").form()).isEqualTo(Form.OUTLET);
    }

    @Test
    void theCompanyAndAMinistryStatementNameTheBodiesTheyStandFor() {
        Result r = attribute("Tarrow Foods makes yoghurt in Lenby, according to the Dairy Workers' Union.\n"
                + "The union said a cooler had failed. The company denies it.\n"
                + "The Ministry of Farming inspected the plant.\n"
                + "The plant passed, according to a ministry statement.\n"
                + "According to the ministry's own inspection report, the cooler was new.\n");
        assertThat(r.about("a cooler had failed").claimant().name()).isEqualTo("Dairy Workers' Union");
        Attribution denial = r.attributions().stream().filter(a -> a.stance() == Stance.DENIES).findFirst()
                .orElseThrow(() -> new AssertionError(r.attributions()));
        assertThat(denial.claimant().name()).isEqualTo("Tarrow Foods");
        assertThat(r.about("The plant passed").claimant().name()).isEqualTo("Ministry of Farming");
        assertThat(r.about("the cooler was new").claimant().name()).isEqualTo("Ministry of Farming");
    }

    @Test
    void theForeignMinistryIsTheMinistryWhoseNameSaysForeign() {
        Result r = attribute("The Ministry of Foreign Affairs of Norland said the talks would go on. "
                + "The Ministry of External Relations of Sudland said it had recalled its envoy.\n"
                + "The foreign ministry said the deadline was 72 hours.\n"
                + "The defence ministry said no troops had moved.\n");
        assertThat(r.about("the deadline was 72 hours").claimant().name()).contains("Foreign Affairs");
        assertThat(r.about("no troops had moved").claimant().name()).as("no ministry of defence was named")
                .doesNotContain("External Relations");
    }

    @Test
    void heAfterAQuoteIsTheSpeakerNotTheManHeSpokeAbout() {
        Result r = attribute("Asked about the envoy, Paul Marren denied that Ivo Castell had been mistreated. "
                + "\"He was treated with every courtesy owed to a diplomat,\" he said.\n"
                + "Up the hill, Tomas Leder is still counting his losses. He says he lost 140 ewes.\n");
        assertThat(r.about("He was treated with every courtesy").claimant().name()).isEqualTo("Paul Marren");
        assertThat(r.about("he lost 140 ewes").claimant().name()).as("named in narration since")
                .isEqualTo("Tomas Leder");
    }

    @Test
    void theMinistryIsTheBatchsOneMinistryWhenTheReportNamesNone() {
        Result r = attributeSecond("The Ministry of Farming inspected the plant on Monday.\n",
                "Inspectors examined the cold store and found no fault, according to a ministry statement.\n");
        assertThat(r.about("Inspectors examined the cold store").claimant().name()).isEqualTo("Ministry of Farming");
    }

    @Test
    void aPossessivePronounSourceAndAnOpeningConditionAreTheSpeakers() {
        Result r = attribute("Ivo Renn, the union's steward, repeated on Thursday his claim that the cooler "
                + "had failed.\n"
                + "If your pot is from another batch, the agency says it is safe to eat.\n");
        Attribution claim = r.attributions().stream().filter(a -> "claim".equals(r.of(a.cue()))).findFirst()
                .orElseThrow(() -> new AssertionError(r.attributions()));
        assertThat(claim.claimant().name()).isEqualTo("Ivo Renn");
        Attribution safe = r.about("it is safe to eat");
        assertThat(r.of(safe.content().get(0))).isEqualTo("If your pot is from another batch");
        assertThat(r.about("If your pot is from another batch")).isSameAs(safe);
    }

    @Test
    void aBlogWhoseAuthorSpeaksFirstKeepsItsFirstPersonParagraphs() {
        Result r = attribute("I run a small shop on Mill Street in Lenby.\n"
                + "Tarrow Foods said the batch was safe.\n"
                + "By my count, 40 shops sold the batch, mine among them.\n");
        assertThat(r.about("40 shops sold the batch").form()).isEqualTo(Form.OUTLET);
    }

    @Test
    void anUnattributedStatementIsTheOutletsOwn() {
        Result r = attribute("The pier was built in 1911 and rebuilt after the war.\n");
        Attribution a = r.about("The pier was built in 1911");
        assertThat(a.form()).isEqualTo(Form.OUTLET);
        assertThat(a.source()).isNull();
        assertThat(a.claimant().kind()).isEqualTo(Claimant.Kind.OUTLET);
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheSubjectBeforeIt() {
        Result r = attribute("The ferry operator defended the timetable on Tuesday, arguing that it would save fuel.\n");
        Attribution a = r.about("it would save fuel");
        assertThat(r.of(a.source())).isEqualTo("The ferry operator");
        assertThat(r.of(a.cue())).isEqualTo("arguing");
    }

    @Test
    void readsTranscriptAndHeadlineSpeakerLabels() {
        Result r = attribute("LINDQVIST: We have checked every pile on the pier.\n"
                + "Note: The pier will reopen on Friday.\n");
        Attribution a = r.about("We have checked every pile");
        assertThat(r.of(a.source())).isEqualTo("LINDQVIST");
        assertThat(r.of(a.cue())).isEqualTo(":");
        assertThat(r.about("The pier will reopen").claimant().kind()).isEqualTo(Claimant.Kind.OUTLET);
    }

    @Test
    void plainFormsNeedNoParse() {
        Result r = attribute("The pier will reopen in June, a harbour spokesman said on Monday.\n");
        AnnotatedDocument doc = Fixtures.annotator().annotate(Fixtures.article("d1", r.text(), null),
                Attributor::mayReportSpeech);
        assertThat(doc.sentences()).noneMatch(org.triangulate.model.Sentence::parsed);
        Attribution a = r.about("The pier will reopen in June");
        assertThat(r.of(a.source())).isEqualTo("a harbour spokesman");
        assertThat(r.of(a.cue())).isEqualTo("said");
        assertThat(r.of(a.content().get(0))).isEqualTo("The pier will reopen in June");
    }

    @Test
    void aThingIsNoClaimantSoTheOutletSpeaks() {
        Result r = attribute("The long delay underscores the weakness of the harbour board.\n");
        Attribution a = r.about("the weakness of the harbour board");
        assertThat(a.claimant().kind()).isEqualTo(Claimant.Kind.OUTLET);
        assertThat(r.of(a.cue())).isEqualTo("underscores");
    }

    @Test
    void readsNominalAttributions() {
        Result r = attribute("The ferry sailed amid company claims that the storm had passed.\n"
                + "In a statement on Monday, the coastguard praised the crew for its courage.\n");
        Attribution claims = r.about("the storm had passed");
        assertThat(claims.claimant().name()).isEqualTo("company");
        Attribution statement = r.about("praised the crew");
        assertThat(statement.claimant().name()).isEqualTo("coastguard");
    }

    @Test
    void theCompanyIsNeverTheOutletThatCarriesTheReport() {
        String text = "Tarrow Foods recalled a batch of soup, BNR has learned. A BNR reporter saw the lorries leave. "
                + "Anna Halvik told BNR the recall was a precaution. "
                + "The company said the soup would be back in shops next week.";
        SourceDocument source = new SourceDocument("d1", "d1.txt", SourceDocument.Format.TEXT, text,
                new Metadata(null, "BNR News", null, null, "en"));
        Article article = new Article(source, null, null, List.of(new Span(0, text.length())), List.of(), List.of());
        AnnotatedDocument doc = Fixtures.annotator().annotate(article, Attributor::mayReportSpeech);
        List<Entity> entities = new EntityResolver().resolve(List.of(doc));
        Result r = new Result(text, doc, new Attributor().attribute(doc, entities));
        assertThat(r.about("the soup would be back in shops").claimant().name()).isEqualTo("Tarrow Foods");
        assertThat(Article.namesOutlet("BNR", "BNR News")).isTrue();
        assertThat(Article.namesOutlet("The Ledger", "Ledger")).isTrue();
        assertThat(Article.namesOutlet("Saltline Shipping", "Saltline Wire")).isFalse();
        assertThat(Article.namesOutlet("Northern Radio", "Northern Radio News")).as("all but the last word").isTrue();
        assertThat(Article.namesOutlet("Northern", "Northern Radio News")).as("one word of three").isFalse();
    }

    @Test
    void whyASourceIsUnnamedIsNoPartOfItsName() {
        Result r = attribute("A former technician who spoke on condition of anonymity said the batteries were flat.\n"
                + "Two engineers, speaking anonymously, said the gate had jammed.\n"
                + "A deckhand who spoke to the Ledger said tickets were sold for cash.\n");
        assertThat(r.about("the batteries were flat").claimant().name()).isEqualTo("former technician");
        assertThat(r.about("the gate had jammed").claimant().name()).isEqualTo("Two engineers");
        assertThat(r.about("tickets were sold for cash").claimant().name()).as("whom the source spoke to stays")
                .isEqualTo("deckhand who spoke to the Ledger");
    }

    @Test
    void aSpeakerDescribedByARelativeClauseIsNotTheClausesObject() {
        Result r = attribute("A deckhand who survived the sinking told Saltline that tickets were sold for cash.");
        Attribution a = r.about("tickets were sold for cash");
        assertThat(r.of(a.source())).isEqualTo("A deckhand who survived the sinking");
        assertThat(a.claimant().name()).startsWith("deckhand");
        assertThat(r.attributions()).as("no fragment left to the outlet").hasSize(1);
    }

    @Test
    void aCircumstanceTheReportSetsBesideAStatementIsNotPartOfIt() {
        Result r = attribute("The operator of the ferry denied on Wednesday that the vessel had been overloaded, "
                + "as the number of confirmed dead rose to 41.");
        Attribution denial = r.about("the vessel had been overloaded");
        assertThat(denial.stance()).isEqualTo(Stance.DENIES);
        assertThat(r.of(denial.content().get(0))).isEqualTo("that the vessel had been overloaded");
        Result parsed = attribute("The operator of the Korsan ferry that capsized in the Tavel Strait late on Tuesday "
                + "denied on Wednesday that the vessel had been overloaded, as the number of confirmed dead rose to 41.");
        assertThat(parsed.of(parsed.about("the vessel had been overloaded").content().get(0)))
                .isEqualTo("that the vessel had been overloaded");
        Result kept = attribute("Ada Brenn said the dam would be safe, as soon as engineers had checked it.");
        assertThat(kept.of(kept.about("the dam would be safe").content().get(0))).as("part of what she said")
                .isEqualTo("the dam would be safe, as soon as engineers had checked it");
    }

    @Test
    void aPronounWithNoSpeakerBeforeItIsThePersonLastNamedOrSomeoneUnnamed() {
        Result r = attribute("Mary Jonsen watched from her porch as officers knelt over the man.\n\n"
                + "\"He better live,\" she said.\n");
        assertThat(r.about("He better live").claimant().name()).isEqualTo("Mary Jonsen");
        Result river = attribute("Korvane's spokeswoman, Ines Kalvan, told reporters at the plant gate that there "
                + "was no link to the dead fish. Fish kills were not unusual on the Sennet in early summer, when the "
                + "water was low and warm, she said.\n");
        assertThat(river.about("Fish kills were not unusual").claimant().name()).as("a lone word is no person")
                .isEqualTo("Ines Kalvan");
        Result unnamed = attribute("A woman watched from across the road.\n\n\"He better live,\" she said.\n");
        Attribution said = unnamed.about("He better live");
        assertThat(said.claimant().kind()).as("not the outlet's own voice").isEqualTo(Claimant.Kind.GROUP);
        assertThat(unnamed.of(said.cue())).isEqualTo("said");
    }

    @Test
    void theStatementIsWhoeverSpokeInIt() {
        Result r = attribute("Korvane Chemicals said in a statement that about 2,000 litres of water had escaped.\n\n"
                + "\"The liquid is harmless,\" the statement said.\n\n"
                + "A statement from the Water Board said the river was safe.\n\n"
                + "Soldiers raised a flag over the dam, according to a video released by the Water Board.\n");
        assertThat(r.about("The liquid is harmless").claimant().name()).isEqualTo("Korvane Chemicals");
        assertThat(r.about("the river was safe").claimant().name()).isEqualTo("Water Board");
        assertThat(r.about("Soldiers raised a flag").claimant().name()).isEqualTo("Water Board");
    }

    @Test
    void nobodyDisputingIsTheReportAssertingIt() {
        Result r = attribute("Nobody now disputes that the Korvane plant leaked into the river.\n");
        Attribution a = r.about("the Korvane plant leaked");
        assertThat(a.claimant().kind()).isEqualTo(Claimant.Kind.OUTLET);
        assertThat(a.stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aClosingSpeakerFramesAReportThatOpensTheSentence() {
        Result r = attribute("The Water Board opened an inquiry on Monday.\n\n"
                + "Tissue samples showed gill damage consistent with poisoning, the board said.\n\n"
                + "Polls show the mayor ahead, the council's spokesman said on Tuesday.\n");
        Attribution samples = r.about("gill damage");
        assertThat(r.of(samples.cue())).isEqualTo("said");
        assertThat(r.of(samples.content().get(0))).startsWith("Tissue samples showed");
        assertThat(samples.claimant().name()).isEqualTo("Water Board");
        assertThat(r.of(r.about("the mayor ahead").source())).isEqualTo("the council's spokesman");
    }

    @Test
    void whoeverMeasuresAFigureGivesIt() {
        Result r = attribute("The Water Board counted about 1,200 dead fish below the plant on Monday.\n\n"
                + "The board's tests found ammonia at about 30 times the legal limit.\n\n"
                + "Divers found the wreck in 2019. Bodies were found 3 km away.\n\n"
                + "The parents' group said it had counted 31 children in hospital.\n");
        Attribution counted = r.about("1,200 dead fish");
        assertThat(r.of(counted.cue())).isEqualTo("counted");
        assertThat(counted.claimant().name()).isEqualTo("Water Board");
        assertThat(r.about("30 times the legal limit").claimant().name()).isEqualTo("Water Board");
        assertThat(r.about("the wreck").claimant().kind()).as("no figure found").isEqualTo(Claimant.Kind.OUTLET);
        assertThat(r.about("3 km away").claimant().kind()).as("a passive").isEqualTo(Claimant.Kind.OUTLET);
        assertThat(r.attributions().stream().filter(a -> a.content().stream()
                .anyMatch(c -> r.of(c).contains("31 children")))).as("what the group said, once").hasSize(1);
    }

    @Test
    void aRelativePronounSpeaksForTheOneItStandsFor() {
        Result r = attribute("The director is not related to General Stanko Vrelich, the police chief, who on "
                + "Monday denied that his officers had been issued rubber bullets.\n\n"
                + "The mayor thanked Anna Berg, who said the square was safe.\n");
        Attribution denied = r.about("his officers had been issued");
        assertThat(r.of(denied.source())).isEqualTo("who");
        assertThat(denied.claimant().name()).isEqualTo("Stanko Vrelich");
        assertThat(r.attributions()).filteredOn(a -> "said".equals(r.of(a.cue())))
                .extracting(a -> a.claimant().name()).containsExactly("Anna Berg");
        // Parsed with the verb "estimates" for the subject of "put".
        Result lab = attribute("The Crowd Lab at Skovrad Polytechnic, which estimates turnout from drone and rooftop "
                + "footage, put the crowd at about 34,000 at its peak.\n");
        assertThat(lab.about("the crowd at about 34,000").claimant().name()).contains("Crowd Lab");
    }

    @Test
    void aVerdictLedByAnAdjectiveStillCallsTheClaimFalse() {
        Result r = attribute("The ministry said foreign foundations had paid for the march.\n\n"
                + "The Civic Alliance called the accusation “the oldest lie in the government’s book”.\n");
        Attribution called = r.about("the accusation");
        assertThat(called.stance()).isEqualTo(Stance.DENIES);
        assertThat(called.claimant().name()).isEqualTo("Civic Alliance");
    }

    @Test
    void aPossessiveBeforeAFigureIsWhoeverItStandsFor() {
        Result r = attribute("The Civic Alliance said its monitors had been at every gate.\n\n"
                + "At least 290 people had been detained, according to its own lists.\n");
        assertThat(r.attributions()).filteredOn(a -> r.of(a.source()) != null && r.of(a.source()).contains("lists"))
                .extracting(a -> a.claimant().name()).containsExactly("Civic Alliance");
    }
}
