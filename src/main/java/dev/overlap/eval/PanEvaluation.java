package dev.overlap.eval;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.report.CheckReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Passage-level evaluation on a PAN text-alignment corpus: {@code susp/}, {@code src/}, and one
 * folder per obfuscation (e.g. {@code 02-no-obfuscation/}) with a {@code pairs} file ("susp src"
 * per line) and one XML of cases per pair. Each pair is aligned with {@link Overlap#compare}; the
 * report's spans are code-point offsets into the decoded text, the same unit as PAN's character
 * offsets (indices into the decoded string, as Python 3 counts them), so they are written as they
 * are.
 */
public final class PanEvaluation {
  /** The measures of one obfuscation folder, or of all ("overall"). */
  public record FolderResult(String folder, int pairs, PanScore score) {}

  /**
   * How one case was detected.
   *
   * @param pair the pair's XML file name
   * @param caseOffset the case's this_offset
   * @param caseLength the case's this_length
   * @param detections detections overlapping the case
   * @param recall share of the case's characters (both documents) detected
   */
  public record CaseOutcome(
      String folder, String pair, int caseOffset, int caseLength, int detections, double recall) {}

  /** A detection that overlaps no case: a false alarm, or the spill-over of a wrong alignment. */
  public record Stray(String folder, String pair, int thisOffset, int thisLength, String preview) {}

  public record Result(
      String corpus,
      List<FolderResult> folders,
      FolderResult overall,
      List<CaseOutcome> cases,
      List<Stray> strays,
      double seconds) {}

  private final Overlap overlap;

  public PanEvaluation(OverlapConfig config) {
    this.overlap = new Overlap(config);
  }

  /** The obfuscation folders of {@code dir}: sub-folders holding case XML files. */
  public static List<Path> folders(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.sorted().toList()) {
        if (!Files.isDirectory(child)) {
          continue;
        }
        try (Stream<Path> files = Files.list(child)) {
          if (files.anyMatch(f -> f.getFileName().toString().endsWith(".xml"))) {
            out.add(child);
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException(dir + " holds no folder of PAN case files (*.xml)");
    }
    return out;
  }

  /**
   * Aligns every pair and scores the detections; with {@code out}, writes them as PAN XML to
   * out/FOLDER/PAIR.xml.
   */
  public Result run(Path dir, @Nullable Path out) throws IOException {
    long started = System.nanoTime();
    List<FolderResult> results = new ArrayList<>();
    List<PanAnnotation> allCases = new ArrayList<>();
    List<PanAnnotation> allDetections = new ArrayList<>();
    List<CaseOutcome> outcomes = new ArrayList<>();
    List<Stray> strays = new ArrayList<>();
    int allPairs = 0;
    for (Path folder : folders(dir)) {
      String name = folder.getFileName().toString();
      List<PanAnnotation> cases = new ArrayList<>();
      List<PanAnnotation> detections = new ArrayList<>();
      List<String[]> pairs = pairs(dir, folder);
      for (String[] pair : pairs) {
        String xmlName = strip(pair[0]) + "-" + strip(pair[1]) + ".xml";
        List<PanAnnotation> pairCases = PanXml.read(folder.resolve(xmlName), "plagiarism");
        Path susp = dir.resolve("susp").resolve(pair[0]);
        Path src = dir.resolve("src").resolve(pair[1]);
        List<PanAnnotation> pairDetections = detect(susp, src, pair[0], pair[1]);
        if (out != null) {
          Path target = out.resolve(name).resolve(xmlName);
          Files.createDirectories(target.getParent());
          Files.writeString(
              target, PanXml.detections(pair[0], pairDetections), StandardCharsets.UTF_8);
        }
        int[] perCase = PanMeasures.detectionsPerCase(pairCases, pairDetections);
        for (int c = 0; c < pairCases.size(); c++) {
          PanAnnotation plag = pairCases.get(c);
          outcomes.add(
              new CaseOutcome(
                  name,
                  xmlName,
                  plag.thisOffset(),
                  plag.thisLength(),
                  perCase[c],
                  PanMeasures.score(List.of(plag), pairDetections).recall()));
        }
        for (PanAnnotation d : pairDetections) {
          if (pairCases.stream().noneMatch(d::overlaps)) {
            strays.add(new Stray(name, xmlName, d.thisOffset(), d.thisLength(), preview(susp, d)));
          }
        }
        cases.addAll(pairCases);
        detections.addAll(pairDetections);
      }
      results.add(new FolderResult(name, pairs.size(), PanMeasures.score(cases, detections)));
      allCases.addAll(cases);
      allDetections.addAll(detections);
      allPairs += pairs.size();
    }
    return new Result(
        dir.toString(),
        results,
        new FolderResult("overall", allPairs, PanMeasures.score(allCases, allDetections)),
        outcomes,
        strays,
        (System.nanoTime() - started) / 1e9);
  }

  /** The detections of one pair, as PAN annotations. */
  public List<PanAnnotation> detect(Path susp, Path src, String suspReference, String srcReference)
      throws IOException {
    CheckReport report;
    try {
      report = overlap.compare(susp.toString(), src.toString());
    } catch (RefusedInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    List<PanAnnotation> out = new ArrayList<>();
    for (CheckReport.SourceReport source : report.sources()) {
      for (CheckReport.Passage passage : source.passages()) {
        // Code points, as PAN counts characters.
        out.add(
            new PanAnnotation(
                suspReference,
                passage.essay().start(),
                passage.essay().end() - passage.essay().start(),
                srcReference,
                passage.source().start(),
                passage.source().end() - passage.source().start()));
      }
    }
    out.sort(Comparator.comparingInt(PanAnnotation::thisOffset));
    return out;
  }

  /** The pairs of a folder: its own {@code pairs} file, else the corpus's, else its XML names. */
  static List<String[]> pairs(Path dir, Path folder) throws IOException {
    Path file = folder.resolve("pairs");
    if (!Files.exists(file)) {
      file = dir.resolve("pairs");
    }
    List<String[]> out = new ArrayList<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 2
            && Files.exists(folder.resolve(strip(parts[0]) + "-" + strip(parts[1]) + ".xml"))) {
          out.add(parts);
        }
      }
      return out;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path xml : files.sorted().toList()) {
        String name = xml.getFileName().toString();
        int split = name.indexOf("-source-");
        if (name.endsWith(".xml") && split > 0) {
          out.add(
              new String[] {
                name.substring(0, split) + ".txt",
                name.substring(split + 1, name.length() - 4) + ".txt"
              });
        }
      }
    }
    return out;
  }

  private static String strip(String file) {
    return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
  }

  private static String preview(Path susp, PanAnnotation d) {
    try {
      String text = Files.readString(susp, StandardCharsets.UTF_8);
      int start = text.offsetByCodePoints(0, d.thisOffset());
      int end = text.offsetByCodePoints(start, Math.min(d.thisLength(), 80));
      return text.substring(start, end).replaceAll("\\s+", " ");
    } catch (IOException | IndexOutOfBoundsException e) {
      return "";
    }
  }

  public static String table(Result result, int examples) {
    StringBuilder out = new StringBuilder();
    out.append("PAN text alignment: ").append(result.corpus()).append('\n');
    TextTable table =
        new TextTable("folder", "pairs", "cases", "dets", "precision", "recall", "granularity", "plagdet");
    List<FolderResult> rows = new ArrayList<>(result.folders());
    rows.add(result.overall());
    for (FolderResult f : rows) {
      PanScore s = f.score();
      table.row(
          f.folder(), f.pairs(), s.cases(), s.detections(), s.precision(), s.recall(),
          s.granularity(), s.plagdet());
    }
    out.append(table);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("cases missed (no detection)", 0);
    counts.put("cases split (2+ detections)", 0);
    counts.put("cases found with recall < 0.9", 0);
    for (CaseOutcome c : result.cases()) {
      if (c.detections() == 0) {
        counts.merge("cases missed (no detection)", 1, Integer::sum);
      } else if (c.detections() > 1) {
        counts.merge("cases split (2+ detections)", 1, Integer::sum);
      }
      if (c.detections() > 0 && c.recall() < 0.9) {
        counts.merge("cases found with recall < 0.9", 1, Integer::sum);
      }
    }
    counts.put("detections overlapping no case", result.strays().size());
    out.append('\n');
    counts.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-32s %d%n", k, v)));
    if (examples > 0) {
      out.append("\nworst cases (recall, detections, pair, this_offset+length):\n");
      result.cases().stream()
          .filter(c -> c.detections() != 1 || c.recall() < 0.9)
          .sorted(Comparator.comparingDouble(CaseOutcome::recall).thenComparing(CaseOutcome::pair))
          .limit(examples)
          .forEach(
              c ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "  %.2f  %d  %s  %d+%d%n",
                          c.recall(),
                          c.detections(),
                          c.pair(),
                          c.caseOffset(),
                          c.caseLength())));
      out.append("stray detections:\n");
      result.strays().stream()
          .limit(examples)
          .forEach(
              s ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "  %s  %d+%d  \"%s\"%n",
                          s.pair(),
                          s.thisOffset(),
                          s.thisLength(),
                          s.preview())));
    }
    out.append(String.format(Locale.ROOT, "%n%.1f s%n", result.seconds()));
    return out.toString();
  }
}
