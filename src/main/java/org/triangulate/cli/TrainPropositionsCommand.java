package org.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.Settings;
import org.triangulate.Triangulate;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Span;
import org.triangulate.reconcile.Embedder;
import org.triangulate.reconcile.PairModel;
import org.triangulate.reconcile.Reconciler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triangulate train propositions STORY...}: learns the pair model ({@link PairModel}) from stories with answer
 * keys. Each story is run up to attribution; a statement that cites at least half of a key quote belongs to that
 * quote's claim; two statements of one claim are a positive pair, two of different claims a negative one, and
 * statements that cite no key quote are left out. Last line: {@code pairs=N positive=N auc=0.xx} and the weights.
 */
@Command(name = "propositions", mixinStandardHelpOptions = true,
        description = {"Learns which statements make one proposition from stories with answer keys, and writes the "
                + "pair model.",
                "Each STORY is a folder of reports; its key is KEYS/<folder name>-key.json (the format of "
                        + "../shared/eval: claims, each with evidence quotes and the first three letters of the file "
                        + "that holds them).",
                "Last line: stories, pairs, positive, auc (on the training pairs), and the three weights."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:internal error (a bug: please report it)",
                "2:bad usage: a story without a key, a key that cannot be read, or no pairs of both kinds"})
final class TrainPropositionsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "STORY", description = "Folders of reports, one story each.")
    List<Path> stories;

    @Option(names = "--keys", defaultValue = "src/test/resources/org/triangulate/stories", paramLabel = "DIR",
            description = "Where the keys are. Default: ${DEFAULT-VALUE}.")
    Path keys;

    @Option(names = "--out", defaultValue = "target/proposition.model", paramLabel = "FILE",
            description = "Where the model goes. The built-in one is "
                    + "src/main/resources/org/triangulate/reconcile/proposition.model. Default: ${DEFAULT-VALUE}.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A key quote: the claim it belongs to, the first letters of its file's name, and its words. */
    record Quote(String claim, String doc, String text) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        List<double[]> rows = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        Triangulate triangulate = new Triangulate(new Settings(IngestOptions.defaults(),
                Math.max(1, Runtime.getRuntime().availableProcessors())), SharedAnnotator::get);
        for (Path story : stories) {
            Path keyFile = keys.resolve(story.toAbsolutePath().normalize().getFileName() + "-key.json");
            if (!Files.isRegularFile(keyFile)) {
                err.println("triangulate: " + story + ": no key at " + keyFile);
                return 2;
            }
            List<Quote> quotes;
            try {
                quotes = quotes(new ObjectMapper().readTree(keyFile.toFile()));
            } catch (IOException e) {
                err.println("triangulate: " + keyFile + ": not a story key: " + e.getMessage());
                return 2;
            }
            Triangulate.Extracted extracted = triangulate.extract(List.of(story));
            // A file that cannot be read is named and left out; the rest of the story still teaches.
            for (Diagnostic d : extracted.diagnostics()) err.println("triangulate: " + d);
            Triangulate.Attributed a = triangulate.attribute(extracted);
            List<String> texts = Reconciler.statementTexts(a.documents(), a.attributions());
            List<Set<String>> labels = new ArrayList<>();
            int found = 0;
            Set<Quote> located = new HashSet<>();
            for (int d = 0; d < a.documents().size(); d++) {
                AnnotatedDocument doc = a.documents().get(d);
                // The key quotes this document holds, found once.
                List<Quote> here = new ArrayList<>();
                List<int[]> spans = new ArrayList<>();
                for (Quote q : quotes) {
                    int[] span = locate(doc, q);
                    if (span == null) continue;
                    located.add(q);
                    here.add(q);
                    spans.add(span);
                }
                for (Attribution at : a.attributions().get(d)) {
                    Set<String> l = new HashSet<>();
                    for (int k = 0; k < here.size(); k++) if (covers(at, spans.get(k))) l.add(here.get(k).claim());
                    if (!l.isEmpty()) found++;
                    labels.add(l);
                }
            }
            PairModel.Signals s = PairModel.signals(texts.isEmpty() ? List.of() : Embedder.shared().embedAll(texts),
                    texts);
            int before = rows.size();
            int positive = 0;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).isEmpty()) continue;
                for (int j = i + 1; j < labels.size(); j++) {
                    if (labels.get(j).isEmpty()) continue;
                    boolean one = labels.get(i).stream().anyMatch(labels.get(j)::contains);
                    rows.add(new double[] {s.centered()[i][j], s.overlap()[i][j]});
                    same.add(one);
                    if (one) positive++;
                }
            }
            outw.printf(Locale.ROOT, "%s: %d statements, %d citing a key quote; %d of %d key quotes found; "
                    + "%d pairs, %d of one claim%n", story, texts.size(), found, located.size(), quotes.size(),
                    rows.size() - before, positive);
        }
        PairModel model;
        try {
            model = PairModel.fit(rows, same);
        } catch (IllegalArgumentException e) {
            err.println("triangulate: " + e.getMessage());
            return 2;
        }
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) p[i] = model.probability(rows.get(i)[0], rows.get(i)[1]);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(out, "# triangulate train propositions " + String.join(" ", stories.stream()
                .map(Path::toString).toList()) + "\n" + model.write());
        outw.println("wrote " + out);
        long positives = same.stream().filter(b -> b).count();
        outw.printf(Locale.ROOT, "stories=%d pairs=%d positive=%d auc=%.3f %s%n", stories.size(), rows.size(),
                positives, auc(p, same), model.write().strip().replaceAll("\\s*\\n", " ").replace('\t', '='));
        return 0;
    }

    /** The key's quotes, each with its claim. */
    static List<Quote> quotes(JsonNode key) throws IOException {
        JsonNode claims = key.path("claims");
        if (!claims.isArray()) throw new IOException("no \"claims\" array");
        List<Quote> out = new ArrayList<>();
        for (JsonNode c : claims) {
            String id = c.path("id").asText(null);
            if (id == null) throw new IOException("a claim without an \"id\"");
            for (JsonNode e : c.path("evidence")) {
                String doc = e.path("doc").asText("");
                String quote = e.path("quote").asText("");
                if (!doc.isEmpty() && !quote.isBlank()) out.add(new Quote(id, doc, quote));
            }
        }
        return out;
    }

    /**
     * Where a key quote is in a document whose file name starts with the quote's {@code doc}, as a start and an end in
     * the document's text; whitespace and the form of quote marks may differ. Null when it is not there.
     */
    static int[] locate(AnnotatedDocument doc, Quote q) {
        String source = doc.article().document().source();
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        if (!file.startsWith(q.doc())) return null;
        StringBuilder regex = new StringBuilder();
        for (String word : q.text().strip().split("\\s+")) {
            if (regex.length() > 0) regex.append("\\s+");
            regex.append(Pattern.quote(word).replaceAll("[\"“”]", "\\\\E[\"“”«»]\\\\Q")
                    .replaceAll("['‘’]", "\\\\E['‘’]\\\\Q"));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(doc.text());
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** Whether an attribution (its source, cue and content) holds at least half of a quote's characters. */
    static boolean covers(Attribution a, int[] quote) {
        List<Span> spans = new ArrayList<>(a.content());
        if (a.source() != null) spans.add(a.source());
        if (a.cue() != null) spans.add(a.cue());
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (Span s : spans) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        int shared = Math.min(end, quote[1]) - Math.max(start, quote[0]);
        return shared * 2 >= quote[1] - quote[0];
    }

    /** The area under the ROC curve of scores against labels: the chance a positive outranks a negative. */
    static double auc(double[] scores, List<Boolean> positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(scores[x], scores[y]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive.get(order[k])) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
