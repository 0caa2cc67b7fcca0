package dev.overlap.cli;

import picocli.CommandLine.Option;

/** {@code --max-words N}, shared by index, check and compare. */
final class MaxWordsOption {
  @Option(
      names = "--max-words",
      paramLabel = "N",
      description = "Refuse essays of more words than this (default: ${DEFAULT-VALUE}).")
  int value;

  /** The limit, checked. */
  int checked() {
    if (value < 1) {
      throw new UserException(ExitCode.USAGE, "--max-words must be at least 1, got " + value);
    }
    return value;
  }
}
