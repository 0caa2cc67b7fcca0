package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.config.Setting;
import dev.overlap.config.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * overlap.json and --config through the CLI: precedence default &lt; file &lt; command line, one-line
 * failures, {@code overlap config}, --quiet and --verbose, and progress when stderr is not a
 * terminal. Runs in {@code dir} as the working folder (where overlap.json is looked for).
 */
class ConfigIT {
  @TempDir Path dir;
  Path corpus;
  Path essay;

  @BeforeEach
  void corpus() throws Exception {
    corpus = write("corpus/rivers.txt", CliIT.RIVERS).getParent();
    write("corpus/chess.md", CliIT.CHESS);
    essay = write("copier.txt", CliIT.COPIER);
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Cli.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), dir);
    return new Cli.Result(status, out.toString(), err.toString());
  }

  private JsonNode settings(String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "config";
    all[1] = "--format";
    all[2] = "json";
    System.arraycopy(args, 0, all, 3, args.length);
    Cli.Result result = run(all);
    assertThat(result.status()).as(result.err()).isZero();
    return new ObjectMapper().readTree(result.out()).get("settings");
  }

  private void assertOneLineUsageError(Cli.Result result, String line) {
    assertThat(result.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).isEqualTo("overlap: " + line + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  @Test
  void theCommandLineWinsOverTheFileWhichWinsOverTheDefault() throws Exception {
    // default: the 15-word minimum finds the copied passage
    Cli.Result indexed = run("index", "--index", dir.resolve("idx").toString(), corpus.toString());
    assertThat(indexed.status()).as(indexed.err()).isZero();
    Cli.Result byDefault = run("check", "--index", dir.resolve("idx").toString(), essay.toString());
    assertThat(byDefault.out()).contains("rivers.txt");

    // the file: its index path (relative to the file), a minimum no passage reaches, JSON output
    write("overlap.json", "{\"index\": {\"dir\": \"idx\"}, \"align\": {\"minWords\": 200},"
        + " \"report\": {\"format\": \"json\"}}");
    Cli.Result byFile = run("check", essay.toString());
    assertThat(byFile.status()).as(byFile.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(byFile.out());
    assertThat(report.get("sources")).isEmpty();

    // the command line
    Cli.Result byOption = run("check", "--min-words", "15", "--format", "text", essay.toString());
    assertThat(byOption.out()).startsWith(essay + ": ").contains("rivers.txt");

    JsonNode settings = settings("--min-words", "15");
    assertThat(settings.get("align.minWords").get("value").asInt()).isEqualTo(15);
    assertThat(settings.get("align.minWords").get("source").asText()).isEqualTo("command line");
    assertThat(settings.get("report.format").get("source").asText()).isEqualTo("overlap.json");
    assertThat(settings.get("index.dir").get("value").asText()).isEqualTo(dir.resolve("idx").toString());
    assertThat(settings.get("align.seedWords").get("source").asText()).isEqualTo("default");
  }

  @Test
  void aSolrCollectionInTheFileIsUsedLikeTheOptions() throws Exception {
    // This jar has no SolrCloud backend: the file's collection must reach the option and be refused.
    write("overlap.json", "{\"solr\": {\"location\": \"http://localhost:8983/solr\","
        + " \"collection\": \"essays\"}}");
    Cli.Result checked = run("check", essay.toString());
    assertThat(checked.status()).as(checked.out()).isEqualTo(2);
    assertThat(checked.err()).contains("overlap-solr.jar");
    assertThat(settings().get("solr.collection").get("value").asText()).isEqualTo("essays");
  }

  @Test
  void configFileGivenWithTheOptionReplacesOverlapJson() throws Exception {
    write("overlap.json", "{\"report\": {\"top\": 3}}");
    Path strict = write("strict.json", "{\"report\": {\"top\": 7}}");
    assertThat(settings().get("report.top").get("value").asInt()).isEqualTo(3);
    JsonNode given = settings("--config", strict.toString());
    assertThat(given.get("report.top").get("value").asInt()).isEqualTo(7);
    assertThat(given.get("report.top").get("source").asText()).isEqualTo(strict.toString());
  }

  @Test
  void configJsonListsEveryKeyWithItsSource() throws Exception {
    write("overlap.json", "{\"limits\": {\"maxFileSize\": \"2MiB\"}}");
    JsonNode settings = settings("--score-quotes");
    for (Setting setting : Settings.ALL) {
      assertThat(settings.has(setting.key())).as(setting.key()).isTrue();
      assertThat(settings.get(setting.key()).get("source").asText())
          .isIn("default", "overlap.json", "command line");
    }
    assertThat(settings.size()).isEqualTo(Settings.ALL.size());
    assertThat(settings.get("limits.maxFileSize").get("value").asLong()).isEqualTo(2L << 20);
    assertThat(settings.get("scoring.quotes").get("value").asBoolean()).isTrue();
    assertThat(settings.get("scoring.quotes").get("source").asText()).isEqualTo("command line");
  }

  @Test
  void configTextIsATableOfKeyValueSourceAndOption() throws Exception {
    write("overlap.json", "{\"report\": {\"top\": 3}}");
    Cli.Result result = run("config", "--min-words", "20");
    assertThat(result.status()).isZero();
    assertThat(result.out().lines())
        .first()
        .isEqualTo("configuration file: overlap.json");
    assertThat(result.out())
        .containsPattern("(?m)^report\\.top +3 +overlap\\.json +--top$")
        .containsPattern("(?m)^align\\.minWords +20 +command line +--min-words$")
        .containsPattern("(?m)^candidates\\.max +50 +default$");
  }

  @Test
  void aFileThatCannotBeUsedFailsWithOneLine() throws Exception {
    write("overlap.json", "{\"align\": {\"minWord\": 20}}");
    assertOneLineUsageError(
        run("check", essay.toString()),
        "overlap.json: unknown key \"align.minWord\" (known: minWords, seedWords, maxGap,"
            + " sentenceCosine, sentenceDice, paraphrase, minParaphraseWords)");

    write("overlap.json", "{\"report\": {\"top\": \"3\"}}");
    assertOneLineUsageError(
        run("config"), "overlap.json: \"report.top\" must be a whole number of at least 1, got \"3\"");

    write("overlap.json", "{\"report\": {\n  \"top\": 3,,\n}}");
    Cli.Result malformed = run("index", corpus.toString());
    assertThat(malformed.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(malformed.err()).startsWith("overlap: overlap.json:2:12: not valid JSON: ").hasLineCount(1);

    // help stays available to fix it, and completion needs no setting
    assertThat(run("check", "--help").status()).isZero();
    assertThat(run("completion").status()).isZero();

    Path missing = dir.resolve("missing.json");
    assertOneLineUsageError(
        run("--config", missing.toString(), "config"), missing + ": no such file (given with --config)");
  }

  @Test
  void aConfigPathThatIsNoPathFailsWithOneLine() {
    Cli.Result result = run("--config", "bad\0name.json", "config");
    assertThat(result.status()).isEqualTo(ExitCode.USAGE.code());
    // picocli rejects the value as it does any bad option value; no stack trace, no crash
    assertThat(result.err()).startsWith("Invalid value for option '--config'").doesNotContain("\tat ");
  }

  @Test
  void aBadOptionValueOfConfigFailsNamingTheOption() {
    assertOneLineUsageError(
        run("config", "--top", "0"), "--top must be a whole number of at least 1, got 0");
  }

  @Test
  void quietPrintsNothingButErrorsAndVerboseALinePerFile() {
    Path idx = dir.resolve("idx");
    Cli.Result quiet = run("index", "--quiet", "--index", idx.toString(), corpus.toString());
    assertThat(quiet.status()).isZero();
    assertThat(quiet.out()).isEmpty();
    assertThat(quiet.err()).isEmpty();

    Cli.Result verbose = run("-v", "index", "--rebuild", "--index", idx.toString(), corpus.toString());
    assertThat(verbose.err()).contains("indexing 1/2 ", "indexing 2/2 ");
    assertThat(verbose.out()).contains("2 added");
  }

  @Test
  void progressIsSilentWhenStderrIsNotATerminal() {
    // The test JVM's stderr is a pipe to Maven.
    assertThat(StderrProgress.stderrIsTerminal()).isFalse();
    Cli.Result indexed = run("index", "--index", dir.resolve("idx").toString(), corpus.toString());
    assertThat(indexed.err()).isEmpty();
    Cli.Result checked = run("check", "--index", dir.resolve("idx").toString(), essay.toString(), corpus.toString());
    assertThat(checked.err()).doesNotContain("\r", "%", "checking");
  }

  @Test
  void versionNamesOverlapAndJava() {
    Cli.Result result = run("--version");
    assertThat(result.status()).isZero();
    assertThat(result.out()).startsWith("overlap ").contains("Java ");
  }
}
