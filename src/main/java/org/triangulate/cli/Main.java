package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.triangulate.Triangulate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code triangulate} command. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads many reports of the same events and gives one account: actors, claims, a timeline, "
                + "each tied to its source.",
        subcommands = {ReportCommand.class, ExtractCommand.class, EntitiesCommand.class, ServeCommand.class,
                BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given writers; returns the exit code: 0 ok, 1 internal error, 2 user error. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("triangulate: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command, e.g. 'triangulate report FOLDER'");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Triangulate.class.getPackage().getImplementationVersion();
            return new String[] {"triangulate " + (v == null ? "(development build)" : v)};
        }
    }
}
