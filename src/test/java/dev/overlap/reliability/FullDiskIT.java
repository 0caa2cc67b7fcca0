package dev.overlap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only file system under the index: one line, exit 4, and the last commit
 * still opens with every essay it held. Needs a small tmpfs mounted by the test (root, as in CI);
 * skipped with a message where mounting is not allowed.
 */
class FullDiskIT {
  @TempDir Path dir;
  Path disk;
  Path index;
  Path corpus;
  boolean mounted;

  @BeforeEach
  void smallDisk() throws Exception {
    disk = dir.resolve("disk");
    Files.createDirectories(disk);
    mounted = command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString());
    assumeTrue(mounted, "cannot mount a tmpfs here (needs root): full-disk tests skipped");
    index = disk.resolve("index");
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < 20; i++) {
      Files.writeString(corpus.resolve("essay-" + i + ".txt"), Runs.essay(i, 200), StandardCharsets.UTF_8);
    }
    Runs.Result first = Runs.run("index", "--index", index.toString(), corpus.toString());
    assertThat(first.status()).as(first.err()).isZero();
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      command("umount", "-l", disk.toString());
    }
  }

  @Test
  void aFullDiskIsOneLineAndTheLastCommitStays() throws Exception {
    Path big = dir.resolve("big");
    Files.createDirectories(big);
    for (int i = 0; i < 200; i++) {
      Files.writeString(big.resolve("long-" + i + ".txt"), Runs.essay(1000 + i, 3000), StandardCharsets.UTF_8);
    }

    Runs.Result full = Runs.run("index", "--quiet", "--index", index.toString(), big.toString());

    assertThat(full.status()).as(full.err()).isEqualTo(4);
    assertThat(full.err())
        .startsWith("overlap: " + index)
        .contains("No space left on device")
        .doesNotContain("\tat ");
    assertThat(full.err().strip()).doesNotContain("\n");
    assertLastCommitHoldsTheFirstTwenty();
  }

  @Test
  void aReadOnlyFileSystemIsOneLineAndTheLastCommitStays() throws Exception {
    assumeTrue(command("mount", "-o", "remount,ro", disk.toString()), "cannot remount read-only");
    Files.writeString(corpus.resolve("new.txt"), Runs.essay(99, 200), StandardCharsets.UTF_8);

    Runs.Result readOnly = Runs.run("index", "--index", index.toString(), corpus.toString());

    assertThat(readOnly.status()).as(readOnly.err()).isEqualTo(4);
    assertThat(readOnly.err()).startsWith("overlap: ").contains(index.toString()).doesNotContain("\tat ");
    assertThat(readOnly.err().strip()).doesNotContain("\n");
    assertLastCommitHoldsTheFirstTwenty();
  }

  private void assertLastCommitHoldsTheFirstTwenty() {
    try (EssayIndex opened = new dev.overlap.Overlap(OverlapConfig.DEFAULT).openForChecking(index)) {
      assertThat(opened.size()).isEqualTo(20);
    }
    Runs.Result check = Runs.run("check", "--index", index.toString(), corpus.resolve("essay-3.txt").toString());
    assertThat(check.status()).as(check.err()).isZero();
  }

  private static boolean command(String... args) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
  }
}
