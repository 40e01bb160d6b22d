package org.triangulate.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triangulate.Triangulate;
import org.triangulate.model.Dossier;
import org.triangulate.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate serve PATH...}: the dossier as a local web app, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the dossier of a story from its reports, as 'report' does, and serves it as a local "
                + "web app: story overview, claims table, claims with their evidence, coverage, timeline, entities, "
                + "documents, and a JSON API under /api. Stop it with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:internal error (a bug: please report it)",
                "2:bad usage, no report could be read, or the port is taken"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
            description = "The port to listen on; 0 for any free one. Default: ${DEFAULT-VALUE}.")
    int port;

    // --host already chooses WARC records (InputOptions); the address to listen on is --bind.
    @Option(names = "--bind", defaultValue = WebApp.DEFAULT_HOST, paramLabel = "ADDRESS",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only; anything else "
                    + "shows the reports to the network.")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be in 0..65535, was " + port);
        }
        Dossier dossier = new Triangulate(input.settings(), SharedAnnotator::get).reportSources(input.sources);
        ReportCommand.printDiagnostics(dossier, err);
        if (dossier.documents().isEmpty()) {
            err.println("triangulate: no report could be read from " + input.sources + "; nothing to serve");
            return CommandLine.ExitCode.USAGE;
        }
        WebApp app;
        try {
            app = WebApp.start(dossier, bind, port);
        } catch (UncheckedIOException e) {
            err.println("triangulate: " + e.getCause().getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "triangulate-serve-stop"));
        out.println("triangulate: serving " + dossier.documents().size() + " reports at " + app.url()
                + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return CommandLine.ExitCode.OK;
    }
}
