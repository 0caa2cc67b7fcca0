package dev.overlap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.overlap.index.EssayIndex;
import dev.overlap.index.StoredEssay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code index} run killed with SIGKILL leaves the last commit: whole essays only, readable by
 * {@code check} while the run is still going (when a second {@code index} fails at once), and the
 * next run completes it without duplicates.
 */
class CrashSafetyIT {
  private static final int ESSAYS = 2000;
  private static final int COMMIT_EVERY = 100;

  @TempDir Path dir;

  @Test
  void aKilledIndexRunLeavesTheLastCommitAndARerunCompletesIt() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    Files.createDirectories(corpus);
    for (int i = 0; i < ESSAYS; i++) {
      Files.writeString(
          corpus.resolve(String.format(java.util.Locale.ROOT, "essay-%04d.txt", i)),
          Runs.essay(i, 60),
          StandardCharsets.UTF_8);
    }
    Path copier = dir.resolve("copier.txt");
    Files.writeString(
        copier, "A new introduction of my own.\n\n" + Runs.essay(5, 60), StandardCharsets.UTF_8);

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m",
                // Interpreted only, so that the run is surely still going while this test checks
                // and tries a second writer (the test's own JVM compiles and is much faster).
                "-Xint",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.overlap.cli.Main",
                "index",
                "--commit-every",
                Integer.toString(COMMIT_EVERY),
                "--index",
                index.toString(),
                corpus.toString())
            .redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            while (lastCommit(index) < 2) {
              assertThat(child.isAlive()).as("the run ended before its second commit").isTrue();
              Thread.sleep(20);
            }
          });

      // A second writer fails at once, naming the lock (IndexLockIT covers a held lock alone).
      long started = System.nanoTime();
      Runs.Result second = Runs.run("index", "--index", index.toString(), corpus.toString());
      assertThat(second.status()).as(second.out() + second.err()).isEqualTo(4);
      assertThat(second.err())
          .contains("is in use by another overlap process", index.resolve("write.lock").toString());
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

      // While the run goes on, check sees the last commit: whole essays, the copied one found.
      Runs.Result check =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> Runs.run("check", "--index", index.toString(), copier.toString()));
      assertThat(check.status()).as(check.err()).isZero();
      assertThat(check.out()).contains("essay-0005.txt");
      assertWholeCommittedEssays(index);
      assertThat(child.isAlive()).as("the run is still going when it is killed").isTrue();
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8))
        .as("the child was killed before it finished")
        .isEmpty();

    int survived = assertWholeCommittedEssays(index);
    assertThat(survived).isBetween(COMMIT_EVERY, ESSAYS - 1);

    Runs.Result rerun =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> Runs.run("index", "--index", index.toString(), corpus.toString()));
    assertThat(rerun.status()).as(rerun.err()).isZero();
    assertThat(rerun.out())
        .contains((ESSAYS - survived) + " added, 0 updated, " + survived + " unchanged")
        .contains(ESSAYS + " essays in");
    assertThat(assertWholeCommittedEssays(index)).isEqualTo(ESSAYS);

    Runs.Result again = Runs.run("index", "--index", index.toString(), corpus.toString());
    assertThat(again.out()).contains("0 added, 0 updated, " + ESSAYS + " unchanged");
  }

  /**
   * Every essay in the index equals its file. (Their number need not be a multiple of
   * --commit-every: essays are added by several threads, so a commit also holds those added just
   * before it; what a killed run loses is still at most --commit-every essays.)
   *
   * @return the number of essays
   */
  private static int assertWholeCommittedEssays(Path index) throws IOException {
    try (EssayIndex opened = EssayIndex.openForReading(index)) {
      Map<String, StoredEssay> all = opened.all();
      for (StoredEssay essay : all.values()) {
        assertThat(essay.content())
            .as(essay.path())
            .isEqualTo(Files.readString(Path.of(essay.id()), StandardCharsets.UTF_8));
      }
      assertThat(all).hasSize(opened.size());
      return all.size();
    }
  }

  /** The generation of the newest segments_N file, 0 when there is none. */
  static long lastCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(index)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("segments_"))
          .mapToLong(
              name -> Long.parseLong(name.substring("segments_".length()), Character.MAX_RADIX))
          .max()
          .orElse(0);
    }
  }
}
