package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.triangulate.Triangulate;
import org.triangulate.model.Dossier;
import org.triangulate.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate entities PATH...}: the actors, places and things of a story, and why their names were joined. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Lists the entities of a folder of reports: each with its type, its mentions per report, its "
                + "other names, and the reason and score of each join (same name, alias list, acronym, spelling "
                + "variant, surname, ...).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the entities were listed", "1:internal error (a bug: please report it)",
                "2:bad usage, or no report could be read"})
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == ReportFormat.HTML) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format html is for 'report'; entities are listed as text, markdown or json");
        }
        Triangulate triangulate = new Triangulate(input.settings(), SharedAnnotator::get);
        Dossier dossier = triangulate.entities(triangulate.extractSources(input.sources));
        ReportCommand.printDiagnostics(dossier, err);
        if (dossier.documents().isEmpty()) {
            err.println("triangulate: no report could be read from " + input.sources + "; nothing to list");
            return CommandLine.ExitCode.USAGE;
        }
        format.writeEntities(dossier, spec.commandLine().getOut());
        return CommandLine.ExitCode.OK;
    }
}
