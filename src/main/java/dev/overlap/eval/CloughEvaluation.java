package dev.overlap.eval;

import dev.overlap.Overlap;
import dev.overlap.Progress;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Document-level evaluation on the corpus of Clough and Stevenson (2011), "Developing a corpus of
 * plagiarised short answers": 95 answers to 5 questions, each non, heavy, light or cut (copied),
 * and the 5 Wikipedia sources.
 *
 * <p>Scores per answer, each a "method":
 *
 * <ul>
 *   <li><b>A overall</b>: the 5 sources are the index; the answer's overall similarity.
 *   <li><b>A weighted</b>: the same index; the weighted similarity (exactness counts).
 *   <li><b>A longest run</b>: the same index; the longest run of identical words inside the
 *       answer's passages ({@link ExactRuns}): how much was copied as is, in one piece.
 *   <li><b>B overall</b>: sources and all 95 answers are the index (an archive); the answer's
 *       overall similarity (itself excluded).
 *   <li><b>B to orig</b>: in the same archive, the similarity to its task's source only.
 *   <li><b>B longest run</b>, <b>B longest run to orig</b>: in the same archive, the longest run
 *       of identical words in the passages of any source, and of the task's source only.
 *   <li>the same three for {@code sim_text} when it is installed: its percentage of the answer
 *       found in a file, the largest over the files in question.
 * </ul>
 *
 * For each: ROC AUC of plagiarized (cut, light, heavy) against non, Spearman's ρ with cut (3) >
 * light (2) > heavy (1) > non (0), 4-class accuracy with leave-one-out thresholds, and the score
 * distribution per category.
 */
public final class CloughEvaluation {
  /** The categories in their order of reuse; the ordinal is the class. */
  public enum Category {
    NON,
    HEAVY,
    LIGHT,
    CUT;

    static Category parse(String value) {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One answer of the corpus and its score by each method. */
  public record Answer(String file, String task, Category category, Map<String, Double> scores) {}

  /**
   * The measures of one method.
   *
   * @param aucLosses the plagiarized answers that score at or below some non answer: what keeps
   *     ROC AUC from 1, lowest score first
   */
  public record MethodResult(
      String method,
      double rocAuc,
      double spearman,
      double accuracy4,
      Map<String, Distribution> byCategory,
      int[][] confusion,
      List<AucLoss> aucLosses) {}

  /**
   * A plagiarized answer ranked at or below non answers. ROC AUC is 1 minus the sum over these of
   * (nonAbove + nonTied / 2), divided by plagiarized × non answers.
   *
   * @param nonAbove non answers scoring higher
   * @param nonTied non answers scoring the same
   */
  public record AucLoss(String file, String category, double score, int nonAbove, int nonTied) {}

  public record Result(
      String corpus, List<MethodResult> methods, List<Answer> answers, List<String> notes) {}

  public static final String A_OVERALL = "overlap A overall";
  public static final String A_WEIGHTED = "overlap A weighted";
  public static final String A_LONGEST_RUN = "overlap A longest run";
  public static final String B_OVERALL = "overlap B overall";
  public static final String B_ORIG = "overlap B to orig";
  public static final String B_LONGEST_RUN = "overlap B longest run";
  public static final String B_ORIG_LONGEST_RUN = "overlap B longest run to orig";
  /**
   * Not a method but a bound: each plagiarized answer scored by the longest run of words it shares
   * with its source, every non answer 0 — the longest-run score with perfect detection. What keeps
   * it from Spearman 1 is the labels themselves: they say how an answer was meant to reuse, not how
   * much it copied.
   */
  public static final String CEILING_LONGEST_RUN = "ceiling: longest run, oracle";

  public static final String SIM_A = "sim_text A overall";
  public static final String SIM_B_OVERALL = "sim_text B overall";
  public static final String SIM_B_ORIG = "sim_text B to orig";
  public static final String JPLAG_A = "JPlag A overall";
  public static final String JPLAG_B_OVERALL = "JPlag B overall";
  public static final String JPLAG_B_ORIG = "JPlag B to orig";

  private final OverlapConfig config;
  private final Optional<SimText> simText;
  private final Optional<dev.overlap.eval.peers.JPlag> jplag;

  public CloughEvaluation(OverlapConfig config, Optional<SimText> simText) {
    this(config, simText, Optional.empty());
  }

  public CloughEvaluation(
      OverlapConfig config,
      Optional<SimText> simText,
      Optional<dev.overlap.eval.peers.JPlag> jplag) {
    this.config = config;
    this.simText = simText;
    this.jplag = jplag;
  }

  /** The metadata file: answers with task and category (the 5 "orig" rows are left out). */
  public static List<Answer> readAnswers(Path dir) throws IOException {
    Path csv = dir.resolve("file_information.csv");
    List<Answer> answers = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      if (cells.length < 3 || cells[2].strip().equals("orig")) {
        continue;
      }
      answers.add(
          new Answer(
              cells[0].strip(),
              cells[1].strip(),
              Category.parse(cells[2]),
              new LinkedHashMap<>()));
    }
    if (answers.isEmpty()) {
      throw new IOException(csv + " lists no answers");
    }
    return answers;
  }

  static String sourceOf(Answer answer) {
    return "orig_task" + answer.task() + ".txt";
  }

  public Result run(Path dir, Path workDir) throws IOException {
    List<Answer> answers = readAnswers(dir);
    List<String> sources = new ArrayList<>();
    for (Answer answer : answers) {
      if (!sources.contains(sourceOf(answer))) {
        sources.add(sourceOf(answer));
      }
    }
    sources.sort(null);
    List<String> notes = new ArrayList<>();
    Overlap overlap = new Overlap(config);

    // Setting A: the 5 sources are the index.
    Path indexA = workDir.resolve("index-a");
    index(overlap, indexA, dir, sources);
    try (EssayIndex index = overlap.openForChecking(indexA)) {
      for (Answer answer : answers) {
        CheckedEssay checked = checkWithTexts(overlap, index, dir.resolve(answer.file()));
        CheckReport report = checked.report();
        answer.scores().put(A_OVERALL, report.similarity());
        answer.scores().put(A_WEIGHTED, report.weightedSimilarity());
        answer.scores().put(A_LONGEST_RUN, (double) ExactRuns.longestInPassages(checked));
      }
    }

    // Setting B: sources and answers are the index; each answer checked against the others.
    Path indexB = workDir.resolve("index-b");
    List<String> all = new ArrayList<>(sources);
    answers.forEach(a -> all.add(a.file()));
    index(overlap, indexB, dir, all);
    try (EssayIndex index = overlap.openForChecking(indexB)) {
      for (Answer answer : answers) {
        CheckedEssay checked = checkWithTexts(overlap, index, dir.resolve(answer.file()));
        CheckReport report = checked.report();
        answer.scores().put(B_OVERALL, report.similarity());
        double toOrig = 0;
        for (CheckReport.SourceReport source : report.sources()) {
          if (fileName(source.path()).equals(sourceOf(answer))) {
            toOrig = source.similarity();
          }
        }
        answer.scores().put(B_ORIG, toOrig);
        answer.scores().put(B_LONGEST_RUN, (double) ExactRuns.longestInPassages(checked));
        answer
            .scores()
            .put(
                B_ORIG_LONGEST_RUN,
                (double)
                    ExactRuns.longestInPassages(
                        checked, source -> fileName(source.path()).equals(sourceOf(answer))));
      }
    }

    if (simText.isPresent()) {
      for (Answer answer : answers) {
        List<String> others = new ArrayList<>(all);
        others.remove(answer.file());
        Map<String, Double> a = simText.get().percentages(dir, List.of(answer.file()), sources);
        Map<String, Double> b = simText.get().percentages(dir, List.of(answer.file()), others);
        double bestA = 0;
        double bestB = 0;
        for (String other : others) {
          String key = answer.file() + "\t" + other;
          bestA = Math.max(bestA, a.getOrDefault(key, 0.0));
          bestB = Math.max(bestB, b.getOrDefault(key, 0.0));
        }
        answer.scores().put(SIM_A, bestA);
        answer.scores().put(SIM_B_OVERALL, bestB);
        answer.scores().put(SIM_B_ORIG, b.getOrDefault(answer.file() + "\t" + sourceOf(answer), 0.0));
      }
      notes.add(
          "sim_text: -r "
              + simText.get().minRun()
              + " -p -e -S answer / others; score = largest share of the answer found in one file (it reports no"
              + " union over files)");
    } else {
      notes.add("sim_text: not installed, skipped (apt-get install similarity-tester)");
    }
    if (jplag.isPresent()) {
      // A: answers (new) against the 5 sources (old); B: every pair of sources and answers.
      Path answersDir = Files.createDirectories(workDir.resolve("jplag-answers"));
      Path sourcesDir = Files.createDirectories(workDir.resolve("jplag-sources"));
      Path allDir = Files.createDirectories(workDir.resolve("jplag-all"));
      for (Answer answer : answers) {
        Files.copy(dir.resolve(answer.file()), answersDir.resolve(answer.file()));
        Files.copy(dir.resolve(answer.file()), allDir.resolve(answer.file()));
      }
      for (String source : sources) {
        Files.copy(dir.resolve(source), sourcesDir.resolve(source));
        Files.copy(dir.resolve(source), allDir.resolve(source));
      }
      Map<String, Double> a = jplag.get().similarities(answersDir, sourcesDir, workDir);
      Map<String, Double> b = jplag.get().similarities(allDir, null, workDir);
      for (Answer answer : answers) {
        double bestA = 0;
        double bestB = 0;
        for (String other : all) {
          if (!other.equals(answer.file())) {
            String key = answer.file() + "\t" + other;
            if (sources.contains(other)) {
              bestA = Math.max(bestA, a.getOrDefault(key, 0.0));
            }
            bestB = Math.max(bestB, b.getOrDefault(key, 0.0));
          }
        }
        answer.scores().put(JPLAG_A, bestA);
        answer.scores().put(JPLAG_B_OVERALL, bestB);
        answer.scores().put(JPLAG_B_ORIG, b.getOrDefault(answer.file() + "\t" + sourceOf(answer), 0.0));
      }
      notes.add(
          "JPlag 6.0.0: text language, clustering off, maximal similarity; A: answers against the"
              + " sources, B: every pair; score = the largest similarity to one file");
    } else {
      notes.add("JPlag: runner not built, skipped (" + dev.overlap.eval.peers.JPlag.HOW_TO_GET + ")");
    }

    List<Integer> nonRuns = new ArrayList<>();
    for (Answer answer : answers) {
      int run = ExactRuns.longest(words(dir.resolve(answer.file())), words(dir.resolve(sourceOf(answer))));
      if (answer.category() == Category.NON) {
        nonRuns.add(run);
      }
      answer.scores().put(CEILING_LONGEST_RUN, answer.category() == Category.NON ? 0.0 : run);
    }
    nonRuns.sort(null);
    if (!nonRuns.isEmpty()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "ceiling: each plagiarized answer scored by the longest run it shares with its source"
                  + " (found or not), each non answer 0; the non answers themselves share runs of"
                  + " %d-%d words (median %d) with their task's source",
              nonRuns.get(0),
              nonRuns.get(nonRuns.size() - 1),
              nonRuns.get(nonRuns.size() / 2)));
    }

    List<MethodResult> methods = new ArrayList<>();
    for (String method : answers.get(0).scores().keySet()) {
      methods.add(measure(method, answers));
    }
    return new Result(dir.toString(), methods, answers, notes);
  }

  /** The measures of one method's scores. */
  public static MethodResult measure(String method, List<Answer> answers) {
    int n = answers.size();
    double[] scores = new double[n];
    boolean[] plagiarized = new boolean[n];
    double[] ordinal = new double[n];
    int[] classes = new int[n];
    for (int i = 0; i < n; i++) {
      Answer answer = answers.get(i);
      scores[i] = answer.scores().get(method);
      classes[i] = answer.category().ordinal();
      ordinal[i] = classes[i];
      plagiarized[i] = answer.category() != Category.NON;
    }
    Map<String, Distribution> byCategory = new LinkedHashMap<>();
    for (Category category : Category.values()) {
      double[] values =
          answers.stream()
              .filter(a -> a.category() == category)
              .mapToDouble(a -> a.scores().get(method))
              .toArray();
      byCategory.put(category.label(), Distribution.of(values));
    }
    int k = Category.values().length;
    int[] predicted = OrdinalThresholds.leaveOneOut(scores, classes, k);
    int[][] confusion = new int[k][k];
    int correct = 0;
    for (int i = 0; i < n; i++) {
      confusion[classes[i]][predicted[i]]++;
      correct += classes[i] == predicted[i] ? 1 : 0;
    }
    List<AucLoss> losses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!plagiarized[i]) {
        continue;
      }
      int above = 0;
      int tied = 0;
      for (int j = 0; j < n; j++) {
        if (!plagiarized[j]) {
          above += scores[j] > scores[i] ? 1 : 0;
          tied += scores[j] == scores[i] ? 1 : 0;
        }
      }
      if (above + tied > 0) {
        Answer answer = answers.get(i);
        losses.add(
            new AucLoss(answer.file(), answer.category().label(), scores[i], above, tied));
      }
    }
    losses.sort(
        Comparator.comparingDouble(AucLoss::score).thenComparing(AucLoss::file));
    return new MethodResult(
        method,
        RankMeasures.rocAuc(scores, plagiarized),
        RankMeasures.spearman(scores, ordinal),
        (double) correct / n,
        byCategory,
        confusion,
        List.copyOf(losses));
  }

  public static String table(Result result) {
    StringBuilder out = new StringBuilder();
    out.append("Clough & Stevenson short answers: ").append(result.corpus()).append('\n');
    out.append("A = the task sources indexed; B = sources and all answers indexed (archive)\n\n");
    TextTable measures = new TextTable("method", "ROC AUC", "Spearman", "4-class LOO acc");
    for (MethodResult m : result.methods()) {
      measures.row(m.method(), m.rocAuc(), m.spearman(), m.accuracy4());
    }
    out.append(measures).append('\n');
    TextTable distribution =
        new TextTable("score min/median/max", "non", "heavy", "light", "cut");
    for (MethodResult m : result.methods()) {
      List<Object> row = new ArrayList<>();
      row.add(m.method());
      for (Distribution d : m.byCategory().values()) {
        row.add(
            String.format(Locale.ROOT, "%.2f/%.2f/%.2f", d.min(), d.median(), d.max()));
      }
      distribution.row(row.toArray());
    }
    out.append(distribution).append('\n');
    out.append("leave-one-out confusion (rows: true non/heavy/light/cut; columns: predicted)\n");
    for (MethodResult m : result.methods()) {
      StringBuilder rows = new StringBuilder();
      for (int[] row : m.confusion()) {
        rows.append(rows.length() == 0 ? "" : " | ");
        for (int c = 0; c < row.length; c++) {
          rows.append(c == 0 ? "" : " ").append(String.format(Locale.ROOT, "%2d", row[c]));
        }
      }
      out.append(String.format(Locale.ROOT, "  %-30s %s%n", m.method(), rows));
    }
    out.append('\n');
    out.append(
        "what keeps ROC AUC from 1 (overlap A): plagiarized answers at or below non answers, with"
            + " how many non answers score above / the same\n");
    for (MethodResult m : result.methods()) {
      if (!m.method().startsWith("overlap A")) {
        continue;
      }
      List<String> losses = new ArrayList<>();
      for (AucLoss loss : m.aucLosses()) {
        losses.add(
            String.format(
                Locale.ROOT,
                "%s %s %s (%d/%d)",
                shortName(loss.file()),
                loss.category(),
                TextTable.format(loss.score()),
                loss.nonAbove(),
                loss.nonTied()));
      }
      out.append(String.format(Locale.ROOT, "  %-30s %s%n", m.method(), String.join(", ", losses)));
    }
    out.append('\n').append(spearmanGap(result.answers())).append('\n');
    for (String note : result.notes()) {
      out.append(note).append('\n');
    }
    return out.toString();
  }

  /**
   * What separates the longest run's Spearman from its ceiling: the plagiarized answers without
   * any passage, and the Spearman with only those given the run they share with their source.
   */
  static String spearmanGap(List<Answer> answers) {
    if (answers.isEmpty() || !answers.get(0).scores().containsKey(CEILING_LONGEST_RUN)) {
      return "";
    }
    int n = answers.size();
    double[] ours = new double[n];
    double[] mixed = new double[n];
    double[] ordinal = new double[n];
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Answer answer = answers.get(i);
      ours[i] = answer.scores().get(A_LONGEST_RUN);
      double ceiling = answer.scores().get(CEILING_LONGEST_RUN);
      ordinal[i] = answer.category().ordinal();
      mixed[i] = ours[i] > 0 || answer.category() == Category.NON ? ours[i] : ceiling;
      if (ours[i] == 0 && answer.category() != Category.NON) {
        missed.add(
            String.format(
                Locale.ROOT,
                "%s %s (shares a run of %.0f words with its source)",
                shortName(answer.file()),
                answer.category().label(),
                ceiling));
      }
    }
    return String.format(
        Locale.ROOT,
        "what keeps Spearman from the ceiling (%s %.3f, ceiling %.3f): plagiarized answers without a"
            + " passage, tied with the non answers at 0: %s; with only these given their runs:"
            + " %.3f%n",
        A_LONGEST_RUN,
        RankMeasures.spearman(ours, ordinal),
        RankMeasures.spearman(
            answers.stream().mapToDouble(a -> a.scores().get(CEILING_LONGEST_RUN)).toArray(),
            ordinal),
        missed.isEmpty() ? "none" : String.join(", ", missed),
        RankMeasures.spearman(mixed, ordinal));
  }

  private static void index(Overlap overlap, Path indexPath, Path dir, List<String> files) {
    List<String> paths = files.stream().map(f -> dir.resolve(f).toString()).toList();
    try {
      overlap.index(indexPath, paths, true, false, Progress.NONE);
    } catch (RefusedInputException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private static CheckedEssay checkWithTexts(Overlap overlap, EssayIndex index, Path file) {
    CheckedEssay checked = overlap.checkWithTexts(index, file.toString());
    CheckReport report = checked.report();
    if (report.error() != null || report.similarity() == null) {
      throw new UncheckedIOException(
          new IOException(file + " could not be checked: " + report.error()));
    }
    return checked;
  }

  /** An answer's file name without {@code .txt}, as the tables show it. */
  private static String shortName(String file) {
    return file.replaceFirst("\\.txt$", "");
  }

  /** The plain words of a corpus file (its bytes as UTF-8, undecodable bytes split words). */
  private static List<String> words(Path file) throws IOException {
    return ExactRuns.words(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  static String fileName(String path) {
    Path name = Path.of(path).getFileName();
    return name == null ? path : name.toString();
  }
}
