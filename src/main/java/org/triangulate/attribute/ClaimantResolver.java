package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.resolve.Roles;

/**
 * Resolves the words that name a source ("the port authority's spokeswoman, Ada Brenn", "Western officials", "he",
 * "the agency") to a claimant:
 * <ol>
 *   <li>a person named in the source is the claimant, even behind a title or in apposition;</li>
 *   <li>a source whose head is a common noun ("officials", "analysts", "Danish and Western intelligence") is a
 *       named group, named by its words;</li>
 *   <li>a definite description ("the agency", "the ministry") is the latest entity before it whose name holds its
 *       head noun;</li>
 *   <li>a pronoun is the latest claimant before it that fits: a person for "he", "she", "I"; anyone for "we",
 *       "they", "it";</li>
 *   <li>otherwise the entity whose mention covers the head, or a group of the words as written.</li>
 * </ol>
 * Measured on the seed corpus's answer key (claimant_accuracy) in the attribute tests; CoreNLP's coreference would
 * cost a second pipeline and several seconds of model loading for what these rules already get right there.
 */
final class ClaimantResolver {
    /** The claimant of a pronoun that points to nobody the report names. */
    static final String UNNAMED = "unnamed source";
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her", "me", "his", "my");
    private static final Set<String> OTHER_PRONOUNS = Set.of("we", "they", "it", "us", "them", "its", "their", "our");
    /**
     * Nouns for a body that makes things, sells them or runs them: "the company" is the organization the report is
     * about, which a report names first and then calls by such a noun.
     */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "group", "manufacturer", "maker",
            "drugmaker", "carmaker", "operator", "supplier", "retailer", "lender", "insurer", "employer",
            "corporation", "business", "organization", "organisation", "charity", "association");
    /** Nouns for a business: "the company" is not a union, a ministry or a court. */
    private static final Set<String> BUSINESS_NOUNS = Set.of("company", "firm", "manufacturer", "maker", "drugmaker",
            "carmaker", "operator", "supplier", "retailer", "lender", "insurer", "employer", "corporation", "business");
    /**
     * Nouns for what a body puts out: "the ministry's figure", "the authority's own inspection report", "the agency's
     * tests".
     */
    private static final Set<String> OUTPUT_NOUNS = Set.of("figure", "figures", "numbers", "data", "account",
            "count", "tally", "result", "results", "reckoning",
            "toll", "study", "survey", "analysis", "investigation", "inquiry", "review", "audit", "findings", "records",
            "estimate", "report", "statement", "website", "spokesman", "spokeswoman", "spokesperson", "video",
            "footage", "images", "photos", "post", "letter", "document", "documents", "filing", "transcript", "test",
            "tests", "samples", "measurements", "readings", "calculations", "checks", "inspection", "inspections",
            "logs", "sensors", "meters", "lists", "list", "tallies", "counts", "statistics");
    /**
     * Common nouns that speak in news although their endings mark them abstract (government, intelligence,
     * administration, ...): every other noun may speak unless it is abstract or one of {@link #NOT_AGENTS}.
     */
    static final Set<String> SPEAKER_NOUNS = Set.of(
            "authority", "intelligence", "government", "agency", "administration", "department", "commission",
            "witness", "coalition", "alliance", "organization", "organisation", "station", "statement", "document",
            "filing", "figure", "prosecution", "defence", "parliament", "mission", "delegation", "nation", "city",
            "leadership", "presidency", "opposition", "management");
    // Abstract nouns by their endings: development, observation, presence, complexity, involvement, ...
    private static final java.util.regex.Pattern ABSTRACT = java.util.regex.Pattern.compile(
            "(ment|tion|sion|ity|ness|ance|ence|ism|ure|ing|cy|dom|hood|ship)$");
    private static final Set<String> NOT_AGENTS = Set.of("time", "region", "area", "place", "day", "year", "week",
            "month", "way", "thing", "fact", "number", "rate", "level", "delay", "move", "step", "decision", "idea",
            "plan", "deal", "war", "conflict", "situation", "case", "issue", "problem", "question", "result", "sign",
            "trend", "change", "rise", "fall", "increase", "decline", "growth", "loss", "cost", "price", "role",
            "effort", "attack", "strike", "vote", "law", "bill", "rule", "policy", "program", "programme", "project",
            "event", "incident", "accident", "moment", "percent", "deployment", "observation", "presence");
    /** Nouns for the organs through which a state speaks: a country's or capital's military is the state speaking. */
    private static final Set<String> STATE_ORGANS = Set.of("military", "army", "government", "regime", "leadership",
            "authority", "state", "navy", "administration");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "some", "many", "several", "both", "other", "another", "its", "their", "his", "her", "our");

    /** A description in apposition right after a name: "Clear Count (CC), an observer group that ...". */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
            "^\\s*(\\([^)]*\\)\\s*)?,\\s+(?:an?|the)\\s+([^,.;]+)");

    private record Located(Span span, Entity entity) {}

    private final AnnotatedDocument doc;
    private final List<Located> mentions = new ArrayList<>();
    private final java.util.Map<String, Entity> byReference = new java.util.HashMap<>();
    private final List<Entity> withRoles = new ArrayList<>();
    private final java.util.Map<String, Entity> byId = new java.util.HashMap<>();
    private final java.util.Map<String, Character> sexOf = new java.util.HashMap<>();
    private final List<Entity> batch;

    ClaimantResolver(AnnotatedDocument doc, List<Entity> entities) {
        this.doc = doc;
        this.batch = entities;
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (e.reference() != null) byReference.put(e.reference(), e);
            if (!e.roles().isEmpty()) withRoles.add(e);
            for (Entity.EntityMention m : e.mentions()) {
                if (m.doc().equals(doc.id())) mentions.add(new Located(m.span(), e));
            }
        }
        mentions.sort(Comparator.comparing(Located::span));
    }

    /** Whether the source is a pronoun, whose claimant is carried from an earlier attribution. */
    boolean isPronoun(List<Token> source) {
        if (source.size() != 1) return false;
        String w = source.get(0).word().toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(w) || OTHER_PRONOUNS.contains(w);
    }

    /**
     * The claimant named by the source tokens; {@code earlier} are the document's attributions so far, for pronouns.
     * The outlet when the source is a thing rather than someone ("the delay underscores ...": the outlet draws the
     * conclusion), and a group named {@value #UNNAMED} when a pronoun points to nobody the report names. Never null.
     */
    Claimant resolve(List<Token> source, List<Attribution> earlier) {
        if (isPronoun(source)) {
            String pronoun = source.get(0).word().toLowerCase(Locale.ROOT);
            Claimant named = namedSinceLastSpeaker(pronoun, source.get(0).span(), earlier);
            if (named != null) return named;
            Claimant carried = carried(pronoun, earlier);
            if (carried != null) return carried;
            Claimant last = lastNamed(pronoun, source.get(0).span());
            if (last != null) return last;
            // "I" and "we" with nobody before them are the writer; anyone else is someone the report does not name.
            return pronoun.equals("i") || pronoun.equals("we") ? Claimant.outlet(doc.article().publisher())
                    : new Claimant(null, UNNAMED, Claimant.Kind.GROUP);
        }
        // A misread source that opens with a preposition ("by the deployment of ...") names nobody.
        if (source.get(0).pos().equals("IN")) return Claimant.outlet(doc.article().publisher());
        Span span = new Span(source.get(0).span().start(), source.get(source.size() - 1).span().end());
        Token head = head(source);
        // A person named in the source, behind a title or in apposition: the one holding the head, else the last.
        Located person = null;
        for (Located m : mentions) {
            if (!span.contains(m.span()) || m.entity().type() != EntityType.PERSON) continue;
            if (person == null || !person.span().contains(head.span())) person = m;
        }
        if (person != null) return entity(person.entity());
        Entity state = stateSpeaking(span, head);
        if (state != null) return entity(state);
        Claimant spoken = spokenFor(source, head, earlier);
        if (spoken != null) return spoken;
        Claimant owner = owner(source, head);
        if (owner != null) return owner;
        // "according to its own lists", "their figures showed": the one the possessive stands for.
        if (source.size() > 1 && source.get(0).pos().equals("PRP$") && source.get(source.size() - 1) == head
                && OUTPUT_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))
                && source.subList(1, source.size() - 1).stream().allMatch(t -> t.pos().startsWith("JJ"))) {
            return resolve(List.of(source.get(0)), earlier);
        }
        // A body's name the tagger split ("Families for Safe Medicines (FSM), a parents' group"): the words before
        // any apposition are a name of the batch.
        String key = nameKey(span(beforeApposition(source)).of(doc.text()));
        for (Entity e : batch) {
            if (e.type() == EntityType.ORGANIZATION && e.aliases().stream().anyMatch(a -> nameKey(a).equals(key))) {
                return entity(e);
            }
        }
        if (Roles.ROLE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
            Entity holder = holder(source);
            if (holder != null) return entity(holder);
        }
        if (head.pos().equals("NN") || head.pos().equals("NNS")) {
            boolean definite = source.get(0).word().equalsIgnoreCase("the") && head.pos().equals("NN");
            if (definite && Cues.NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                Claimant issuer = issuer(head, span, earlier);
                if (issuer != null) return issuer;
            }
            if (definite) {
                Claimant described = described(source.subList(1, source.indexOf(head)), head, span);
                if (described != null) return described;
                Claimant introduced = introducedAs(source, head);
                if (introduced != null) return introduced;
                String noun = head.lemma().toLowerCase(Locale.ROOT);
                if (ORGANIZATION_NOUNS.contains(noun)) {
                    Claimant speaking = bodyJustSpeaking(span, earlier, BUSINESS_NOUNS.contains(noun));
                    if (speaking != null) return speaking;
                    Claimant latest = salientOrganization(span, BUSINESS_NOUNS.contains(noun));
                    if (latest != null) return latest;
                }
            }
            // "The delay underscores ...", "Observations suggest ...": a thing, not a claimant; the outlet speaks.
            return canSpeak(head) ? group(beforeApposition(source)) : Claimant.outlet(doc.article().publisher());
        }
        for (Located m : mentions) {
            if (m.span().contains(head.span()) || span.contains(m.span()) && m.span().end() == head.span().end()) {
                return entity(m.entity());
            }
        }
        for (Located m : mentions) {
            if (span.contains(m.span())) return entity(m.entity());
        }
        return group(source);
    }

    /**
     * A capital that speaks ("the capital said"), or a state organ of a country or capital ("the capital's military",
     * "the country's government"): the country, as its entity in the batch.
     */
    private Entity stateSpeaking(Span span, Token head) {
        boolean organ = STATE_ORGANS.contains(head.lemma().toLowerCase(Locale.ROOT));
        for (Located m : mentions) {
            if (!span.contains(m.span())) continue;
            Entity e = m.entity();
            boolean isHead = m.span().contains(head.span());
            if (e.capitalOf() != null && (isHead || organ)) {
                Entity country = byReference.get(e.capitalOf());
                if (country != null) return country;
            }
            if (organ && e.reference() != null && e.reference().startsWith("country:")) return e;
        }
        return null;
    }

    /**
     * "The observer group": the body the report introduced with those words in apposition ("Clear Count, an observer
     * group that ..."), before the source.
     */
    private Claimant introducedAs(List<Token> source, Token head) {
        List<String> words = new ArrayList<>();
        for (Token t : source.subList(1, source.indexOf(head) + 1)) {
            if (t.pos().matches("NN.*|JJ.*")) words.add(t.word().toLowerCase(Locale.ROOT));
        }
        if (words.size() < 2) return null;
        String text = doc.text();
        for (Located m : mentions) {
            if (m.span().start() >= source.get(0).span().start()) break;
            String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 90));
            var apposition = APPOSITION.matcher(after);
            if (!apposition.find()) continue;
            List<String> described = java.util.Arrays.asList(apposition.group(2).toLowerCase(Locale.ROOT)
                    .replace('\u2019', '\'').split("[\\s']+"));
            if (described.containsAll(words)) return entity(m.entity());
        }
        return null;
    }

    /**
     * "A spokesman for the office", "the findings of the inquiry board", "a video released by the ministry": the
     * claimant of the body after "for", "of", "from" or a participle's "by", when the head is a body's output or its
     * spokesperson ({@link #OUTPUT_NOUNS}). Null when there is none, or when those words name no one ("a spokesman for
     * the first time").
     */
    private Claimant spokenFor(List<Token> source, Token head, List<Attribution> earlier) {
        if (!OUTPUT_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) return null;
        int h = source.indexOf(head);
        if (h + 2 < source.size() && source.get(h + 1).pos().equals("VBN")
                && source.get(h + 2).word().equalsIgnoreCase("by")) {
            h++; // "released by", "published by": the body is the participle's agent.
        }
        if (h + 2 >= source.size()) return null;
        String next = source.get(h + 1).word().toLowerCase(Locale.ROOT);
        if (!next.equals("for") && !next.equals("of") && !next.equals("from") && !next.equals("by")) return null;
        Claimant body = resolve(beforeApposition(source.subList(h + 2, source.size())), earlier);
        return body.kind() == Claimant.Kind.OUTLET || body.name().equals(UNNAMED) ? null : body;
    }

    /**
     * The body whose output the source names ("the ministry's figure", "the authority's own inspection report", "a
     * ministry statement"): the entity whose mention ends right before the possessive, or that a noun before the head
     * describes, when the head is such an output.
     */
    private Claimant owner(List<Token> source, Token head) {
        if (!OUTPUT_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) return null;
        for (int i = 1; i < source.size() && source.get(i) != head; i++) {
            if (!source.get(i).pos().equals("POS")) continue;
            int end = source.get(i - 1).span().end();
            for (Located m : mentions) {
                if (m.span().end() == end && m.entity().type() != EntityType.PERSON) return entity(m.entity());
            }
            // "the ministry's figure": the body "the ministry" describes.
            if (source.get(i - 1).pos().equals("NN")) return described(List.of(), source.get(i - 1), head.span());
        }
        // "a ministry statement": the body a noun before the head names, as "the ministry" would.
        int h = source.indexOf(head);
        if (h > 0 && source.get(h - 1).pos().equals("NN")) return described(List.of(), source.get(h - 1), head.span());
        // "a Korvell spokesman": the body whose mention ends right before the head.
        if (h > 0) {
            int end = source.get(h - 1).span().end();
            for (Located m : mentions) {
                if (m.span().end() == end && m.entity().type() != EntityType.PERSON) return entity(m.entity());
            }
        }
        return null;
    }

    /**
     * The body that made the statement just before {@code at} (within {@link #JUST_BEFORE} characters), when "the
     * group" or "the company" goes on about it: "Clear Count said its monitors had seen ... The observer group
     * confirmed ...". A business noun does not take a public body.
     */
    private Claimant bodyJustSpeaking(Span at, List<Attribution> earlier, boolean business) {
        Attribution last = null;
        for (Attribution a : earlier) {
            if (a.extent().end() <= at.start() && (last == null || a.extent().end() > last.extent().end())) last = a;
        }
        if (last == null || at.start() - last.extent().end() > JUST_BEFORE || last.claimant().id() == null) return null;
        // A body's name the tagger took for a place ("Clear Count Caldrenia") still speaks as a body; a country does not.
        String id = last.claimant().id();
        EntityType type = byId.containsKey(id) ? byId.get(id).type() : null;
        boolean place = type == EntityType.LOCATION && batch.stream()
                .noneMatch(e -> e.id().equals(id) && (e.reference() != null || e.capitalOf() != null));
        if (type != EntityType.ORGANIZATION && !place) return null;
        return business && publicBody(last.claimant().name()) ? null : last.claimant();
    }

    /**
     * "Agrovel said in a statement that ... 'The liquid is harmless,' the statement said": whoever spoke in the
     * statement, report or announcement the report last mentioned, within {@link #JUST_BEFORE} characters of what
     * they said there. Null when the report mentioned none, or nobody it names spoke near it.
     */
    private Claimant issuer(Token head, Span at, List<Attribution> earlier) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?i)\\b" + java.util.regex.Pattern.quote(head.word()) + "\\b")
                .matcher(doc.text()).region(0, at.start());
        int mentioned = -1;
        while (m.find()) mentioned = m.start();
        if (mentioned < 0) return null;
        Attribution nearest = null;
        int gap = JUST_BEFORE + 1;
        for (Attribution a : earlier) {
            if (a.claimant().kind() == Claimant.Kind.OUTLET || a.claimant().name().equals(UNNAMED)) continue;
            Span e = a.extent();
            int g = e.start() > mentioned ? e.start() - mentioned : Math.max(0, mentioned - e.end());
            if (g < gap) {
                gap = g;
                nearest = a;
            }
        }
        return nearest == null ? null : nearest.claimant();
    }

    /** Whether a body's name holds a public body's word ("union", "ministry"): it is no business. */
    private static boolean publicBody(String name) {
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s'’-]+"))
                .anyMatch(Roles.PUBLIC_BODY_WORDS::contains);
    }

    private static final int JUST_BEFORE = 200;

    /**
     * "The company", "the group": the organization named most often before it, the latest of those on a tie, other
     * than the outlet itself; for a business noun, none whose name shows a public body or a union.
     */
    private Claimant salientOrganization(Span before, boolean business) {
        String outlet = doc.article().publisher();
        java.util.Map<Entity, Integer> times = new java.util.HashMap<>();
        java.util.Map<Entity, Integer> last = new java.util.HashMap<>();
        for (Located m : mentions) {
            if (m.span().start() >= before.start()) break;
            Entity e = m.entity();
            if (e.type() != EntityType.ORGANIZATION || Article.namesOutlet(e.name(), outlet)) continue;
            if (business && publicBody(e.name())) continue;
            times.merge(e, 1, Integer::sum);
            last.put(e, m.span().start());
        }
        Entity best = null;
        for (Entity e : times.keySet()) {
            if (best == null || times.get(e) > times.get(best)
                    || times.get(e).equals(times.get(best)) && last.get(e) > last.get(best)) {
                best = e;
            }
        }
        return best == null ? null : entity(best);
    }

    /** The one person whose title, as a report gives it, the source describes ("the harbour minister"). */
    private Entity holder(List<Token> source) {
        List<String> words = source.stream().map(Token::word).toList();
        Entity found = null;
        for (Entity e : withRoles) {
            if (e.roles().stream().anyMatch(r -> Roles.fits(words, r))) {
                if (found != null) return null;
                found = e;
            }
        }
        return found;
    }

    /**
     * Whether a common noun may name someone who makes a claim (a person, a body, a document) rather than a thing or
     * an idea ("the delay", "these observations", "the first time").
     */
    static boolean canSpeak(Token head) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        if (SPEAKER_NOUNS.contains(lemma)) return true;
        return !NOT_AGENTS.contains(lemma) && !ABSTRACT.matcher(lemma).find();
    }

    /**
     * "Up the hill, Ilse Marrow is still counting her losses. She ... says she lost 140 ewes": a person named in the
     * pronoun's paragraph after the last attribution before it is whom "he" or "she" means, rather than the last
     * speaker; but not one named only in what the speaker just said, when the speaker fits the pronoun too. Null when
     * there is none.
     */
    private Claimant namedSinceLastSpeaker(String pronoun, Span at, List<Attribution> earlier) {
        if (!pronoun.equals("he") && !pronoun.equals("she")) return null;
        int since = 0;
        for (Attribution a : earlier) {
            Span said = a.source() != null ? a.source() : a.content().get(0);
            if (said.start() < at.start()) since = Math.max(since, said.end());
        }
        for (Span p : doc.article().body()) {
            if (p.start() <= at.start() && at.start() < p.end()) since = Math.max(since, p.start());
        }
        Located last = null;
        for (Located m : mentions) {
            if (m.span().start() >= at.start()) break;
            if (m.span().start() >= since && namedPerson(m.entity()) && fits(pronoun, m.entity())) {
                last = m;
            }
        }
        if (last == null) return null;
        // "Fabreau denied that Dolmat had been mistreated. 'He was treated with every courtesy,' he said": one named
        // only in what the speaker just said is talked about; the speaker, who fits the pronoun too, goes on.
        Attribution before = null;
        for (Attribution a : earlier) {
            if (a.extent().end() <= at.start() && (before == null || a.extent().end() > before.extent().end())) {
                before = a;
            }
        }
        if (before != null && before.source() != null && at.start() - before.extent().end() <= GOES_ON) {
            Span spoken = before.extent();
            Claimant speaker = before.claimant();
            Entity e = speaker.id() == null ? null : byId.get(speaker.id());
            boolean inside = spoken.contains(last.span());
            if (inside && e != null && e.type() == EntityType.PERSON && fits(pronoun, e)) return speaker;
        }
        return entity(last.entity());
    }

    /**
     * "Mary Jones watched from her porch. [...] 'He better live,' she said": when no speaker before fits the pronoun,
     * the latest person named before it who fits, in any paragraph. Null when there is none.
     */
    private Claimant lastNamed(String pronoun, Span at) {
        if (!pronoun.equals("he") && !pronoun.equals("she")) return null;
        Located last = null;
        for (Located m : mentions) {
            if (m.span().start() >= at.start()) break;
            if (namedPerson(m.entity()) && fits(pronoun, m.entity())) last = m;
        }
        return last == null ? null : entity(last.entity());
    }

    /**
     * Whether an entity is a person the reports name as one: somewhere by more than one word ("Ines Kalvan", "Mr
     * Kalvan") or with a role. A lone word the tagger took for a person ("fish the Sennet") is no one "he" or "she"
     * can mean.
     */
    private static boolean namedPerson(Entity e) {
        if (e.type() != EntityType.PERSON) return false;
        if (!e.roles().isEmpty() || e.name().strip().contains(" ")) return true;
        return e.mentions().stream().anyMatch(m -> m.text().strip().contains(" "));
    }

    /** How far after a speaker's statement, in characters, "he said" may still be that speaker: a short quote. */
    private static final int GOES_ON = 300;

    /**
     * Whether a person may be "he" or "she": unless a title or a role ("Mr Ostrić", "Ms Vesk", "the authority's
     * spokeswoman") says the other.
     */
    private boolean fits(String pronoun, Entity person) {
        if (!pronoun.equals("he") && !pronoun.equals("she")) return true;
        char sex = sexOf.computeIfAbsent(person.id(), id -> sex(person));
        return sex == ' ' || sex == (pronoun.equals("he") ? 'm' : 'f');
    }

    /** The word right before a span of this report, lower-cased; empty when none. */
    private String wordBefore(Span span) {
        String before = doc.text().substring(Math.max(0, span.start() - 8), span.start());
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) return "";
        String[] words = before.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** 'm' or 'f' when the person's titles and roles agree on one, else ' '. */
    private char sex(Entity person) {
        boolean male = false;
        boolean female = false;
        for (Entity.EntityMention m : person.mentions()) {
            String t = m.text().toLowerCase(Locale.ROOT);
            if (m.doc().equals(doc.id())) t = wordBefore(m.span()) + " " + t; // a title the mention left out
            male |= t.matches("mr\\.? .*");
            female |= t.matches("(ms|mrs|miss)\\.? .*");
        }
        for (String r : person.roles()) {
            String t = r.toLowerCase(Locale.ROOT);
            male |= t.matches(".*\\b(spokes|chair|business|congress)man\\b.*");
            female |= t.matches(".*\\b(spokes|chair|business|congress)woman\\b.*");
        }
        return male == female ? ' ' : male ? 'm' : 'f';
    }

    /** The latest claimant before the pronoun that fits it: a person for "he", "she" and "I", of the right sex. */
    Claimant carried(String pronoun, List<Attribution> earlier) {
        boolean person = PERSON_PRONOUNS.contains(pronoun);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Claimant c = earlier.get(i).claimant();
            if (c.kind() == Claimant.Kind.OUTLET) continue;
            Entity e = c.id() == null ? null : byId.get(c.id());
            if (e != null && !fits(pronoun, e)) continue;
            if (!person || e != null && e.type() == EntityType.PERSON) return c;
            // "A commission spokeswoman confirmed ... She said ...": a role that names its holder's sex, whoever
            // the holder speaks for.
            Span source = earlier.get(i).source();
            String role = source == null ? "" : source.of(doc.text()).strip().toLowerCase(Locale.ROOT);
            if (pronoun.equals("she") && role.endsWith("woman") || pronoun.equals("he") && role.endsWith("sman")) {
                return c;
            }
        }
        return null;
    }

    /**
     * "The agency": the latest entity mentioned before it whose name holds the noun, and the words before the noun
     * ({@code modifiers}) that tell one body from another ("the foreign ministry": the Ministry of Foreign Affairs);
     * else, when the report named none, the one such body of the whole batch.
     */
    private Claimant described(List<Token> modifiers, Token head, Span before) {
        String noun = head.word().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (Token t : modifiers) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if ((t.pos().startsWith("JJ") || t.pos().equals("NN")) && !GENERIC.contains(w)) words.add(w);
        }
        Located best = null;
        for (Located m : mentions) {
            if (m.span().start() >= before.start()) break;
            if (named(m.entity(), noun) && qualifies(m.entity(), words)) best = m;
        }
        if (best != null) return entity(best.entity());
        List<Entity> bodies = batch.stream()
                .filter(e -> e.type() != EntityType.PERSON && named(e, noun) && qualifies(e, words)).toList();
        return bodies.size() == 1 ? entity(bodies.get(0)) : null;
    }

    /** Words before a noun that do not tell one body from another: "the same ministry", "the state agency". */
    private static final Set<String> GENERIC = Set.of("same", "new", "former", "state", "national", "federal",
            "regional", "local", "main", "official", "country", "own", "other", "top", "senior");

    /**
     * Whether a body's name holds the words a description gives of it: "the foreign ministry" is the Ministry of
     * Foreign Affairs, not the Ministry of External Relations; "the defence ministry" holds "Defense" too.
     */
    private static boolean qualifies(Entity e, List<String> words) {
        List<String> name = java.util.Arrays.asList(e.name().toLowerCase(Locale.ROOT).split("[\\s'’-]+"));
        for (String w : words) {
            String stem = w.substring(0, Math.min(w.length(), 5));
            if (name.stream().noneMatch(n -> n.startsWith(stem))) return false;
        }
        return true;
    }

    private static boolean named(Entity e, String noun) {
        return java.util.Arrays.asList(e.name().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(noun);
    }

    /** The head of a noun phrase: its last noun before a preposition, comma or clause. */
    private static Token head(List<Token> source) {
        Token head = source.get(source.size() - 1);
        for (Token t : source) {
            String pos = t.pos();
            if (pos.equals("IN") || pos.equals(",") || pos.startsWith("VB") || pos.equals("WDT") || pos.equals("WP")) {
                break;
            }
            if (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD")) head = t;
        }
        return head;
    }

    private static Claimant entity(Entity e) {
        return new Claimant(e.id(), e.name(), Claimant.Kind.ENTITY);
    }

    /** The words before a comma or parenthesis: a name without its apposition or acronym. */
    private static List<Token> beforeApposition(List<Token> source) {
        for (int i = 1; i < source.size(); i++) {
            String w = source.get(i).word();
            if (w.equals(",") || w.equals("(") || w.equals("-LRB-")) return source.subList(0, i);
        }
        return source;
    }

    /** A name as written, up to case, a leading "the", apostrophes and spacing. */
    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
                .replaceFirst("^the ", "");
    }

    private static Span span(List<Token> tokens) {
        return new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    }

    /** A named group, named by its words without a leading determiner. */
    private Claimant group(List<Token> source) {
        int from = 0;
        while (from < source.size() - 1 && DETERMINERS.contains(source.get(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        Span span = new Span(source.get(from).span().start(), source.get(source.size() - 1).span().end());
        String name = span.of(doc.text()).replaceAll("\\s+", " ");
        java.util.regex.Matcher anonymous = ANONYMOUS.matcher(name);
        if (anonymous.find() && anonymous.start() > 0) name = name.substring(0, anonymous.start());
        return new Claimant(groupId(name), name, Claimant.Kind.GROUP);
    }

    /**
     * Why a source is not named, after its description: "a former technician who spoke on condition of anonymity" is
     * a former technician.
     */
    private static final java.util.regex.Pattern ANONYMOUS = java.util.regex.Pattern.compile("(?i),?\\s+(?:(?:who|that)"
            + "\\s+(?:spoke|talked)\\s+(?:on condition of anonymity|anonymously|on the condition that)"
            + "|(?:who|that)\\s+(?:asked|declined|requested|wished)\\s+(?:not\\s+to\\s+be\\s+(?:named|identified)"
            + "|to\\s+be\\s+(?:named|identified)|anonymity)"
            + "|(?:who|that)\\s+(?:was|were|is|are)\\s+not\\s+authori[sz]ed"
            + "|speaking\\s+(?:on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|anonymously)).*$");

    /** Groups get an id from their name, so the same group in two reports is one claimant. */
    static String groupId(String name) {
        return "g:" + name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", "-")
                .replaceAll("^-|-$", "");
    }
}
