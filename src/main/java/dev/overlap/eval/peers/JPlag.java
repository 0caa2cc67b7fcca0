package dev.overlap.eval.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peer JPlag 6 (text language, clustering off), run in its own process through our runner
 * (src/peers/jplag), which is built apart so that JPlag's dependencies never meet overlap's.
 */
public final class JPlag {
  /** Where {@code mvn -f src/peers/jplag/pom.xml package} leaves the runner. */
  public static final Path DEFAULT_RUNNER = Path.of("src/peers/jplag/target/jplag-runner.jar");

  /** How to build the runner, for notes. */
  public static final String HOW_TO_GET = "mvn -f src/peers/jplag/pom.xml package";

  private final Path runner;

  public JPlag(Path runner) {
    this.runner = runner;
  }

  /** The runner jar. */
  public Path runner() {
    return runner;
  }

  /** The runner at {@code path}, if it has been built. */
  public static Optional<JPlag> find(Path path) {
    return Files.isRegularFile(path) ? Optional.of(new JPlag(path.toAbsolutePath())) : Optional.empty();
  }

  /**
   * JPlag's maximal similarity (0..1) of every pair with a match, new against old submissions,
   * or every pair of new ones when {@code oldDir} is null. Keys are "a\tb" by file name, both
   * orders.
   */
  public Map<String, Double> similarities(Path newDir, Path oldDir, Path workDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = workDir.resolve("jplag-" + System.nanoTime() + ".tsv");
    ChildProcess.Measured run =
        ChildProcess.run(
            List.of(java, "-jar", runner.toString(), newDir.toAbsolutePath().toString(),
                oldDir == null ? "-" : oldDir.toAbsolutePath().toString(), out.toString()),
            workDir,
            workDir.resolve("jplag.log"),
            Duration.ofMinutes(30));
    if (!run.finished() || run.exitCode() != 0 || !Files.exists(out)) {
      throw new IOException(
          "JPlag failed (exit " + run.exitCode() + "); see " + workDir.resolve("jplag.log"));
    }
    Map<String, Double> similarities = new HashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 3) {
        String a = Path.of(fields[0]).getFileName().toString();
        String b = Path.of(fields[1]).getFileName().toString();
        double similarity = Double.parseDouble(fields[2]);
        similarities.merge(a + "\t" + b, similarity, Math::max);
        similarities.merge(b + "\t" + a, similarity, Math::max);
      }
    }
    return similarities;
  }
}
