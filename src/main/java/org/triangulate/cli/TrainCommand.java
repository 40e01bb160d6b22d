package org.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code triangulate train ...}: trains the models the pipeline ships with, from public benchmarks. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model from a benchmark's training data and writes it; reports its held-out scores.",
        subcommands = {TrainStanceCommand.class, TrainPropositionsCommand.class})
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a model, e.g. 'train stance --fnc1 DIR'");
    }
}
