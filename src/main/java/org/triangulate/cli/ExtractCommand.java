package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.Triangulate;
import org.triangulate.model.Article;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code triangulate extract PATH-OR-URL...}: the first stages alone (ingest and extract, no language models), each
 * document printed as soon as it is read: its source, metadata and cleaned article text. Streams, so a WARC file of
 * any size is printed in the memory of one page.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads reports (files, folders, URLs, WARC files, feeds, JSON Lines) and prints each one's "
                + "source, metadata and article text, page furniture removed. No language models are loaded.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one document was printed", "1:internal error (a bug: please report it)",
                "2:bad usage, or no report could be read"})
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How each document is printed. */
    enum Format { TEXT, JSON }

    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a header, then the article) or json (JSON Lines: one object a document, with id, "
                    + "source, format, title, outlet, published, url, language and text). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] printed = {0};
        new Triangulate(input.settings(), () -> {
            throw new IllegalStateException("extract annotates nothing");
        }).extractEach(input.sources, new Triangulate.ArticleSink() {
            @Override
            public void article(Article article) {
                out.print(format == Format.JSON ? json(article) + "\n" : text(article));
                out.flush();
                printed[0]++;
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                err.println("triangulate: " + diagnostic);
                err.flush();
            }
        });
        if (printed[0] == 0) {
            err.println("triangulate: no report could be read from " + input.sources);
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.OK;
    }

    private static String text(Article article) {
        Metadata m = article.document().metadata();
        StringBuilder s = new StringBuilder();
        s.append("== ").append(article.id()).append(' ').append(article.document().source()).append('\n');
        line(s, "title", article.headline());
        line(s, "outlet", article.publisher());
        line(s, "published", m.published() == null ? null : m.published().toString());
        line(s, "url", m.url());
        line(s, "language", m.language());
        s.append('\n').append(article.cleanedText()).append("\n\n");
        return s.toString();
    }

    private static void line(StringBuilder s, String name, String value) {
        if (value != null) s.append(name).append(": ").append(value).append('\n');
    }

    private static String json(Article article) {
        Metadata m = article.document().metadata();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", article.id());
        o.put("source", article.document().source());
        o.put("format", article.document().format().name().toLowerCase(Locale.ROOT));
        o.put("title", article.headline());
        o.put("outlet", article.publisher());
        o.put("published", m.published() == null ? null : m.published().toString());
        o.put("url", m.url());
        o.put("language", m.language());
        o.put("text", article.cleanedText());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serializes", e);
        }
    }
}
