package dev.overlap.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", subcommands = {EvalBoilerplateCommand.class})
final class EvalTmp {}
