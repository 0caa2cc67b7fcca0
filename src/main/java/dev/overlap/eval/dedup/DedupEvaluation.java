package dev.overlap.eval.dedup;

import dev.overlap.Overlap;
import dev.overlap.Progress;
import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.TextTable;
import dev.overlap.index.DuplicateGroups;
import dev.overlap.ingest.RefusedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code overlap dedup} measured on a {@link DuplicateCorpus}: the corpus is written and indexed,
 * near-duplicate groups are found at each threshold, and every pair of documents put in one found
 * group is scored against the planted groups: precision and recall of pairs, and per variant kind
 * the share of variants found in their original's group.
 */
public final class DedupEvaluation {
  /**
   * Measures at one threshold.
   *
   * @param foundPairs pairs of documents in one found group
   * @param correctPairs of those, pairs in one planted group
   * @param variantRecall per variant kind (label), the share found with their original
   * @param millis time of the dedup pass over the index
   */
  public record Row(
      double minContainment,
      int groups,
      long foundPairs,
      long correctPairs,
      double precision,
      double recall,
      Map<String, Double> variantRecall,
      long pairsCompared,
      long millis) {}

  /** A whole run. */
  public record Result(
      int documents,
      int plantedGroups,
      long plantedPairs,
      long seed,
      double corpusMegabytes,
      double indexSeconds,
      List<Row> rows) {}

  private final Overlap overlap;

  public DedupEvaluation(OverlapConfig config) {
    this.overlap = new Overlap(config);
  }

  /** Writes the corpus under {@code work}, indexes it, and measures each threshold. */
  public Result run(DuplicateCorpus corpus, List<Double> thresholds, long seed, Path work)
      throws IOException {
    Path docs = work.resolve("docs");
    Files.createDirectories(docs);
    long bytes = 0;
    Map<String, DuplicateCorpus.Document> byName = new HashMap<>();
    for (DuplicateCorpus.Document d : corpus.documents()) {
      byte[] text = d.text().getBytes(StandardCharsets.UTF_8);
      bytes += text.length;
      Files.write(docs.resolve(d.name()), text);
      byName.put(d.name(), d);
    }
    Path index = work.resolve("index");
    long started = System.nanoTime();
    try {
      overlap.index(index, List.of(docs.toString()), true, false, Progress.NONE);
    } catch (RefusedInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    double indexSeconds = (System.nanoTime() - started) / 1e9;
    List<Row> rows = new ArrayList<>();
    for (double threshold : thresholds) {
      rows.add(score(overlap.dedup(index, threshold, 0), corpus, byName));
    }
    int plantedGroups =
        (int) corpus.documents().stream().filter(d -> d.group() >= 0).mapToInt(d -> d.group()).distinct().count();
    return new Result(
        corpus.documents().size(), plantedGroups, corpus.truePairs(), seed, bytes / 1e6, indexSeconds, rows);
  }

  static Row score(
      DuplicateGroups found, DuplicateCorpus corpus, Map<String, DuplicateCorpus.Document> byName) {
    long foundPairs = 0;
    long correct = 0;
    Map<String, Integer> foundGroupOf = new HashMap<>();
    for (int g = 0; g < found.groups().size(); g++) {
      List<DuplicateGroups.Member> members = found.groups().get(g).members();
      List<DuplicateCorpus.Document> docs = new ArrayList<>();
      for (DuplicateGroups.Member m : members) {
        DuplicateCorpus.Document d = byName.get(Path.of(m.path()).getFileName().toString());
        if (d == null) {
          throw new IllegalStateException("a found member is not in the corpus: " + m.path());
        }
        docs.add(d);
        foundGroupOf.put(d.name(), g);
      }
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          foundPairs++;
          if (docs.get(i).group() >= 0 && docs.get(i).group() == docs.get(j).group()) {
            correct++;
          }
        }
      }
    }
    Map<Integer, String> originals = new HashMap<>();
    for (DuplicateCorpus.Document d : corpus.documents()) {
      if (d.group() >= 0 && d.variant() == DuplicateCorpus.Variant.ORIGINAL) {
        originals.put(d.group(), d.name());
      }
    }
    Map<String, int[]> perVariant = new java.util.LinkedHashMap<>();
    for (DuplicateCorpus.Variant v : DuplicateCorpus.Variant.values()) {
      if (v != DuplicateCorpus.Variant.ORIGINAL) {
        perVariant.put(v.label(), new int[2]);
      }
    }
    for (DuplicateCorpus.Document d : corpus.documents()) {
      if (d.group() < 0 || d.variant() == DuplicateCorpus.Variant.ORIGINAL) {
        continue;
      }
      int[] counts = perVariant.get(d.variant().label());
      counts[1]++;
      Integer mine = foundGroupOf.get(d.name());
      if (mine != null && mine.equals(foundGroupOf.get(originals.get(d.group())))) {
        counts[0]++;
      }
    }
    Map<String, Double> variantRecall = new java.util.LinkedHashMap<>();
    perVariant.forEach((k, c) -> variantRecall.put(k, c[1] == 0 ? Double.NaN : (double) c[0] / c[1]));
    long truePairs = corpus.truePairs();
    return new Row(
        found.minContainment(),
        found.groups().size(),
        foundPairs,
        correct,
        foundPairs == 0 ? Double.NaN : (double) correct / foundPairs,
        truePairs == 0 ? Double.NaN : (double) correct / truePairs,
        variantRecall,
        found.pairsCompared(),
        found.timeMs());
  }

  public static String table(Result result) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Near-duplicates: %d documents (%.1f MB), %d planted groups, %d planted pairs, seed %d;"
                + " indexed in %.1f s%n%n",
            result.documents(),
            result.corpusMegabytes(),
            result.plantedGroups(),
            result.plantedPairs(),
            result.seed(),
            result.indexSeconds()));
    TextTable table =
        new TextTable(
            "min containment", "groups", "found pairs", "precision", "recall", "exact", "edited",
            "new intro", "pairs compared", "dedup ms");
    for (Row row : result.rows()) {
      table.row(
          String.format(Locale.ROOT, "%.2f", row.minContainment()),
          row.groups(),
          row.foundPairs(),
          row.precision(),
          row.recall(),
          row.variantRecall().get(DuplicateCorpus.Variant.EXACT.label()),
          row.variantRecall().get(DuplicateCorpus.Variant.EDITED.label()),
          row.variantRecall().get(DuplicateCorpus.Variant.NEW_INTRO.label()),
          row.pairsCompared(),
          row.millis());
    }
    out.append(table);
    out.append(
        "\nexact, edited, new intro: share of such variants found in their original's group.\n");
    return out.toString();
  }
}
