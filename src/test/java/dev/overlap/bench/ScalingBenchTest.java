package dev.overlap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingBenchTest {
  @TempDir Path work;

  @Test
  void medianOfOddAndEvenCountsLeavesItsInputAlone() {
    double[] odd = {9, 1, 5};
    double[] even = {4, 1, 3, 2};

    assertThat(ScalingBench.median(odd)).isEqualTo(5);
    assertThat(ScalingBench.median(even)).isEqualTo(2.5);
    assertThat(ScalingBench.median(new double[] {7})).isEqualTo(7);
    assertThat(odd).containsExactly(9, 1, 5);
  }

  /**
   * The texts are written to files and let go before the first indexing run: held in the heap,
   * they would be marked by every collection the indexers cause. Seen from the log: when the
   * warm-up run is announced, nothing may reach the texts any more.
   */
  @Test
  void theTextsAreLetGoBeforeTheFirstIndexingRun() throws Exception {
    List<WeakReference<String>> texts = new ArrayList<>();
    ScalingBench bench = benchOver(texts);
    LogWatch log = new LogWatch(texts);

    List<ScalingBench.Row> rows = bench.run(List.of(40), work, new PrintWriter(log, true));

    assertThat(log.heldAtWarmUp).as(log.text.toString()).isEqualTo(0);
    assertThat(log.text.toString()).contains("writing the corpora's files", "warming up");
    assertThat(rows).singleElement().satisfies(row -> assertThat(row.documents()).isEqualTo(40));
    // the planted passages now come from the files: copied ones are found as before
    assertThat(rows.get(0).recall()).isEqualTo(1.0);
    assertThatThrownBy(() -> bench.run(List.of(40), work, new PrintWriter(new StringWriter())))
        .isInstanceOf(IllegalStateException.class);
  }

  /** A bench over 40 texts to index and enough unseen ones for 3 essays, whose only strong references it holds. */
  private static ScalingBench benchOver(List<WeakReference<String>> watched) {
    Random random = new Random(5);
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      documents.add(Fixtures.english(random, 120 + random.nextInt(60)));
      watched.add(new WeakReference<>(documents.get(i)));
    }
    List<String> unseen = new ArrayList<>();
    for (int i = 0; i < 3 * ScalingBench.unseenPerEssay(150); i++) {
      unseen.add(Fixtures.english(random, 150));
    }
    return new ScalingBench(OverlapConfig.DEFAULT, documents, unseen, 3, List.of(150), 7, 2, null, 1);
  }

  /** Counts, when the warm-up is announced, how many texts are still reachable. */
  private static final class LogWatch extends StringWriter {
    final StringBuilder text = new StringBuilder();
    private final List<WeakReference<String>> texts;
    int heldAtWarmUp = -1;

    LogWatch(List<WeakReference<String>> texts) {
      this.texts = texts;
    }

    @Override
    public void write(String s, int off, int len) {
      text.append(s, off, off + len);
      if (heldAtWarmUp < 0 && text.indexOf("warming up") >= 0) {
        heldAtWarmUp = held();
      }
    }

    @Override
    public void write(char[] c, int off, int len) {
      write(new String(c, off, len), 0, len);
    }

    private int held() {
      for (int attempt = 0; attempt < 20; attempt++) {
        System.gc();
        int held = (int) texts.stream().filter(t -> t.get() != null).count();
        if (held == 0) {
          return 0;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return held;
        }
      }
      return (int) texts.stream().filter(t -> t.get() != null).count();
    }
  }
}
