package dev.overlap.cli;

import dev.overlap.eval.peers.JPlag;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --jplag JAR}: the runner that measures the peer JPlag, when it has been built. */
final class JPlagOption {
  @Option(
      names = "--jplag",
      paramLabel = "JAR",
      defaultValue = "src/peers/jplag/target/jplag-runner.jar",
      description =
          "The JPlag runner, built by 'mvn -f src/peers/jplag/pom.xml package' (default:"
              + " ${DEFAULT-VALUE}; skipped when absent).")
  Path jar;

  /** The runner, if built. */
  Optional<JPlag> find() {
    return JPlag.find(jar);
  }
}
