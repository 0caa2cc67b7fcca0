package dev.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.Fixtures;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.IndexSummary;
import dev.overlap.ingest.EssayReader;
import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An essay that runs out of memory while others are processed beside it is tried once more
 * alone, after the rest, by {@code index} and by {@code check}; one that runs out of memory when
 * it had the heap to itself is refused. The heap is made to "run out" by a reader that throws
 * {@link OutOfMemoryError} the first time (or every time) it reads a given file.
 */
class OutOfMemoryRetryTest {
  @TempDir Path dir;

  /** Reads files as overlap does, but throws OutOfMemoryError for {@code unlucky} files. */
  private static final class FailingReader implements Overlap.EssaySource {
    private final EssayReader real = new EssayReader();
    private final String unlucky;
    private final boolean always;
    final Set<String> failed = ConcurrentHashMap.newKeySet();

    FailingReader(String unlucky, boolean always) {
      this.unlucky = unlucky;
      this.always = always;
    }

    @Override
    public dev.overlap.ingest.Essay read(Path file, String displayPath)
        throws dev.overlap.ingest.RefusedInputException {
      if (file.getFileName().toString().equals(unlucky) && (always || failed.isEmpty())) {
        failed.add(displayPath);
        throw new OutOfMemoryError("Java heap space (simulated)");
      }
      return real.read(file, displayPath);
    }
  }

  private Path corpus() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Random random = new Random(11);
    for (int d = 0; d < 6; d++) {
      Files.writeString(corpus.resolve("doc" + d + ".txt"), Fixtures.english(random, 150));
    }
    return corpus;
  }

  private IndexSummary index(Overlap overlap, Path corpus, int threads) throws Exception {
    return overlap.index(
        dir.resolve("index-" + threads), List.of(corpus.toString()), true, false, threads, Progress.NONE);
  }

  @Test
  void indexTriesAnEssayThatRanOutOfMemoryBesideOthersOnceMoreAlone() throws Exception {
    Path corpus = corpus();
    FailingReader reader = new FailingReader("doc3.txt", false);

    IndexSummary summary = index(new Overlap(OverlapConfig.DEFAULT, reader), corpus, 2);

    assertThat(reader.failed).hasSize(1);
    assertThat(summary.refused()).isEmpty();
    assertThat(summary.added()).isEqualTo(6);
    assertThat(summary.documents()).isEqualTo(6);
  }

  @Test
  void indexRefusesAnEssayThatRunsOutOfMemoryAlone() throws Exception {
    Path corpus = corpus();

    IndexSummary alone = index(new Overlap(OverlapConfig.DEFAULT, new FailingReader("doc3.txt", false)), corpus, 1);
    IndexSummary twice = index(new Overlap(OverlapConfig.DEFAULT, new FailingReader("doc3.txt", true)), corpus, 2);

    for (IndexSummary summary : List.of(alone, twice)) {
      assertThat(summary.added()).isEqualTo(5);
      assertThat(summary.refused()).singleElement().satisfies(refusal -> {
        assertThat(refusal.path()).endsWith("doc3.txt");
        assertThat(refusal.reason()).contains("memory");
      });
    }
  }

  @Test
  void checkTriesAnEssayThatRanOutOfMemoryBesideOthersOnceMoreAlone() throws Exception {
    Path corpus = corpus();
    Overlap indexer = new Overlap(OverlapConfig.DEFAULT);
    Path index = dir.resolve("index");
    indexer.index(index, List.of(corpus.toString()), true, false, 1, Progress.NONE);
    // copies of indexed documents, so that each essay has its source in the index
    Path copies = Files.createDirectories(dir.resolve("essays"));
    List<String> essays = new java.util.ArrayList<>();
    for (String name : List.of("doc1.txt", "doc3.txt", "doc5.txt")) {
      essays.add(Files.copy(corpus.resolve(name), copies.resolve(name)).toString());
    }

    for (boolean always : List.of(false, true)) {
      FailingReader reader = new FailingReader("doc3.txt", always);
      Overlap overlap = new Overlap(OverlapConfig.DEFAULT, reader);
      List<CheckReport> reports;
      try (EssayIndex open = overlap.openForChecking(index)) {
        reports = overlap.checkAll(open, essays, false, 3, Progress.NONE).stream()
            .map(CheckedEssay::report).toList();
      }

      assertThat(reports).extracting(r -> r.essay().path()).containsExactlyElementsOf(essays);
      assertThat(reports.get(0).error()).isNull();
      assertThat(reports.get(2).error()).isNull();
      if (always) {
        assertThat(reports.get(1).error()).contains("memory");
      } else {
        assertThat(reports.get(1).error()).isNull();
        assertThat(reports.get(1).sources()).extracting(CheckReport.SourceReport::path)
            .singleElement().asString().endsWith("doc3.txt");
      }
    }
  }

  /** One essay checked alone (check, checkWithTexts; checkAll with one thread) is refused too. */
  @Test
  void aSingleCheckThatRunsOutOfMemoryIsRefusedWithItsReason() throws Exception {
    Path corpus = corpus();
    Path index = dir.resolve("index");
    new Overlap(OverlapConfig.DEFAULT).index(index, List.of(corpus.toString()), true, false, 1, Progress.NONE);
    String essay = corpus.resolve("doc3.txt").toString();
    Overlap overlap = new Overlap(OverlapConfig.DEFAULT, new FailingReader("doc3.txt", true));

    try (EssayIndex open = overlap.openForChecking(index)) {
      List<CheckReport> reports =
          List.of(
              overlap.check(open, essay),
              overlap.checkWithTexts(open, essay).report(),
              overlap.checkAll(open, List.of(essay), false, 1, Progress.NONE).get(0).report());

      assertThat(reports).allSatisfy(report -> {
        assertThat(report.essay().path()).isEqualTo(essay);
        assertThat(report.error()).startsWith("too large to process in memory");
      });
    }
  }
}
