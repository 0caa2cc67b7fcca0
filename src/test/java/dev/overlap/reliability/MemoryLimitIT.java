package dev.overlap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too large for the heap, in a child JVM with a small {@code -Xmx}: {@code index} refuses it
 * and goes on with the batch; so does {@code check}: one line, exit 3, no stack trace.
 */
class MemoryLimitIT {
  private static final String HEAP = "-Xmx48m";

  @TempDir Path dir;
  Path corpus;
  Path big;

  @BeforeEach
  void corpusWithABigFile() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    big = corpus.resolve("big.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; Files.size(big) < 6L * 1024 * 1024; i++) {
        out.write(Runs.essay(500 + i, 20_000).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }
    Files.writeString(corpus.resolve("good.txt"), Runs.essay(1, 300), StandardCharsets.UTF_8);
  }

  @Test
  void indexRefusesAFileTooLargeForTheHeapAndIndexesTheRest() throws Exception {
    Result result = overlap("index", "--index", dir.resolve("index").toString(), corpus.toString());

    assertThat(result.status()).as(result.err()).isEqualTo(3);
    assertThat(result.err())
        .contains(
            "big.txt: too large to process in memory (split the file, or give java more heap with"
                + " -Xmx) (skipped)")
        .doesNotContain("\tat ", "Exception");
    assertThat(result.out()).contains("1 added, 0 updated, 0 unchanged, 0 removed, 1 refused");
  }

  @Test
  void checkRunningOutOfMemoryRefusesThatEssayWithOneLine() throws Exception {
    Path index = dir.resolve("index");
    Path small = dir.resolve("small corpus");
    Files.createDirectories(small);
    Files.move(corpus.resolve("good.txt"), small.resolve("good.txt"));
    assertThat(overlap("index", "--index", index.toString(), small.toString()).status()).isZero();

    Result result =
        overlap("check", "--index", index.toString(), big.toString(), small.resolve("good.txt").toString());

    assertThat(result.status()).as(result.err()).isEqualTo(3);
    assertThat(result.err().lines().filter(line -> line.startsWith("overlap: ")))
        .singleElement()
        .asString()
        .startsWith("overlap: " + big + ": too large to process in memory");
    assertThat(result.err()).doesNotContain("\tat ", "Exception");
    assertThat(result.out()).contains("good.txt: 0.0% similar");
  }

  record Result(int status, String out, String err) {}

  private Result overlap(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("--enable-native-access=ALL-UNNAMED", HEAP, "-XX:+UseSerialGC", "-cp"));
    command.add(System.getProperty("java.class.path"));
    command.add("dev.overlap.cli.Main");
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("overlap " + String.join(" ", args) + " took over 60 s");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
