package dev.overlap.eval.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.overlap.eval.Fixtures;
import dev.overlap.eval.SimText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench peers} runs sim_text on corpora of any size: 90,000 file names take ~2.6 MB, more
 * than a command line may hold here (2 MB), so they go on its standard input. Before, the run
 * stopped with "Argument list too long" and lost the rows already measured.
 */
class PeersBenchIT {
  @Test
  void simTextReadsAnyNumberOfFiles(@TempDir Path work) throws Exception {
    Path simText = SimText.find().orElse(null);
    assumeTrue(simText != null, "sim_text is not installed (Debian package similarity-tester): skipped");
    Random random = new Random(5);
    int size = 90_000;
    List<String> documents = texts(random, size, 24);
    List<String> unseen = texts(random, 40, 120);
    StringWriter log = new StringWriter();
    PeersBench bench =
        new PeersBench(
            documents, unseen, 4, 300, 7, null, simText, null, Duration.ofMinutes(5), true);

    List<PeersBench.Row> rows = bench.run(List.of(size), work, new PrintWriter(log));

    PeersBench.Row sim =
        rows.stream().filter(row -> row.tool().equals("sim_text")).findFirst().orElseThrow();
    assertThat(sim.note()).as(log.toString()).isEmpty();
    assertThat(sim.recall()).isEqualTo(1.0);
    assertThat(sim.seconds()).isPositive();
  }

  /**
   * {@code bench peers --no-stems}: overlap's index is built as {@code index --no-stems} (its
   * settings say so), the rows say so, and copied passages are still found.
   */
  @Test
  void overlapWithoutStemsBuildsItsIndexSo(@TempDir Path work) throws Exception {
    Path jar = Path.of("target", "overlap.jar").toAbsolutePath();
    assumeTrue(Files.isRegularFile(jar), "target/overlap.jar is not built (mvn package): skipped");
    Random random = new Random(9);
    int size = 60;
    List<String> documents = texts(random, size, 200);
    List<String> unseen = texts(random, 40, 120);
    StringWriter log = new StringWriter();
    PeersBench bench =
        new PeersBench(documents, unseen, 3, 300, 7, jar, null, null, Duration.ofMinutes(5), false);

    List<PeersBench.Row> rows = bench.run(List.of(size), work, new PrintWriter(log));

    List<PeersBench.Row> overlap = rows.stream().filter(row -> row.tool().equals("overlap")).toList();
    assertThat(overlap)
        .as(log.toString())
        .extracting(PeersBench.Row::setting)
        .containsExactly(
            "end to end, no stems", "index prebuilt, no stems", "prebuilt, CDS archive, no stems");
    assertThat(overlap).allSatisfy(row -> assertThat(row.recall()).as(row.toString()).isEqualTo(1.0));
    try (EssayIndex index =
        new Overlap(OverlapConfig.DEFAULT).openForChecking(work.resolve("size-" + size).resolve("index"))) {
      assertThat(index.settings().stems()).isFalse();
    }
  }

  /** {@code count} English-like texts of {@code words} words each. */
  private static List<String> texts(Random random, int count, int words) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(Fixtures.english(random, words));
    }
    return out;
  }
}
