package dev.overlap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that reads or writes the index. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path path;
}
