package org.triangulate.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Claimant;
import org.triangulate.model.DatePrecision;
import org.triangulate.model.Diagnostic;
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
 * Dossiers built by hand, so the pages are tested on the full model (several pieces of evidence per claim, both
 * sides of a contested claim) whatever reconciliation gives today: a small harbour-strike story, and a report full of
 * markup that must stay text.
 */
public final class TestDossiers {
    private TestDossiers() {}

    public static final String COURIER = "The Kestrelport Harbour Authority said on Saturday that the dock strike was "
            + "over. Mirela Castellane, the authority's chief executive, said that every terminal in Kestrelport was "
            + "open.\n\nTobias Brannock, the union's general secretary, denied that any agreement had been signed. "
            + "More than 3,000 dockworkers walked out in February.\n";
    public static final String LEDGER = "The KHA said all six terminals had reopened. The Dockworkers' Union of "
            + "Lusmere denied that the terminals were open, saying Terminals 4 and 5 remained shut.\n\nThe strike "
            + "began in 2025, according to the union.\n";
    public static final String HARBOURLINE = "According to harbour officials, every terminal in Kestrelport was open "
            + "for business. Ships were expected to dock on Tuesday.\n";
    /** The sentence the denial of the contested claim picks out, in the Ledger's report. */
    public static final String DENIAL = "The Dockworkers' Union of Lusmere denied that the terminals were open";

    /** Three outlets; claim c1 is contested (three assert it, one denies it). */
    public static Dossier harbourStrike() {
        AnnotatedDocument d1 = doc("d1", COURIER, "The Kestrelport Courier", "2026-03-15", "Harbour authority declares strike over");
        AnnotatedDocument d2 = doc("d2", LEDGER, "Lusmere Daily Ledger", "2026-03-16", "KHA says terminals are open, union disagrees");
        AnnotatedDocument d3 = doc("d3", HARBOURLINE, "Harbourline News Agency", "2026-03-17", "Port operator and union at odds");
        Claimant kha = new Claimant("e1", "Kestrelport Harbour Authority", Claimant.Kind.ENTITY);
        Claimant castellane = new Claimant("e2", "Mirela Castellane", Claimant.Kind.ENTITY);
        Claimant brannock = new Claimant("e3", "Tobias Brannock", Claimant.Kind.ENTITY);
        Claimant union = new Claimant("e4", "Dockworkers' Union of Lusmere", Claimant.Kind.ENTITY);
        Claimant officials = new Claimant("g1", "harbour officials", Claimant.Kind.GROUP);
        Attribution a1 = said(d1, "Mirela Castellane", "said", "every terminal in Kestrelport was open", Stance.ASSERTS, castellane);
        Attribution a2 = said(d2, "The KHA", "said", "all six terminals had reopened", Stance.ASSERTS, kha);
        Attribution a3 = said(d2, "The Dockworkers' Union of Lusmere", "denied", "the terminals were open", Stance.DENIES, union);
        Attribution a4 = said(d3, "harbour officials", "According to", "every terminal in Kestrelport was open for business",
                Stance.ASSERTS, officials);
        Claim contested = new Claim("c1", "Every terminal in Kestrelport is open", ClaimStatus.CONTESTED, 0.8,
                List.of("asserted by the harbour authority and harbour officials", "denied by the union"),
                List.of(a1, a2, a3, a4), List.of(
                        new Claim.Party(castellane, kha, Stance.ASSERTS, List.of("d1"), "d1"),
                        new Claim.Party(kha, null, Stance.ASSERTS, List.of("d2"), "d2"),
                        new Claim.Party(officials, null, Stance.ASSERTS, List.of("d3"), "d3"),
                        new Claim.Party(union, null, Stance.DENIES, List.of("d2"), "d2")), List.of());
        Claim over = new Claim("c2", "The dock strike is over", ClaimStatus.SINGLE_SOURCE,
                List.of(said(d1, "The Kestrelport Harbour Authority", "said", "the dock strike was over", Stance.ASSERTS, kha)));
        Claim agreement = new Claim("c3", "An agreement has been signed", ClaimStatus.CONTESTED, 0.6,
                List.of("denied by its only claimant"),
                List.of(said(d1, "Tobias Brannock", "denied", "any agreement had been signed", Stance.DENIES, brannock)),
                List.of(), List.of());
        int walk = COURIER.indexOf("More than 3,000");
        Claim walkout = new Claim("c4", "More than 3,000 dockworkers walked out", ClaimStatus.CORROBORATED, 0.7,
                List.of("the outlet's own statement"), List.of(new Attribution("d1", null, null,
                        List.of(new Span(walk, COURIER.indexOf(" in February", walk))), Stance.ASSERTS,
                        Claimant.outlet("The Kestrelport Courier"), Attribution.Form.OUTLET, false)), List.of(),
                List.of(new Claim.Value("d1", span(COURIER, "More than 3,000"), "More than 3,000", "number", 3000,
                        Double.POSITIVE_INFINITY, true, true)));
        List<Entity> entities = List.of(
                new Entity("e1", "Kestrelport Harbour Authority", EntityType.ORGANIZATION,
                        List.of(mention(d1, "Kestrelport Harbour Authority"), mention(d2, "KHA")),
                        List.of(new Entity.Merge("KHA", "Kestrelport Harbour Authority", Entity.Reason.DEFINED_IN_TEXT, 0.95)),
                        List.of(), null, null),
                new Entity("e2", "Mirela Castellane", EntityType.PERSON, List.of(mention(d1, "Mirela Castellane")),
                        List.of(), List.of("chief executive"), null, null),
                new Entity("e3", "Tobias Brannock", EntityType.PERSON, List.of(mention(d1, "Tobias Brannock"))),
                new Entity("e4", "Dockworkers' Union of Lusmere", EntityType.ORGANIZATION,
                        List.of(mention(d2, "Dockworkers' Union of Lusmere"))),
                new Entity("e5", "Kestrelport", EntityType.LOCATION, List.of(mention(d1, "Kestrelport was"),
                        mention(d3, "Kestrelport was")).stream().map(m -> new Entity.EntityMention(m.doc(),
                        new Span(m.span().start(), m.span().start() + "Kestrelport".length()), "Kestrelport")).toList()));
        Timeline timeline = new Timeline(List.of(
                dated(d2, "2025", DatePrecision.YEAR, "in 2025"),
                dated(d1, "2026-02", DatePrecision.MONTH, "in February"),
                dated(d1, "2026-03-14", DatePrecision.DAY, "on Saturday")),
                List.of(new TimelineEntry(null, null, evidence(d3, "on Tuesday"),
                        sentenceOf(d3, "on Tuesday"), "XXXX-WXX-2", "no anchor date after the publication date")));
        return new Dossier(List.of(d1, d2, d3), entities, List.of(contested, over, agreement, walkout), timeline,
                List.of(Diagnostic.warning("ledger.txt", "a line of the manifest was ignored")));
    }

    /** The script every hostile string tries to run. */
    public static final String PAYLOAD = "window.__xss=1";
    public static final String HOSTILE = "Attack <script>window.__xss=1</script> in the text.\n"
            + "The mayor said that <img src=x onerror=\"window.__xss=1\"> was harmless.\n"
            + "Read <a href=\"javascript:window.__xss=1\">this link</a> now, said \"Eve' onmouseover='window.__xss=1\".\n";

    /** One report whose text, outlet, title, URL, names and summaries all carry markup and script. */
    public static Dossier hostile() {
        SourceDocument source = new SourceDocument("d1", "<script>window.__xss=1</script>.txt", SourceDocument.Format.TEXT,
                HOSTILE, new Metadata(LocalDate.of(2026, 3, 15), "<script>window.__xss=1</script> Times",
                "javascript:window.__xss=1", "<b onmouseover=\"window.__xss=1\">Headline</b>", "en"));
        AnnotatedDocument d = new AnnotatedDocument(new Article(source, null, null, paragraphs(HOSTILE), List.of(),
                List.of()), sentences(HOSTILE), List.of(), List.of(), List.of(), List.of());
        Claimant mayor = new Claimant("e1", "<svg onload=window.__xss=1>", Claimant.Kind.ENTITY);
        Claimant eve = new Claimant("g1", "Eve' onmouseover='window.__xss=1", Claimant.Kind.GROUP);
        Claim img = new Claim("c1", "<img src=x onerror=\"window.__xss=1\"> was harmless", ClaimStatus.CONTESTED, 0.5,
                List.of("<script>window.__xss=1</script>"),
                List.of(said(d, "The mayor", "said", "<img src=x onerror=\"window.__xss=1\"> was harmless", Stance.ASSERTS, mayor),
                        said(d, "\"Eve' onmouseover='window.__xss=1\"", "said",
                                "Read <a href=\"javascript:window.__xss=1\">this link</a> now", Stance.DENIES, eve)),
                List.of(new Claim.Party(mayor, eve, Stance.ASSERTS, List.of("d1"), "d1")), List.of());
        Entity entity = new Entity("e1", "<svg onload=window.__xss=1>", EntityType.PERSON,
                List.of(mention(d, "The mayor")), List.of(new Entity.Merge("<script>window.__xss=1</script>",
                "<svg onload=window.__xss=1>", Entity.Reason.SAME_NAME, 1)), List.of("<i onclick=x>mayor</i>"), null, null);
        Timeline timeline = new Timeline(List.of(dated(d, "2026-03-14", DatePrecision.DAY, "<script>")), List.of());
        return new Dossier(List.of(d), List.of(entity), List.of(img), timeline,
                List.of(Diagnostic.error("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=1\">")));
    }

    static AnnotatedDocument doc(String id, String text, String outlet, String published, String title) {
        SourceDocument source = new SourceDocument(id, id + ".txt", SourceDocument.Format.TEXT, text,
                new Metadata(LocalDate.parse(published), outlet, "https://news.example/" + id, title, "en"));
        return new AnnotatedDocument(new Article(source, null, null, paragraphs(text), List.of(), List.of()),
                sentences(text), List.of(), List.of(), List.of(), List.of());
    }

    static Attribution said(AnnotatedDocument d, String source, String cue, String content, Stance stance, Claimant who) {
        Attribution.Form form = cue.startsWith("According") ? Attribution.Form.ACCORDING_TO : Attribution.Form.INDIRECT;
        Span s = span(d.text(), source);
        Span c = span(d.text(), cue, s.start());
        return new Attribution(d.id(), s, c, List.of(span(d.text(), content, s.start())), stance, who, form, false);
    }

    static Span span(String text, String phrase) {
        return span(text, phrase, 0);
    }

    /** Where {@code phrase} is, near {@code from}: its first occurrence after it, else the last before it. */
    static Span span(String text, String phrase, int from) {
        int at = text.indexOf(phrase, from);
        if (at < 0) at = text.lastIndexOf(phrase, from);
        if (at < 0) throw new IllegalArgumentException("'" + phrase + "' is not in the text");
        return new Span(at, at + phrase.length());
    }

    static Entity.EntityMention mention(AnnotatedDocument d, String phrase) {
        return new Entity.EntityMention(d.id(), span(d.text(), phrase), phrase);
    }

    static Evidence evidence(AnnotatedDocument d, String phrase) {
        return new Evidence(d.id(), span(d.text(), phrase), phrase);
    }

    static Evidence sentenceOf(AnnotatedDocument d, String phrase) {
        Span at = span(d.text(), phrase);
        for (Sentence s : d.sentences()) {
            if (s.span().contains(at)) return new Evidence(d.id(), s.span(), s.span().of(d.text()));
        }
        throw new IllegalArgumentException("no sentence holds '" + phrase + "'");
    }

    static TimelineEntry dated(AnnotatedDocument d, String date, DatePrecision precision, String phrase) {
        return new TimelineEntry(date, precision, evidence(d, phrase), sentenceOf(d, phrase), date, null);
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\n]+").matcher(text);
        while (m.find()) out.add(new Span(m.start(), m.end()));
        return out;
    }

    /** Sentences ending at a full stop followed by white space, or at a line's end. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\n]+?(\\.(?=\\s)|(?=\n)|$)").matcher(text);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && text.charAt(start) == ' ') start++;
            if (start < m.end()) out.add(new Sentence(out.size(), new Span(start, m.end()), 0, 0, List.of()));
        }
        return out;
    }
}
