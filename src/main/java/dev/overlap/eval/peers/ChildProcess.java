package dev.overlap.eval.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs one command as its own process and measures it the same way for every tool: wall time,
 * and peak resident memory (VmHWM from /proc, sampled until the process ends; 0 where /proc is
 * absent).
 */
final class ChildProcess {
  /** What one run took; {@code finished} is false when it was stopped at the time limit. */
  record Measured(double seconds, double peakMegabytes, int exitCode, boolean finished) {}

  private ChildProcess() {}

  static Measured run(List<String> command, Path dir, Path stdout, Duration limit)
      throws IOException {
    return run(command, dir, null, stdout, limit);
  }

  /**
   * Runs {@code command} with {@code stdin} (a file, or nothing when null) as its standard input.
   *
   * @throws IOException when the program cannot be started (the message names it and why)
   */
  static Measured run(
      List<String> command, Path dir, @Nullable Path stdin, Path stdout, Duration limit)
      throws IOException {
    long started = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    Process process = builder.start();
    if (stdin == null) {
      process.getOutputStream().close();
    }
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peakKilobytes = 0;
    long deadline = started + limit.toNanos();
    try {
      while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
        peakKilobytes = Math.max(peakKilobytes, highWaterMark(status));
        if (System.nanoTime() > deadline) {
          process.destroyForcibly().waitFor();
          return new Measured(
              (System.nanoTime() - started) / 1e9, peakKilobytes / 1024.0, -1, false);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + command.get(0), e);
    }
    return new Measured(
        (System.nanoTime() - started) / 1e9, peakKilobytes / 1024.0, process.exitValue(), true);
  }

  /** The process's peak resident set in kB, or 0 when it cannot be read (ended, or no /proc). */
  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
