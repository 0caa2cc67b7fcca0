package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.index.EssayIndex;
import dev.overlap.ingest.Hashes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end through {@link Main#run}: output, JSON contract, exit codes, bad input. */
class CliIT {
  @TempDir Path dir;
  Path corpus;
  Path index;

  static final String RIVERS =
      "Rivers and people\n\nRivers shape the land over long periods. Meandering channels migrate"
          + " across floodplains, leaving oxbow lakes behind when a bend is cut off during a flood."
          + " Sediment carried downstream settles where the current slows, building deltas at the"
          + " coast. Farmers have long prized these deposits because they renew the soil each"
          + " season.\n\nEngineers, by contrast, often try to fix rivers in place with levees and"
          + " concrete banks, which protects towns but starves the delta of the mud it needs.\n";

  static final String CHESS =
      "Learning chess\n\nChess openings reward preparation. A player who knows the main lines of"
          + " the Sicilian defence can reach a complex middlegame with time on the clock."
          + " Endgames, however, demand technique more than memory, and many club players neglect"
          + " them entirely. Studying classic games teaches plans that no engine evaluation can"
          + " explain.\n";

  static final String COPIER =
      "My essay on deltas\n\nI have always liked maps of coastlines. Sediment carried downstream"
          + " settles where the current slows, building deltas at the coast. Farmers have long"
          + " prized these deposits because they renew the soil each season. That is why I think"
          + " deltas deserve protection from dams and dredging projects of every size.\n";

  @BeforeEach
  void corpus() throws Exception {
    corpus = dir.resolve("corpus");
    index = dir.resolve("index");
    write("corpus/rivers.txt", RIVERS);
    write("corpus/chess.md", CHESS);
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Cli.Result indexCorpus() {
    Cli.Result result = Cli.run("index", "--index", index.toString(), corpus.toString());
    assertThat(result.status()).as(result.err()).isZero();
    return result;
  }

  /** File name → content hash of everything in the index folder but the lock file. */
  private Map<String, String> snapshot() throws Exception {
    return snapshot(index);
  }

  /** File name → content hash of everything in {@code index} but the lock file. */
  static Map<String, String> snapshot(Path index) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(index)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        if (!file.getFileName().toString().equals("write.lock")) {
          files.put(file.getFileName().toString(), Hashes.sha256(Files.readAllBytes(file)));
        }
      }
    }
    return files;
  }

  @Test
  void helpTeachesCommandsAndExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("index", "check", "compare", "Exit codes:", "--fail-above");
    assertThat(Cli.run("check", "--help").out()).contains("--format", "--top", "--min-words");
  }

  @Test
  void indexReportsAddedThenUnchangedThenUpdatedAndPruned() throws Exception {
    assertThat(indexCorpus().out()).contains("2 added, 0 updated, 0 unchanged, 0 removed, 0 refused; 2 essays");
    assertThat(indexCorpus().out()).contains("0 added, 0 updated, 2 unchanged");

    write("corpus/chess.md", CHESS + "\nA new closing line about rooks.\n");
    assertThat(indexCorpus().out()).contains("0 added, 1 updated, 1 unchanged");

    Files.delete(corpus.resolve("chess.md"));
    Cli.Result pruned =
        Cli.run("index", "--prune", "--index", index.toString(), corpus.toString());
    assertThat(pruned.out()).contains("1 unchanged, 1 removed, 0 refused; 1 essays");
  }

  @Test
  void checkFindsTheCopiedPassageWithOffsetsIntoBothFiles() throws Exception {
    indexCorpus();
    Path essay = write("copier.txt", COPIER);

    Cli.Result result =
        Cli.run("check", "--format", "json", "--index", index.toString(), essay.toString());

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.at("/essay/path").asText()).isEqualTo(essay.toString());
    assertThat(report.at("/essay/words").asInt()).isPositive();
    assertThat(report.get("similarity").asDouble()).isBetween(0.3, 0.7);
    JsonNode source = report.at("/sources/0");
    assertThat(source.get("path").asText()).endsWith("rivers.txt");
    assertThat(source.get("id").asText()).isEqualTo(corpus.resolve("rivers.txt").toRealPath().toString());
    assertThat(report.get("sources")).hasSize(1);
    JsonNode passage = source.at("/passages/0");
    assertThat(passage.get("kind").asText()).isEqualTo("verbatim");
    assertThat(passage.get("words").asInt()).isEqualTo(26);
    String copied =
        "Sediment carried downstream settles where the current slows, building deltas at the"
            + " coast. Farmers have long prized these deposits because they renew the soil each"
            + " season.";
    assertThat(codePoints(COPIER, passage.at("/essay/start").asInt(), passage.at("/essay/end").asInt()))
        .isEqualTo(copied);
    assertThat(codePoints(RIVERS, passage.at("/source/start").asInt(), passage.at("/source/end").asInt()))
        .isEqualTo(copied);
  }

  @Test
  void textReportNamesTheSourceAndThePassage() throws Exception {
    indexCorpus();
    Path essay = write("copier.txt", COPIER);

    Cli.Result result = Cli.run("check", "--index", index.toString(), essay.toString());

    assertThat(result.out()).contains("copier.txt: ", "% similar", "rivers.txt", "verbatim", "Sediment carried");
  }

  @Test
  void anIndexedEssayIsNotItsOwnSourceAndSeveralEssaysGiveAnArray() throws Exception {
    indexCorpus();
    Path essay = write("corpus/copier.txt", COPIER);
    indexCorpus();

    Cli.Result result =
        Cli.run(
            "check", "--format", "json", "--index", index.toString(),
            essay.toString(), corpus.resolve("chess.md").toString());

    JsonNode reports = new ObjectMapper().readTree(result.out());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports.get(0).at("/sources/0/path").asText()).endsWith("rivers.txt");
    assertThat(reports.get(0).get("sources")).hasSize(1);
    assertThat(reports.get(1).at("/essay/path").asText()).endsWith("chess.md");
    assertThat(reports.get(1).get("sources")).isEmpty();
    assertThat(reports.get(1).get("similarity").asDouble()).isZero();
  }

  @Test
  void failAboveExitsWithOneWhenAnEssayIsOverTheThreshold() throws Exception {
    indexCorpus();
    Path essay = write("copier.txt", COPIER);

    assertThat(Cli.run("check", "--fail-above", "20", "--index", index.toString(), essay.toString()).status())
        .isEqualTo(ExitCode.ABOVE_THRESHOLD.code());
    assertThat(Cli.run("check", "--fail-above", "90", "--index", index.toString(), essay.toString()).status())
        .isEqualTo(ExitCode.OK.code());
  }

  @Test
  void compareAlignsTwoFilesWithoutAnIndex() throws Exception {
    Path essay = write("copier.txt", COPIER);

    Cli.Result result =
        Cli.run("compare", "--format", "json", essay.toString(), corpus.resolve("rivers.txt").toString());

    assertThat(result.status()).isZero();
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.at("/sources/0/passages/0/kind").asText()).isEqualTo("verbatim");
    assertThat(Files.exists(index)).isFalse();
  }

  // ---- bad input: one line, documented exit code, index as it was ----

  @Test
  void zeroThreadsIsAUsageErrorAndTheIndexIsUntouched() throws Exception {
    indexCorpus();
    Map<String, String> before = snapshot();

    Cli.Result indexed = Cli.run("index", "--threads", "0", "--index", index.toString(), corpus.toString());
    assertThat(indexed.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(indexed.err().strip()).isEqualTo("overlap: --threads must be at least 1, got 0");
    assertThat(snapshot()).isEqualTo(before);

    Cli.Result checked = Cli.run("check", "--threads", "0", "--index", index.toString(), corpus.toString());
    assertThat(checked.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(checked.err().strip()).isEqualTo("overlap: --threads must be at least 1, got 0");
  }

  @Test
  void aMissingPathIsRefusedAndTheIndexIsUntouched() throws Exception {
    indexCorpus();
    Map<String, String> before = snapshot();

    Cli.Result result = Cli.run("index", "--index", index.toString(), dir.resolve("nowhere").toString());

    assertThat(result.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(result.err().strip()).isEqualTo("overlap: " + dir.resolve("nowhere") + ": no such file or folder");
    assertThat(snapshot()).isEqualTo(before);
    Cli.Result check = Cli.run("check", "--index", index.toString(), dir.resolve("nowhere.txt").toString());
    assertThat(check.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(check.err()).contains("nowhere.txt: no such file");
  }

  @Test
  void emptyAndBinaryFilesAreRefusedWhileTheRestOfTheBatchIsIndexed() throws Exception {
    indexCorpus();
    write("corpus/empty.txt", "");
    Files.write(corpus.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    write("corpus/copier.txt", COPIER);

    Cli.Result result = Cli.run("index", "--index", index.toString(), corpus.toString());

    assertThat(result.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(result.err().lines())
        .containsExactly(
            "overlap: " + corpus + "/empty.txt: empty file (skipped)",
            "overlap: " + corpus + "/image.txt: binary file (PNG image), not text (skipped)");
    assertThat(result.out()).contains("1 added, 0 updated, 2 unchanged, 0 removed, 2 refused; 3 essays");
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void checkingAnEmptyOrBinaryEssayIsRefusedWithOneLine() throws Exception {
    indexCorpus();
    Path empty = write("empty.txt", "   \n");

    Cli.Result result = Cli.run("check", "--index", index.toString(), empty.toString());

    assertThat(result.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(result.err().strip()).isEqualTo("overlap: " + empty + ": empty file (only white space)");
  }

  @Test
  void aFolderWithNoEssaysIsRefused() throws Exception {
    Path folder = dir.resolve("nothing");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("data.csv"), "a,b");

    Cli.Result result = Cli.run("index", "--index", index.toString(), folder.toString());

    assertThat(result.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(result.err()).startsWith("overlap: " + folder + ": no essays found (overlap reads .txt");
    assertThat(Files.exists(index)).isFalse();
  }

  @Test
  void anIndexInUseIsRefusedAtOnceAndLeftAsItWas() throws Exception {
    indexCorpus();
    Map<String, String> before = snapshot();
    Overlap overlapForSettings = new Overlap();
    try (EssayIndex held = EssayIndex.openForWriting(index, overlapForSettings.settings(), false)) {
      write("corpus/copier.txt", COPIER);
      Cli.Result result = Cli.run("index", "--index", index.toString(), corpus.toString());

      assertThat(result.status()).isEqualTo(ExitCode.INDEX.code());
      assertThat(result.err().lines()).hasSize(1);
      assertThat(result.err()).contains("is in use by another overlap process", "write.lock");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anIndexBuiltWithOtherSettingsIsRefusedNamingTheRebuildCommand() throws Exception {
    indexCorpus();
    Map<String, String> before = snapshot();

    Cli.Result result =
        Cli.run("index", "--shingle-size", "6", "--index", index.toString(), corpus.toString());

    assertThat(result.status()).isEqualTo(ExitCode.INDEX.code());
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err())
        .contains("shingle size 5, window 4", "shingle size 6, window 4", "overlap index --rebuild");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void laterRunsKeepTheSettingsTheIndexWasBuiltWith() throws Exception {
    assertThat(
            Cli.run("index", "--shingle-size", "6", "--window", "3", "--index", index.toString(), corpus.toString())
                .status())
        .isZero();
    write("corpus/copier.txt", COPIER);

    Cli.Result again = Cli.run("index", "--index", index.toString(), corpus.toString());

    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).contains("1 added, 0 updated, 2 unchanged");
    assertThat(dev.overlap.index.EssayIndex.builtWith(index).orElseThrow().describe())
        .startsWith("shingle size 6, window 3");
  }

  static final String REFERENCES =
      "References\n\n"
          + "Anderson, P. (2004). Rivers and the shaping of floodplains. Oxford: Clarendon Press.\n\n"
          + "Baker, J. and Lee, M. (2011). Sediment transport in lowland deltas. Journal of"
          + " Hydrology, 14(2), 101-130.\n\n"
          + "Chen, L. (2017). Levees, dredging and the starving of river deltas. London: Routledge.\n";

  @Test
  void sharedReferencesAreReadButScoredOnlyWhenAsked() throws Exception {
    write("corpus/rivers.txt", RIVERS + "\n" + REFERENCES);
    indexCorpus();
    Path essay =
        write(
            "mine.txt",
            "My own essay\n\nChess and rivers have nothing in common, and I wrote every word of"
                + " this short piece myself, about tides and the moon.\n\n"
                + REFERENCES);

    Cli.Result plain = Cli.run("check", "--format", "json", "--index", index.toString(), essay.toString());
    Cli.Result scored =
        Cli.run(
            "check", "--format", "json", "--score-references", "--index", index.toString(),
            essay.toString());

    assertThat(new ObjectMapper().readTree(plain.out()).get("sources")).as(plain.out()).isEmpty();
    JsonNode withReferences = new ObjectMapper().readTree(scored.out());
    assertThat(withReferences.at("/sources/0/path").asText()).endsWith("rivers.txt");
    assertThat(withReferences.get("similarity").asDouble()).isPositive();
  }

  @Test
  void essaysOverTheWordLimitAreRefusedWithTheOptionToRaiseIt() throws Exception {
    Cli.Result indexed =
        Cli.run("index", "--max-words", "60", "--index", index.toString(), corpus.toString());

    assertThat(indexed.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(indexed.err().strip())
        .isEqualTo(
            "overlap: "
                + corpus.resolve("rivers.txt")
                + ": too long (81 words; the limit is 60, raise it with --max-words) (skipped)");
    assertThat(indexed.out()).contains("1 added", "1 refused");

    Cli.Result checked =
        Cli.run("check", "--max-words", "60", "--index", index.toString(), corpus.resolve("rivers.txt").toString());
    assertThat(checked.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(checked.err()).contains("rivers.txt: too long (81 words");
  }

  @Test
  void checkWithoutAnIndexSaysHowToBuildOne() throws Exception {
    Path essay = write("copier.txt", COPIER);

    Cli.Result result = Cli.run("check", "--index", dir.resolve("none").toString(), essay.toString());

    assertThat(result.status()).isEqualTo(ExitCode.INDEX.code());
    assertThat(result.err()).contains("no index at", "overlap index --index");
  }

  @Test
  void aWrongCommandLineIsAUsageError() {
    Cli.Result result = Cli.run("check", "--no-such-option", "x.txt");

    assertThat(result.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("Unknown option: '--no-such-option'");
    assertThat(Cli.run("check", "--fail-above", "150", "x.txt").status()).isEqualTo(ExitCode.USAGE.code());
  }

  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  /** The settings the CLI uses by default, for holding the lock with the same settings. */
  private static final class Overlap {
    dev.overlap.index.IndexSettings settings() {
      return new dev.overlap.Overlap(dev.overlap.config.OverlapConfig.DEFAULT).indexSettings();
    }
  }
}
