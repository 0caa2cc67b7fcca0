package dev.overlap.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the peer {@code sim_text} (Dick Grune's similarity tester, Debian package
 * similarity-tester) and reads its percentages: "A consists for N % of B material" is the share
 * of A's words found in B.
 */
public final class SimText {
  private static final Pattern LINE =
      Pattern.compile("^(.+?) consists for (\\d+) % of (.+?) material$");

  private final Path executable;
  private final int minRun;

  public SimText(Path executable, int minRun) {
    this.executable = executable;
    this.minRun = minRun;
  }

  public int minRun() {
    return minRun;
  }

  /** {@code sim_text} on the PATH, if there. */
  public static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "sim_text");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Percentages (0..1) of each file's words found in each other file, every pair compared in
   * isolation ({@code -e}); with {@code oldFiles} non-empty, only new against old ({@code -S}).
   * Without {@code -S}, sim_text prints only the larger direction of each pair.
   * Files are given by name relative to {@code dir}; keys are "a\tb".
   */
  public Map<String, Double> percentages(Path dir, List<String> newFiles, List<String> oldFiles)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of("-r", Integer.toString(minRun), "-p", "-t", "1", "-e", "-T"));
    if (!oldFiles.isEmpty()) {
      command.add("-S");
    }
    command.addAll(newFiles);
    if (!oldFiles.isEmpty()) {
      command.add("/");
      command.addAll(oldFiles);
    }
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("sim_text did not finish in 10 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for sim_text", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException("sim_text exited with status " + process.exitValue());
    }
    return parse(output);
  }

  /** Reads "A consists for N % of B material" lines; keys "A\tB", values N / 100. */
  static Map<String, Double> parse(String output) {
    Map<String, Double> out = new HashMap<>();
    for (String line : output.split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches()) {
        out.merge(m.group(1) + "\t" + m.group(3), Integer.parseInt(m.group(2)) / 100.0, Math::max);
      }
    }
    return out;
  }
}
