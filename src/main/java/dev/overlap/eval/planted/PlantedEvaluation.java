package dev.overlap.eval.planted;

import dev.overlap.Overlap;
import dev.overlap.Progress;
import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.Distribution;
import dev.overlap.eval.ExactRuns;
import dev.overlap.eval.PanAnnotation;
import dev.overlap.eval.PanMeasures;
import dev.overlap.eval.PanScore;
import dev.overlap.eval.PanXml;
import dev.overlap.eval.Proportion;
import dev.overlap.eval.TextTable;
import dev.overlap.index.EssayIndex;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end evaluation on a {@link PlantedCorpus}: the sources are indexed, each suspicious
 * document is checked through the index as a user would ({@link Overlap#check}), and the
 * reported passages are scored against the planted cases with PAN's measures, per obfuscation.
 *
 * <p>False alarms are measured on documents without reuse: those generated without any, and the
 * host of every other document checked before its passages were planted (the same text a
 * document without reuse would have been). So every host counts once, 120 by default rather than
 * the 20 generated without reuse: one document of 20 moves the rate by 5 points, too coarse to
 * tell 1% from 4%. The rate comes with its 95% Wilson interval.
 */
public final class PlantedEvaluation {
  /**
   * Measures of one obfuscation (or "all").
   *
   * @param longestRun per document, the longest run of identical words inside its passages
   *     ({@link ExactRuns}): how much of the reuse is still copied as is
   */
  public record Row(
      String obfuscation,
      int documents,
      PanScore score,
      int missedCases,
      int splitCases,
      Distribution longestRun) {}

  /** A planted case no detection overlaps. */
  public record Missed(String obfuscation, String document, String source, int thisOffset, int thisLength) {}

  /**
   * A reported passage that overlaps no planted case: text that was not reused (a false alarm).
   *
   * @param noReuse whether the text checked has no planted case at all
   * @param beforePlanting whether the text checked is the host of a document with reuse, before
   *     planting
   * @param sourcesHolding indexed sources whose text holds the passage's words exactly
   * @param sourcesHoldingRun indexed sources holding its most widespread run of {@value
   *     #RUN_WORDS} words (of all its words, if fewer): how stock its wording is
   */
  public record FalseAlarm(
      String document,
      boolean noReuse,
      boolean beforePlanting,
      String source,
      int words,
      String kind,
      String text,
      int sourcesHolding,
      int sourcesHoldingRun) {}

  static final int RUN_WORDS = 6;

  /**
   * @param noReuseDocuments texts without reuse checked: the documents generated without reuse
   *     and the hosts of the others before planting (every host once)
   * @param noReuseFlagged of those, how many got any detection
   * @param noReuseRate the same as a share with its 95% Wilson interval
   * @param noReuseGenerated the documents generated without reuse (one in six by default)
   * @param noReuseGeneratedFlagged of those, how many got any detection
   * @param hostFlagged documents (with or without planted cases) with a detection that overlaps
   *     no planted case: false alarms in the hosts' own text
   */
  public record Result(
      int sources,
      int suspicious,
      long seed,
      List<Row> rows,
      List<Missed> missed,
      int noReuseDocuments,
      int noReuseFlagged,
      double noReuseFalseAlarmShare,
      Proportion noReuseRate,
      int noReuseGenerated,
      int noReuseGeneratedFlagged,
      int hostFlagged,
      List<FalseAlarm> falseAlarms,
      double seconds) {}

  private final OverlapConfig config;

  public PlantedEvaluation(OverlapConfig config) {
    this.config = config;
  }

  /** Writes the corpus under {@code work} (src/, susp/), indexes and checks it. */
  public Result run(PlantedCorpus corpus, long seed, Path work) throws IOException {
    long started = System.nanoTime();
    Path src = work.resolve("src");
    Path susp = work.resolve("susp");
    Path hosts = Files.createDirectories(work.resolve("hosts"));
    write(corpus, src, susp);
    Overlap overlap = new Overlap(config);
    Path indexPath = work.resolve("index");
    try {
      overlap.index(indexPath, List.of(src.toString()), true, false, Progress.NONE);
    } catch (RefusedInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    Map<String, List<PanAnnotation>> cases = new LinkedHashMap<>();
    Map<String, List<PanAnnotation>> detections = new LinkedHashMap<>();
    Map<String, Integer> documents = new LinkedHashMap<>();
    Map<String, List<Double>> longestRuns = new LinkedHashMap<>();
    int flagged = 0;
    int noReuse = 0;
    int generatedFlagged = 0;
    int generated = 0;
    int hostFlagged = 0;
    List<Missed> missed = new ArrayList<>();
    List<FalseAlarm> falseAlarms = new ArrayList<>();
    List<String> normalizedSources = new ArrayList<>();
    for (PlantedCorpus.Document d : corpus.sources()) {
      normalizedSources.add(normalize(d.text()));
    }
    try (EssayIndex index = overlap.openForChecking(indexPath)) {
      for (PlantedCorpus.Suspicious doc : corpus.suspicious()) {
        String label = doc.label();
        documents.merge(label, 1, Integer::sum);
        CheckedEssay checked = overlap.checkWithTexts(index, susp.resolve(doc.name()).toString());
        CheckReport report = checked.report();
        List<PanAnnotation> found = detections(report, doc.name());
        longestRuns
            .computeIfAbsent(label, k -> new ArrayList<>())
            .add((double) ExactRuns.longestInPassages(checked));
        detections.computeIfAbsent(label, k -> new ArrayList<>()).addAll(found);
        List<PanAnnotation> planted = annotations(doc);
        cases.computeIfAbsent(label, k -> new ArrayList<>()).addAll(planted);
        int[] perCase = PanMeasures.detectionsPerCase(planted, found);
        for (int c = 0; c < perCase.length; c++) {
          if (perCase[c] == 0) {
            PanAnnotation a = planted.get(c);
            missed.add(new Missed(label, doc.name(), a.sourceReference(), a.thisOffset(), a.thisLength()));
          }
        }
        List<FalseAlarm> alarms = falseAlarms(doc, false, report, planted, normalizedSources);
        falseAlarms.addAll(alarms);
        hostFlagged += alarms.isEmpty() ? 0 : 1;
        noReuse++;
        if (doc.obfuscation() == null) {
          generated++;
          generatedFlagged += found.isEmpty() ? 0 : 1;
          flagged += found.isEmpty() ? 0 : 1;
        } else {
          // the host before planting: a document without reuse too
          Path host = hosts.resolve(doc.name());
          Files.writeString(host, doc.host(), StandardCharsets.UTF_8);
          CheckReport before = overlap.check(index, host.toString());
          List<PanAnnotation> foundBefore = detections(before, doc.name());
          flagged += foundBefore.isEmpty() ? 0 : 1;
          falseAlarms.addAll(falseAlarms(doc, true, before, List.of(), normalizedSources));
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    List<PanAnnotation> allCases = new ArrayList<>();
    List<PanAnnotation> allDetections = new ArrayList<>();
    int allMissed = 0;
    int allSplit = 0;
    for (Obfuscation kind : Obfuscation.values()) {
      String label = kind.label();
      if (!documents.containsKey(label)) {
        continue;
      }
      Row row =
          row(
              label,
              documents.get(label),
              cases.get(label),
              detections.get(label),
              longestRuns.get(label));
      rows.add(row);
      allMissed += row.missedCases();
      allSplit += row.splitCases();
    }
    cases.values().forEach(allCases::addAll);
    detections.values().forEach(allDetections::addAll);
    List<Double> allRuns = new ArrayList<>();
    longestRuns.values().forEach(allRuns::addAll);
    rows.add(
        new Row(
            "all (no-reuse docs included)",
            corpus.suspicious().size(),
            PanMeasures.score(allCases, allDetections),
            allMissed,
            allSplit,
            distribution(allRuns)));
    return new Result(
        corpus.sources().size(),
        corpus.suspicious().size(),
        seed,
        rows,
        missed,
        noReuse,
        flagged,
        noReuse == 0 ? 0 : (double) flagged / noReuse,
        Proportion.of(flagged, noReuse),
        generated,
        generatedFlagged,
        hostFlagged,
        falseAlarms,
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * The passages of {@code report} that overlap none of the planted cases; {@code beforePlanting}:
   * the report is of the document's host before planting.
   */
  private static List<FalseAlarm> falseAlarms(
      PlantedCorpus.Suspicious doc,
      boolean beforePlanting,
      CheckReport report,
      List<PanAnnotation> planted,
      List<String> normalizedSources) {
    List<FalseAlarm> out = new ArrayList<>();
    for (CheckReport.SourceReport source : report.sources()) {
      Path file = Path.of(source.path()).getFileName();
      for (CheckReport.Passage p : source.passages()) {
        boolean overlapsCase = false;
        for (PanAnnotation c : planted) {
          overlapsCase |=
              p.essay().start() < c.thisOffset() + c.thisLength() && c.thisOffset() < p.essay().end();
        }
        if (overlapsCase) {
          continue;
        }
        String checked = beforePlanting ? doc.host() : doc.text();
        String text =
            checked
                .substring(
                    checked.offsetByCodePoints(0, p.essay().start()),
                    checked.offsetByCodePoints(0, p.essay().end()))
                .replaceAll("\\s+", " ");
        String needle = normalize(text);
        int holding = 0;
        for (String s : normalizedSources) {
          holding += s.contains(needle) ? 1 : 0;
        }
        String[] words = needle.strip().split(" ");
        int holdingRun = 0;
        for (int w = 0; w + Math.min(RUN_WORDS, words.length) <= words.length; w++) {
          String run =
              " " + String.join(" ", List.of(words).subList(w, w + Math.min(RUN_WORDS, words.length))) + " ";
          int n = 0;
          for (String s : normalizedSources) {
            n += s.contains(run) ? 1 : 0;
          }
          holdingRun = Math.max(holdingRun, n);
        }
        out.add(
            new FalseAlarm(
                doc.name(),
                beforePlanting || doc.obfuscation() == null,
                beforePlanting,
                file == null ? source.path() : file.toString(),
                p.words(),
                p.kind(),
                text,
                holding,
                holdingRun));
      }
    }
    return out;
  }

  /** Lower-case words separated by single spaces, with a space at each end. */
  private static String normalize(String text) {
    return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }

  private static Distribution distribution(List<Double> values) {
    return Distribution.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Row row(
      String label,
      int documents,
      List<PanAnnotation> cases,
      List<PanAnnotation> detections,
      List<Double> longestRuns) {
    int[] perCase = PanMeasures.detectionsPerCase(cases, detections);
    int missed = 0;
    int split = 0;
    for (int n : perCase) {
      missed += n == 0 ? 1 : 0;
      split += n > 1 ? 1 : 0;
    }
    return new Row(
        label,
        documents,
        PanMeasures.score(cases, detections),
        missed,
        split,
        distribution(longestRuns));
  }

  static List<PanAnnotation> annotations(PlantedCorpus.Suspicious doc) {
    List<PanAnnotation> out = new ArrayList<>();
    for (PlantedCorpus.PlantedCase c : doc.cases()) {
      out.add(
          new PanAnnotation(
              doc.name(), c.thisOffset(), c.thisLength(), c.source(), c.sourceOffset(), c.sourceLength()));
    }
    return out;
  }

  private static List<PanAnnotation> detections(CheckReport report, String name) {
    if (report.error() != null) {
      throw new IllegalStateException(name + " could not be checked: " + report.error());
    }
    List<PanAnnotation> out = new ArrayList<>();
    for (CheckReport.SourceReport source : report.sources()) {
      Path file = Path.of(source.path()).getFileName();
      String reference = file == null ? source.path() : file.toString();
      for (CheckReport.Passage p : source.passages()) {
        out.add(
            new PanAnnotation(
                name,
                p.essay().start(),
                p.essay().end() - p.essay().start(),
                reference,
                p.source().start(),
                p.source().end() - p.source().start()));
      }
    }
    return out;
  }

  /** The corpus as files: {@code src/} and {@code susp/}. */
  public static void write(PlantedCorpus corpus, Path src, Path susp) throws IOException {
    Files.createDirectories(src);
    Files.createDirectories(susp);
    for (PlantedCorpus.Document d : corpus.sources()) {
      Files.writeString(src.resolve(d.name()), d.text(), StandardCharsets.UTF_8);
    }
    for (PlantedCorpus.Suspicious d : corpus.suspicious()) {
      Files.writeString(susp.resolve(d.name()), d.text(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The corpus in PAN's layout under {@code dir}: src/, susp/, and per obfuscation a folder
   * ("02-none", "03-light", ...) with a pairs file and one XML of cases per pair, so that {@code
   * overlap eval pan DIR} can align the pairs directly.
   */
  public static void writePan(PlantedCorpus corpus, Path dir) throws IOException {
    write(corpus, dir.resolve("src"), dir.resolve("susp"));
    for (Obfuscation kind : Obfuscation.values()) {
      Path folder =
          dir.resolve(String.format(Locale.ROOT, "%02d-%s", kind.ordinal() + 2, kind.label()));
      StringBuilder pairs = new StringBuilder();
      for (PlantedCorpus.Suspicious d : corpus.suspicious()) {
        if (d.obfuscation() != kind) {
          continue;
        }
        Map<String, List<PanAnnotation>> bySource = new LinkedHashMap<>();
        for (PanAnnotation a : annotations(d)) {
          bySource.computeIfAbsent(a.sourceReference(), k -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<String, List<PanAnnotation>> e : bySource.entrySet()) {
          Files.createDirectories(folder);
          String xml = stem(d.name()) + "-" + stem(e.getKey()) + ".xml";
          Files.writeString(
              folder.resolve(xml),
              PanXml.detections(d.name(), e.getValue())
                  .replace("\"detected-plagiarism\"", "\"plagiarism\""),
              StandardCharsets.UTF_8);
          pairs.append(d.name()).append(' ').append(e.getKey()).append('\n');
        }
      }
      if (pairs.length() > 0) {
        Files.writeString(folder.resolve("pairs"), pairs.toString(), StandardCharsets.UTF_8);
      }
    }
  }

  private static String stem(String file) {
    return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
  }

  public static String table(Result result) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Planted reuse: %d suspicious documents, %d sources, seed %d%n",
            result.suspicious(),
            result.sources(),
            result.seed()));
    TextTable table =
        new TextTable(
            "obfuscation", "docs", "cases", "dets", "missed", "split", "precision", "recall",
            "granularity", "plagdet", "longest run min/median/max");
    for (Row r : result.rows()) {
      PanScore s = r.score();
      Distribution run = r.longestRun();
      table.row(
          r.obfuscation(), r.documents(), s.cases(), s.detections(), r.missedCases(),
          r.splitCases(), s.precision(), s.recall(), s.granularity(), s.plagdet(),
          String.format(Locale.ROOT, "%.0f/%.0f/%.0f", run.min(), run.median(), run.max()));
    }
    out.append(table);
    out.append(
        "longest run: per document, the longest run of identical words inside its passages\n");
    Proportion rate = result.noReuseRate();
    out.append(
        String.format(
            Locale.ROOT,
            "no reuse: %d of %d documents got a detection, %.1f%% (95%% Wilson interval %.1f-%.1f%%):"
                + " %d of the %d generated without reuse, %d of the %d hosts of the others checked"
                + " before planting%n"
                + "host text: %d of %d documents got a detection outside the planted passages%n"
                + "%.1f s%n",
            rate.count(),
            rate.total(),
            100 * rate.share(),
            100 * rate.low(),
            100 * rate.high(),
            result.noReuseGeneratedFlagged(),
            result.noReuseGenerated(),
            rate.count() - result.noReuseGeneratedFlagged(),
            rate.total() - result.noReuseGenerated(),
            result.hostFlagged(),
            result.suspicious(),
            result.seconds()));
    for (FalseAlarm f : result.falseAlarms()) {
      out.append(
          String.format(
              Locale.ROOT,
              "false alarm: %s%s from %s, %d words %s, in %d of %d sources (its most widespread"
                  + " %d words in %d): %s%n",
              f.document(),
              f.beforePlanting() ? " (its host before planting)" : f.noReuse() ? " (no reuse)" : "",
              f.source(),
              f.words(),
              f.kind(),
              f.sourcesHolding(),
              result.sources(),
              RUN_WORDS,
              f.sourcesHoldingRun(),
              f.text()));
    }
    for (Missed m : result.missed()) {
      out.append(
          String.format(
              Locale.ROOT,
              "missed: %s %s %d+%d from %s%n",
              m.obfuscation(),
              m.document(),
              m.thisOffset(),
              m.thisLength(),
              m.source()));
    }
    return out.toString();
  }
}
