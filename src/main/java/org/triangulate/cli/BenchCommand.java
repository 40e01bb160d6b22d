package org.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code triangulate bench ...}: measurements. Each ends with one line of name=value pairs for scripts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the pipeline. Each benchmark ends with one line of name=value pairs.",
        subcommands = {BenchReportCommand.class, BenchAttributionCommand.class, BenchEntitiesCommand.class,
                BenchPropositionsCommand.class, BenchStanceCommand.class, BenchWarcCommand.class,
                BenchExtractCommand.class, BenchWebCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a benchmark, e.g. 'bench report FOLDER'");
    }
}
