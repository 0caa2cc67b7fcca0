package dev.overlap.eval.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.bench.ScalingBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Check N new essays against a corpus of M", done by overlap, sim_text and JPlag on the same
 * files, each as its own process: wall time, peak memory, and the share of new essays whose
 * planted source each tool names (recall). overlap is timed twice: building its index and
 * checking (end to end), and checking alone (the index prebuilt, as in daily use), the latter
 * also with a class-data-sharing archive of the JVM (as the README suggests for repeated calls);
 * the peers have no index, so each run is end to end.
 */
public final class PeersBench {
  /** One tool's run at one corpus size. */
  public record Row(
      int documents,
      String tool,
      String setting,
      double seconds,
      double peakMegabytes,
      double recall,
      String note) {}

  private static final Pattern SIM_TEXT_LINE =
      Pattern.compile("^(\\S+) consists for (\\d+) % of (\\S+) material$");

  private final List<String> documents;
  private final List<String> unseen;
  private final int essays;
  private final int essayWords;
  private final long seed;
  private final Path overlapJar;
  private final Path simText;
  private final Path jplagRunner;
  private final Duration limit;
  private final boolean stems;

  /**
   * @param simText the sim_text executable, or null to skip it
   * @param jplagRunner the JPlag runner jar (src/peers/jplag), or null to skip JPlag
   * @param stems build overlap's index with the stems (false: {@code index --no-stems})
   */
  public PeersBench(
      List<String> documents,
      List<String> unseen,
      int essays,
      int essayWords,
      long seed,
      Path overlapJar,
      Path simText,
      Path jplagRunner,
      Duration limit,
      boolean stems) {
    this.documents = documents;
    this.unseen = unseen;
    this.essays = essays;
    this.essayWords = essayWords;
    this.seed = seed;
    this.overlapJar = overlapJar;
    this.simText = simText;
    this.jplagRunner = jplagRunner;
    this.limit = limit;
    this.stems = stems;
  }

  public List<Row> run(List<Integer> sizes, Path work, PrintWriter log) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.addAll(measure(size, work.resolve("size-" + size), log));
    }
    return rows;
  }

  private List<Row> measure(int size, Path dir, PrintWriter log) throws IOException {
    int span = ScalingBench.unseenPerEssay(essayWords);
    if (size > documents.size() || essays * span > unseen.size()) {
      throw new IllegalArgumentException(
          "size " + size + " and " + essays + " essays need " + size + " documents and "
              + essays * span + " unseen ones; the text has " + documents.size() + " and "
              + unseen.size());
    }
    Path corpus = dir.resolve("corpus");
    Path fresh = dir.resolve("new");
    Files.createDirectories(corpus);
    Files.createDirectories(fresh);
    List<String> corpusNames = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String name = String.format(Locale.ROOT, "doc%06d.txt", i);
      Files.writeString(corpus.resolve(name), documents.get(i), StandardCharsets.UTF_8);
      corpusNames.add("corpus/" + name);
    }
    Random random = new Random(seed);
    Map<String, String> planted = new HashMap<>();
    List<String> newNames = new ArrayList<>();
    for (int q = 0; q < essays; q++) {
      int source = random.nextInt(size);
      String name = String.format(Locale.ROOT, "essay%04d.txt", q);
      Files.writeString(
          fresh.resolve(name),
          ScalingBench.plantedEssay(unseen, q * span, documents.get(source), essayWords, random),
          StandardCharsets.UTF_8);
      planted.put(name, String.format(Locale.ROOT, "doc%06d.txt", source));
      newNames.add("new/" + name);
    }
    List<Row> rows = new ArrayList<>();
    rows.addAll(overlap(size, dir, planted, log));
    rows.add(simText(size, dir, newNames, corpusNames, planted, log));
    rows.add(jplag(size, dir, planted, log));
    return rows;
  }

  private List<Row> overlap(int size, Path dir, Map<String, String> planted, PrintWriter log)
      throws IOException {
    if (overlapJar == null) {
      return List.of(
          new Row(size, "overlap", "end to end", Double.NaN, Double.NaN, Double.NaN, "no jar"));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    log.printf(Locale.ROOT, "size %d: overlap index...%n", size);
    log.flush();
    List<String> indexCommand =
        new ArrayList<>(List.of(java, "-jar", overlapJar.toString(), "index", "--index", "index", "corpus"));
    if (!stems) {
      indexCommand.add("--no-stems");
    }
    ChildProcess.Measured index =
        ChildProcess.run(
            indexCommand,
            dir,
            dir.resolve("overlap-index.out"),
            limit);
    log.printf(Locale.ROOT, "size %d: overlap check...%n", size);
    log.flush();
    Path out = dir.resolve("overlap-check.json");
    ChildProcess.Measured check =
        ChildProcess.run(
            List.of(java, "-jar", overlapJar.toString(), "check", "--index", "index", "--format",
                "json", "new"),
            dir,
            out,
            limit);
    // The same check as a user who keeps a class-data-sharing archive (README, "Performance")
    // runs it: the first call writes the archive (not timed), the second is timed.
    Path archive = dir.resolve("overlap.jsa");
    List<String> withArchive =
        List.of(java, "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-jar",
            overlapJar.toString(), "check", "--index", "index", "--format", "json", "new");
    Path outArchived = dir.resolve("overlap-check-cds.json");
    ChildProcess.run(withArchive, dir, outArchived, limit);
    log.printf(Locale.ROOT, "size %d: overlap check with a class-data-sharing archive...%n", size);
    log.flush();
    ChildProcess.Measured archived = ChildProcess.run(withArchive, dir, outArchived, limit);
    double recall = Double.NaN;
    double recallArchived = Double.NaN;
    String note = "";
    String noteArchived = "";
    if (!index.finished() || !check.finished()) {
      note = "stopped after " + limit.toMinutes() + " min";
    } else if (index.exitCode() != 0 || check.exitCode() > 1) {
      note = "failed (exit " + index.exitCode() + "/" + check.exitCode() + ")";
    } else {
      recall = recall(out, planted);
    }
    if (!archived.finished()) {
      noteArchived = "stopped after " + limit.toMinutes() + " min";
    } else if (index.exitCode() != 0 || archived.exitCode() > 1) {
      noteArchived = "failed (exit " + index.exitCode() + "/" + archived.exitCode() + ")";
    } else {
      recallArchived = recall(outArchived, planted);
    }
    String without = stems ? "" : ", no stems";
    return List.of(
        new Row(
            size,
            "overlap",
            "end to end" + without,
            index.seconds() + check.seconds(),
            Math.max(index.peakMegabytes(), check.peakMegabytes()),
            recall,
            note),
        new Row(size, "overlap", "index prebuilt" + without, check.seconds(), check.peakMegabytes(),
            recall, note),
        new Row(size, "overlap", "prebuilt, CDS archive" + without, archived.seconds(),
            archived.peakMegabytes(), recallArchived, noteArchived));
  }

  /** Share of the essays whose planted source overlap's JSON report at {@code out} names. */
  private static double recall(Path out, Map<String, String> planted) throws IOException {
    Set<String> found = new HashSet<>();
    JsonNode reports = new ObjectMapper().readTree(out.toFile());
    for (JsonNode report : reports.isArray() ? reports : List.of(reports)) {
      String essay = Path.of(report.path("essay").path("path").asText()).getFileName().toString();
      for (JsonNode source : report.path("sources")) {
        String name = Path.of(source.path("path").asText()).getFileName().toString();
        if (name.equals(planted.get(essay))) {
          found.add(essay);
        }
      }
    }
    return (double) found.size() / planted.size();
  }

  private Row simText(
      int size,
      Path dir,
      List<String> newNames,
      List<String> corpusNames,
      Map<String, String> planted,
      PrintWriter log)
      throws IOException {
    if (simText == null) {
      return new Row(size, "sim_text", "end to end", Double.NaN, Double.NaN, Double.NaN,
          "not installed (Debian package similarity-tester)");
    }
    log.printf(Locale.ROOT, "size %d: sim_text...%n", size);
    log.flush();
    // The file names go on standard input (-i): 100,000 of them exceed the system's limit on a
    // command line. The list is the same as on the command line: new files, "/", old files.
    Path names = dir.resolve("sim_text.files");
    List<String> lines = new ArrayList<>(newNames);
    lines.add("/");
    lines.addAll(corpusNames);
    Files.write(names, lines, StandardCharsets.UTF_8);
    List<String> command =
        List.of(simText.toString(), "-p", "-t", "1", "-r", "8", "-S", "-i");
    Path out = dir.resolve("sim_text.out");
    ChildProcess.Measured run;
    try {
      run = ChildProcess.run(command, dir, names, out, limit);
    } catch (IOException e) {
      return new Row(size, "sim_text", "end to end", Double.NaN, Double.NaN, Double.NaN,
          "could not run " + simText + ": " + e.getMessage());
    }
    if (!run.finished()) {
      return new Row(size, "sim_text", "end to end", run.seconds(), run.peakMegabytes(),
          Double.NaN, "stopped after " + limit.toMinutes() + " min");
    }
    Set<String> found = new HashSet<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      Matcher m = SIM_TEXT_LINE.matcher(line.strip());
      if (m.matches()) {
        String essay = Path.of(m.group(1)).getFileName().toString();
        if (Path.of(m.group(3)).getFileName().toString().equals(planted.get(essay))) {
          found.add(essay);
        }
      }
    }
    return new Row(size, "sim_text", "end to end", run.seconds(), run.peakMegabytes(),
        (double) found.size() / planted.size(), run.exitCode() == 0 ? "" : "exit " + run.exitCode());
  }

  private Row jplag(int size, Path dir, Map<String, String> planted, PrintWriter log)
      throws IOException {
    if (jplagRunner == null) {
      return new Row(size, "JPlag 6", "end to end", Double.NaN, Double.NaN, Double.NaN,
          "runner not built (mvn -f src/peers/jplag/pom.xml package)");
    }
    log.printf(Locale.ROOT, "size %d: JPlag...%n", size);
    log.flush();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("jplag.tsv");
    ChildProcess.Measured run =
        ChildProcess.run(
            List.of(java, "-jar", jplagRunner.toString(), "new", "corpus", out.toString()),
            dir,
            dir.resolve("jplag.log"),
            limit);
    if (!run.finished()) {
      return new Row(size, "JPlag 6", "end to end", run.seconds(), run.peakMegabytes(),
          Double.NaN, "stopped after " + limit.toMinutes() + " min");
    }
    if (run.exitCode() != 0 || !Files.exists(out)) {
      return new Row(size, "JPlag 6", "end to end", run.seconds(), run.peakMegabytes(),
          Double.NaN, "failed (exit " + run.exitCode() + ", see its log)");
    }
    Set<String> found = new HashSet<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 3) {
        String first = Path.of(fields[0]).getFileName().toString();
        String second = Path.of(fields[1]).getFileName().toString();
        if (second.equals(planted.get(first)) || first.equals(planted.get(second))) {
          found.add(planted.containsKey(first) ? first : second);
        }
      }
    }
    return new Row(size, "JPlag 6", "end to end", run.seconds(), run.peakMegabytes(),
        (double) found.size() / planted.size(), "");
  }
}
