package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.triangulate.Triangulate;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Dossier;
import org.triangulate.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate report PATH...}: the dossier of a folder of reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Builds the dossier of a story from its reports: outlets, entities with every mention, "
                + "the timeline, each tied to its source span.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the dossier was written", "1:internal error (a bug: please report it)",
                "2:bad usage, or no report could be read"})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown, json, or html (one self-contained page). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the dossier here instead of to "
            + "standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && output.toAbsolutePath().getParent() != null
                && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            err.println("triangulate: cannot write " + output + ": its folder does not exist");
            return CommandLine.ExitCode.USAGE;
        }
        Dossier dossier = new Triangulate(input.settings(), SharedAnnotator::get).reportSources(input.sources);
        printDiagnostics(dossier, err);
        if (dossier.documents().isEmpty()) {
            err.println("triangulate: no report could be read from " + input.sources + "; nothing to write");
            return CommandLine.ExitCode.USAGE;
        }
        write(dossier, spec.commandLine().getOut());
        return CommandLine.ExitCode.OK;
    }

    static void printDiagnostics(Dossier dossier, PrintWriter err) {
        for (Diagnostic d : dossier.diagnostics()) {
            err.println("triangulate: " + d);
        }
        err.flush();
    }

    /** Writes to the output file through a temporary file beside it, so a failed run never leaves half a dossier. */
    private void write(Dossier dossier, PrintWriter out) throws IOException {
        if (output == null) {
            format.write(dossier, out);
            return;
        }
        Path target = output.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                format.write(dossier, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
