package dev.overlap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.Overlap;
import dev.overlap.Progress;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One open index serves checks from several threads with the same reports as one thread. */
class ConcurrentChecksTest {
  private static final int THREADS = 4;

  @TempDir Path dir;

  @Test
  void fourThreadsCheckingOneIndexGetTheSequentialReports() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String text = Runs.essay(i, 250);
      sources.add(text);
      Files.writeString(corpus.resolve("source-" + i + ".txt"), text, StandardCharsets.UTF_8);
    }
    List<String> essays = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // Each essay reuses parts of two or three sources, around text of its own.
      String own = Runs.essay(1000 + i, 120);
      String text =
          own
              + sources.get(i).substring(0, 600)
              + "\n\n"
              + Runs.essay(2000 + i, 80)
              + sources.get(i + 10).substring(300, 1100)
              + (i % 2 == 0 ? "\n\n" + sources.get(i + 15).substring(0, 500) : "");
      Path essay = dir.resolve("essay-" + i + ".txt");
      Files.writeString(essay, text, StandardCharsets.UTF_8);
      essays.add(essay.toString());
    }
    Overlap overlap = new Overlap(OverlapConfig.DEFAULT);
    Path index = dir.resolve("index");
    overlap.index(index, List.of(corpus.toString()), false, false, Progress.NONE);

    try (EssayIndex opened = overlap.openForChecking(index)) {
      List<String> sequential = new ArrayList<>();
      for (String essay : essays) {
        sequential.add(json(overlap.check(opened, essay)));
      }
      assertThat(sequential).allSatisfy(report -> assertThat(report).contains("source-"));

      AtomicInteger threadNumber = new AtomicInteger();
      ThreadFactory named = task -> new Thread(task, "check-" + threadNumber.incrementAndGet());
      ExecutorService pool = Executors.newFixedThreadPool(THREADS, named);
      try {
        List<Future<String>> parallel = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
          for (String essay : essays) {
            parallel.add(pool.submit(() -> json(overlap.check(opened, essay))));
          }
        }
        for (int i = 0; i < parallel.size(); i++) {
          assertThat(parallel.get(i).get(60, TimeUnit.SECONDS))
              .as(essays.get(i % essays.size()))
              .isEqualTo(sequential.get(i % essays.size()));
        }
      } finally {
        pool.shutdownNow();
      }

      // The façade's batch check (what `overlap check DIR` runs) keeps input order.
      List<String> batch =
          overlap.checkAll(opened, essays, false, THREADS, Progress.NONE).stream()
              .map(checked -> json(checked.report()))
              .toList();
      assertThat(batch).isEqualTo(sequential);
    }
  }

  private static String json(CheckReport report) {
    return ReportWriter.json(List.of(report));
  }
}
