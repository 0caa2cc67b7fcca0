package dev.overlap.eval.boilerplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.clean.Block;
import dev.overlap.clean.BlockKind;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.CleanedText;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.EssayReader;
import dev.overlap.ingest.MediaType;
import dev.overlap.ingest.RefusedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.zip.GZIPInputStream;

/**
 * Runs the cleaner over the boilerplate benchmarks in {@code data/boilerplate/}: {@code aeb} (the
 * ScrapingHub article-extraction benchmark) and {@code wcxb-dev}. The predicted text of a page is
 * its kept blocks except the TITLE (both benchmarks' ground truth leaves the headline out), joined
 * by blank lines.
 *
 * <p>Speed is the time spent in {@link BoilerplateCleaner#clean} alone (parsing included, reading
 * and decompressing excluded), on one thread.
 */
public final class BoilerplateEvaluation {
  /** Which text a page is cleaned from. */
  public enum Input {
    /** The saved HTML page. */
    HTML,
    /** The page's visible text, one block per line (nothing removed). */
    TEXT
  }

  /** The figures of one benchmark. */
  public record SetResult(
      String set,
      Input input,
      int pages,
      double precision,
      double recall,
      double f1,
      double leak,
      int leakSnippets,
      Map<String, TypeResult> byType,
      double pagesPerSecond,
      int failed) {}

  /** WCXB figures of one page type. */
  public record TypeResult(int pages, double precision, double recall, double f1, double leak) {}

  /**
   * One page's scores, for finding where the numbers go wrong.
   *
   * @param id the set and the page's file name ({@code aeb/<id>}, {@code wcxb/<id>})
   * @param source where the page comes from, as the benchmark gives it: its address (aeb) or
   *     its site (WCXB); "" when it gives none
   * @param leak WCXB only: the share of the page's boilerplate snippets left in the output
   */
  public record PageResult(
      String id, String type, String source, double precision, double recall, double f1, double leak) {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final BoilerplateCleaner cleaner;
  private final EssayReader reader = new EssayReader(64L * 1024 * 1024);
  private final List<PageResult> pages = new ArrayList<>();

  public BoilerplateEvaluation(BoilerplateCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** Per-page results of the runs so far, in run order. */
  public List<PageResult> pageResults() {
    return List.copyOf(pages);
  }

  /**
   * The {@code n} pages of {@code set} ("aeb" or "wcxb") with the lowest F1, worst first; ties by
   * id, so the list is the same on every run.
   */
  public List<PageResult> worstPages(String set, int n) {
    return pages.stream()
        .filter(page -> page.id().startsWith(set + "/"))
        .sorted(
            java.util.Comparator.comparingDouble(PageResult::f1).thenComparing(PageResult::id))
        .limit(n)
        .toList();
  }

  /** Finds the data folder: {@code ../shared/data} beside the project, else $OVERLAP_DATA. */
  public static Path defaultDataDir() {
    Path sibling = Path.of("..", "shared", "data");
    if (Files.isDirectory(sibling)) {
      return sibling;
    }
    String env = System.getenv("OVERLAP_DATA");
    return env == null ? sibling : Path.of(env);
  }

  /** Article-extraction benchmark; {@code sample} keeps every k-th page (1 = all). */
  public SetResult aeb(Path data, Input input, IntPredicate sample) throws IOException {
    Path root = data.resolve("boilerplate").resolve("aeb");
    JsonNode truth = mapper.readTree(root.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      ids.add(it.next());
    }
    ids.sort(null);
    double sumP = 0;
    double sumR = 0;
    int nP = 0;
    int nR = 0;
    long nanos = 0;
    int count = 0;
    int failed = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (!sample.test(i)) {
        continue;
      }
      String id = ids.get(i);
      String expected = truth.get(id).path("articleBody").asText("");
      Essay essay = page(root, id, input);
      if (essay == null) {
        failed++;
        essay = Essay.ofText(id, " ");
      }
      long start = System.nanoTime();
      String predicted = predicted(cleaner.clean(essay));
      nanos += System.nanoTime() - start;
      count++;
      TextMetrics.Counts c = TextMetrics.shingles(expected, predicted, 4);
      double p = TextMetrics.precision(c);
      double r = TextMetrics.recall(c);
      if (c.tp() + c.fp() > 0) {
        sumP += p;
        nP++;
      }
      if (c.tp() + c.fn() > 0) {
        sumR += r;
        nR++;
      }
      pages.add(
          new PageResult(
              "aeb/" + id, "article", truth.get(id).path("url").asText(""), p, r, f1(p, r), 0));
    }
    double precision = nP == 0 ? 0 : sumP / nP;
    double recall = nR == 0 ? 0 : sumR / nR;
    return new SetResult(
        "aeb", input, count, precision, recall, f1(precision, recall), 0, 0, Map.of(),
        count / Math.max(1e-9, nanos / 1e9), failed);
  }

  /** A benchmark page as HTML or as text lines; null when the reader refuses it (empty). */
  private @org.jspecify.annotations.Nullable Essay page(Path root, String id, Input input)
      throws IOException {
    try {
      return input == Input.HTML
          ? read(root.resolve("html").resolve(id + ".html.gz"), MediaType.HTML)
          : read(root.resolve("text-lines").resolve(id + ".txt"), MediaType.TEXT);
    } catch (RefusedInputException e) {
      return null;
    }
  }

  /** WCXB dev split; {@code sample} keeps pages by their index in id order. */
  public SetResult wcxb(Path data, Input input, IntPredicate sample) throws IOException {
    Path root = data.resolve("boilerplate").resolve("wcxb-dev");
    JsonNode metadata = mapper.readTree(root.resolve("metadata.json").toFile()).path("files");
    List<Path> truthFiles;
    try (var stream = Files.list(root.resolve("ground-truth"))) {
      truthFiles = stream.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Map<String, double[]> types = new TreeMap<>();
    double[] all = new double[6];
    long nanos = 0;
    int count = 0;
    int failed = 0;
    for (int i = 0; i < truthFiles.size(); i++) {
      if (!sample.test(i)) {
        continue;
      }
      Path file = truthFiles.get(i);
      String id = file.getFileName().toString().replace(".json", "");
      JsonNode truth = mapper.readTree(file.toFile()).path("ground_truth");
      String type = metadata.path(id).path("page_type").asText("unknown");
      Essay essay = page(root, id, input);
      if (essay == null) {
        failed++;
        essay = Essay.ofText(id, " ");
      }
      long start = System.nanoTime();
      String predicted = predicted(cleaner.clean(essay));
      nanos += System.nanoTime() - start;
      count++;
      double[] prf = TextMetrics.wordPrf(predicted, truth.path("main_content").asText(""));
      String normalized = TextMetrics.normalizeForSnippets(predicted);
      int snippets = 0;
      int leaked = 0;
      for (JsonNode snippet : truth.path("without")) {
        String s = TextMetrics.normalizeForSnippets(snippet.asText(""));
        if (s.isEmpty()) {
          continue;
        }
        snippets++;
        if (normalized.contains(s)) {
          leaked++;
        }
      }
      double[] row = {1, prf[0], prf[1], prf[2], leaked, snippets};
      add(all, row);
      add(types.computeIfAbsent(type, t -> new double[6]), row);
      pages.add(
          new PageResult(
              "wcxb/" + id,
              type,
              metadata.path(id).path("domain").asText(""),
              prf[0],
              prf[1],
              prf[2],
              snippets == 0 ? 0 : (double) leaked / snippets));
    }
    Map<String, TypeResult> byType = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : types.entrySet()) {
      byType.put(e.getKey(), type(e.getValue()));
    }
    TypeResult overall = type(all);
    return new SetResult(
        "wcxb", input, count, overall.precision(), overall.recall(), overall.f1(), overall.leak(),
        (int) all[5], byType, count / Math.max(1e-9, nanos / 1e9), failed);
  }

  private static void add(double[] sum, double[] row) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += row[i];
    }
  }

  private static TypeResult type(double[] s) {
    double n = Math.max(1, s[0]);
    return new TypeResult((int) s[0], s[1] / n, s[2] / n, s[3] / n, s[5] == 0 ? 0 : s[4] / s[5]);
  }

  private static double f1(double p, double r) {
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }

  /** The kept text minus the title, as the benchmarks' ground truth has it. */
  public static String predicted(CleanedText cleaned) {
    StringBuilder out = new StringBuilder();
    for (Block block : cleaned.blocks()) {
      if (block.kind().kept() && block.kind() != BlockKind.TITLE) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        out.append(cleaned.text(), block.start(), block.end());
      }
    }
    return out.toString();
  }

  private Essay read(Path file, MediaType type) throws IOException, RefusedInputException {
    byte[] bytes;
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = in.readAllBytes();
      }
    } else {
      bytes = Files.readAllBytes(file);
    }
    return reader.decode(file.toString(), file.toString(), type, bytes);
  }
}
