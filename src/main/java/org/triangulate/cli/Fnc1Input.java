package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.triangulate.bench.Fnc1Corpus;
import picocli.CommandLine.Option;

/** The {@code --fnc1 DIR} option of the stance commands, and the reading of the folder it names. */
final class Fnc1Input {
    @Option(names = "--fnc1", required = true, paramLabel = "DIR",
            description = "A folder with one *bodies.csv (Body ID,articleBody) and one *stances.csv "
                    + "(Headline,Body ID[,Stance]), as the challenge ships them.")
    Path dir;

    /** The corpus; empty, with the reason on {@code err}, if the folder is not an FNC-1 folder (a usage error). */
    Optional<Fnc1Corpus> open(PrintWriter err) throws IOException {
        try {
            return Optional.of(Fnc1Corpus.open(dir));
        } catch (IllegalArgumentException e) {
            err.println("triangulate: " + e.getMessage());
            return Optional.empty();
        }
    }
}
