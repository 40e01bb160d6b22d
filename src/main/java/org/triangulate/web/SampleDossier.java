package org.triangulate.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Claimant;
import org.triangulate.model.DatePrecision;
import org.triangulate.model.Dossier;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Metadata;
import org.triangulate.model.Sentence;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;
import org.triangulate.model.Timeline;
import org.triangulate.model.TimelineEntry;

/**
 * An invented dossier of any size, for {@code bench web}: reports of a made-up regional dispute from a dozen
 * outlets, two claims per report on average, each with one to six pieces of evidence across reports (some denied,
 * some hedged), entities with their mentions and acronym merges, and a timeline at every precision with a few
 * unresolved dates. Every span picks out exactly what it says. No language model is involved; the same seed gives
 * the same dossier.
 */
public final class SampleDossier {
    private static final String[] OUTLETS = {"The Velmar Gazette", "Orrin Valley Post", "Tessel Daily",
            "Brackwater Herald", "Calder Wire Service", "Nordhaven Times", "The Pellham Observer", "Sundry Isles Review",
            "Marrow Coast Chronicle", "Ashby Evening News", "Quillon Radio", "Fenmoor Bulletin"};
    private static final String[] PEOPLE = {"Ada Varrow", "Ilse Mortane", "Corin Halbeck", "Tamsin Orlo",
            "Benedek Sall", "Rhona Quist", "Osric Pellane", "Marit Dunhollow", "Yves Carrabin", "Lene Ostrava"};
    private static final String[][] ORGANIZATIONS = {{"Velmar Water Board", "VWB"}, {"Transit Workers' Guild", "TWG"},
            {"Orrin Chamber of Commerce", "OCC"}, {"Calder Port Office", "CPO"}, {"Tessel Farmers' Union", "TFU"},
            {"Brackwater Housing Trust", "BHT"}};
    private static final String[] PLACES = {"Velmar", "Orrin Valley", "Tessel Bay", "Calder", "Brackwater", "Fenmoor"};
    private static final String[] PREDICATES = {"will raise fares by %d percent", "has cut %d jobs",
            "sent %d inspectors to the site", "owes %d million in unpaid wages", "closed %d stations",
            "spent %d million on repairs", "has held %d meetings with the mayor", "lost %d contracts this year"};

    private final Random random;
    private final int documents;
    private final List<String> people = new ArrayList<>();
    private final Map<String, List<Entity.EntityMention>> mentions = new LinkedHashMap<>();
    private final Map<String, String> entityIds = new HashMap<>();

    private SampleDossier(int documents, long seed) {
        this.documents = documents;
        this.random = new Random(seed);
    }

    /** A dossier of {@code documents} invented reports; the same seed gives the same dossier. */
    public static Dossier generate(int documents, long seed) {
        if (documents < 1) throw new IllegalArgumentException("documents must be >= 1, was " + documents);
        return new SampleDossier(documents, seed).build();
    }

    /** One claim's piece of evidence in a report, before its spans are known. */
    private record Planned(int claim, Stance stance, String claimant) {}

    private Dossier build() {
        for (String p : PEOPLE) entity(p);
        for (String[] o : ORGANIZATIONS) entity(o[0]);
        for (String p : PLACES) entity(p);
        int claimCount = Math.max(1, documents * 2);
        String[] subjects = new String[claimCount];
        String[] predicates = new String[claimCount];
        List<List<Planned>> perDoc = new ArrayList<>();
        for (int d = 0; d < documents; d++) perDoc.add(new ArrayList<>());
        for (int c = 0; c < claimCount; c++) {
            subjects[c] = random.nextBoolean() ? ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)][0]
                    : PLACES[random.nextInt(PLACES.length)] + " council";
            predicates[c] = String.format(PREDICATES[random.nextInt(PREDICATES.length)], 2 + random.nextInt(400));
            int pieces = Math.min(documents, 1 + (int) Math.min(5, -Math.log(1 - random.nextDouble()) * 1.6));
            Set<Integer> docs = new HashSet<>();
            for (int i = 0; i < pieces; i++) {
                int doc = random.nextInt(documents);
                if (!docs.add(doc)) continue;
                Stance stance = i > 0 && random.nextInt(6) == 0 ? Stance.DENIES
                        : random.nextInt(10) == 0 ? Stance.HEDGES : Stance.ASSERTS;
                perDoc.get(doc).add(new Planned(c, stance, claimantName()));
            }
        }
        List<AnnotatedDocument> docs = new ArrayList<>();
        List<List<Attribution>> evidence = new ArrayList<>();
        for (int c = 0; c < claimCount; c++) evidence.add(new ArrayList<>());
        List<TimelineEntry> dated = new ArrayList<>();
        List<TimelineEntry> unresolved = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            docs.add(document(d, perDoc.get(d), subjects, predicates, evidence, dated, unresolved));
        }
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < claimCount; c++) {
            if (!evidence.get(c).isEmpty()) claims.add(claim("c" + (c + 1), subjects[c] + " " + predicates[c], evidence.get(c)));
        }
        dated.sort(Comparator.comparing((TimelineEntry e) -> e.precision().start(e.date())).thenComparing(TimelineEntry::date));
        return new Dossier(docs, entities(), claims, new Timeline(dated, unresolved), List.of());
    }

    private String claimantName() {
        return random.nextInt(3) == 0 ? ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)][0]
                : PEOPLE[random.nextInt(PEOPLE.length)];
    }

    private void entity(String name) {
        entityIds.put(name, "e" + (entityIds.size() + 1));
        mentions.put(name, new ArrayList<>());
    }

    private AnnotatedDocument document(int d, List<Planned> planned, String[] subjects, String[] predicates,
            List<List<Attribution>> evidence, List<TimelineEntry> dated, List<TimelineEntry> unresolved) {
        String id = "d" + (d + 1);
        String outlet = OUTLETS[d % OUTLETS.length];
        LocalDate published = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(80));
        Text text = new Text(id);
        String title = PLACES[d % PLACES.length] + " dispute: report " + (d + 1);
        text.plain(title);
        text.paragraph();
        text.plain("Officials in ");
        text.name(PLACES[random.nextInt(PLACES.length)]);
        text.plain(" met again on Monday.");
        text.endSentence();
        for (Planned p : planned) {
            String cue = switch (p.stance()) {
                case ASSERTS -> " said that ";
                case DENIES -> " denied that ";
                case HEDGES -> " suggested that ";
            };
            Span source = text.name(p.claimant());
            Span spaced = text.plain(cue);
            Span cueSpan = new Span(spaced.start() + 1, spaced.end() - 1);
            int contentStart = text.length();
            String subject = subjects[p.claim()];
            if (entityIds.containsKey(subject)) text.name(subject); else text.plain(subject);
            text.plain(" " + predicates[p.claim()]);
            Span content = new Span(contentStart, text.length());
            text.plain(p.stance() == Stance.HEDGES ? ", without giving details." : ".");
            text.endSentence();
            Claimant claimant = new Claimant(entityIds.get(p.claimant()), p.claimant(), Claimant.Kind.ENTITY);
            evidence.get(p.claim()).add(new Attribution(id, source, cueSpan, List.of(content), p.stance(), claimant,
                    Attribution.Form.INDIRECT, false));
            if (random.nextInt(3) == 0) text.paragraph();
        }
        text.paragraph();
        dates(text, published, dated, unresolved, d);
        List<Span> paragraphs = text.paragraphs();
        SourceDocument source = new SourceDocument(id, id + ".txt", SourceDocument.Format.TEXT, text.toString(),
                new Metadata(published, outlet, "https://news.example/" + id, title, "en"));
        Article article = new Article(source, null, null, paragraphs, List.of(), List.of());
        return new AnnotatedDocument(article, text.sentences(), List.of(), List.of(), List.of(), List.of());
    }

    /** A sentence with a date: mostly a day, sometimes a week, month or year; every tenth report an unanchored one. */
    private void dates(Text text, LocalDate published, List<TimelineEntry> dated, List<TimelineEntry> unresolved, int d) {
        int kind = random.nextInt(10);
        LocalDate day = published.minusDays(random.nextInt(20));
        String expression;
        String date;
        DatePrecision precision;
        if (kind < 6) {
            expression = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + day.getYear();
            date = day.toString();
            precision = DatePrecision.DAY;
        } else if (kind < 7) {
            expression = "the week before";
            date = DatePrecision.weekOf(day);
            precision = DatePrecision.WEEK;
        } else if (kind < 9) {
            expression = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + day.getYear();
            date = day.toString().substring(0, 7);
            precision = DatePrecision.MONTH;
        } else {
            expression = String.valueOf(day.getYear() - 1);
            date = expression;
            precision = DatePrecision.YEAR;
        }
        int start = text.length();
        text.plain("The first complaints were filed in ");
        Span exp = text.plain(expression);
        text.plain(", according to records seen by reporters.");
        Span sentence = new Span(start, text.length());
        text.endSentence();
        dated.add(new TimelineEntry(date, precision, new Evidence(text.id, exp, expression),
                new Evidence(text.id, sentence, text.substring(sentence)), null, null));
        if (d % 10 == 9) {
            text.paragraph();
            int s = text.length();
            text.plain("A vote is expected ");
            Span when = text.plain("on Tuesday");
            text.plain(".");
            Span whole = new Span(s, text.length());
            text.endSentence();
            unresolved.add(new TimelineEntry(null, null, new Evidence(text.id, when, "on Tuesday"),
                    new Evidence(text.id, whole, text.substring(whole)), "XXXX-WXX-2", "no date to anchor it on"));
        }
    }

    private Claim claim(String id, String summary, List<Attribution> evidence) {
        Map<String, Claim.Party> parties = new LinkedHashMap<>();
        Set<String> asserting = new HashSet<>();
        boolean denied = false;
        for (Attribution a : evidence) {
            denied |= a.stance() == Stance.DENIES;
            if (a.stance() == Stance.ASSERTS) asserting.add(a.claimant().name());
            Claim.Party old = parties.get(a.claimant().name());
            List<String> outlets = new ArrayList<>(old == null ? List.of() : old.outlets());
            if (!outlets.contains(a.doc())) outlets.add(a.doc());
            parties.put(a.claimant().name(), new Claim.Party(a.claimant(), null,
                    old == null ? a.stance() : old.stance(), outlets, old == null ? a.doc() : old.first()));
        }
        ClaimStatus status = denied ? ClaimStatus.CONTESTED
                : asserting.size() >= 2 ? (random.nextInt(8) == 0 ? ClaimStatus.CONFLICTING : ClaimStatus.CORROBORATED)
                : ClaimStatus.SINGLE_SOURCE;
        List<String> reasons = List.of(switch (status) {
            case CONTESTED -> "denied by at least one claimant";
            case CORROBORATED -> "asserted by " + asserting.size() + " independent claimants";
            case CONFLICTING -> "the reports give different numbers";
            case SINGLE_SOURCE -> "one claimant";
        });
        return new Claim(id, summary, status, 0.4 + random.nextInt(60) / 100.0, reasons, evidence,
                List.copyOf(parties.values()), List.of());
    }

    private List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Entity.EntityMention>> e : mentions.entrySet()) {
            String name = e.getKey();
            EntityType type = List.of(PEOPLE).contains(name) ? EntityType.PERSON
                    : List.of(PLACES).contains(name) ? EntityType.LOCATION : EntityType.ORGANIZATION;
            List<Entity.Merge> merges = new ArrayList<>();
            for (String[] o : ORGANIZATIONS) {
                if (o[0].equals(name)) merges.add(new Entity.Merge(o[1], name, Entity.Reason.ACRONYM, 0.9));
            }
            out.add(new Entity(entityIds.get(name), name, type, e.getValue(), merges, List.of(), null, null));
        }
        return out;
    }

    /** A report's text as it is written, with its paragraphs, sentences and entity mentions. */
    private final class Text {
        private final String id;
        private final StringBuilder text = new StringBuilder(2048);
        private final List<Span> paragraphs = new ArrayList<>();
        private final List<Sentence> sentences = new ArrayList<>();
        private int paragraphStart;
        private int sentenceStart;

        Text(String id) {
            this.id = id;
        }

        Span plain(String s) {
            int start = text.length();
            text.append(s);
            return new Span(start, text.length());
        }

        /** An entity's name, or for an organization sometimes its acronym, recorded as a mention. */
        Span name(String name) {
            String written = name;
            for (String[] o : ORGANIZATIONS) {
                if (o[0].equals(name) && random.nextInt(3) == 0) written = o[1];
            }
            Span span = plain(written);
            mentions.get(name).add(new Entity.EntityMention(id, span, written));
            return span;
        }

        void endSentence() {
            sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, text.length()), 0, 0, List.of()));
            text.append(' ');
            sentenceStart = text.length();
        }

        void paragraph() {
            int end = text.length();
            while (end > paragraphStart && text.charAt(end - 1) == ' ') end--;
            text.setLength(end);
            if (end > paragraphStart) paragraphs.add(new Span(paragraphStart, end));
            text.append("\n\n");
            paragraphStart = text.length();
            sentenceStart = paragraphStart;
        }

        int length() {
            return text.length();
        }

        String substring(Span s) {
            return text.substring(s.start(), s.end());
        }

        List<Span> paragraphs() {
            if (text.length() > paragraphStart) paragraph();
            return paragraphs;
        }

        List<Sentence> sentences() {
            return sentences;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
