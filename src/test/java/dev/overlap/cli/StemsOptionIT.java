package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.IndexSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index --no-stems}: an index without the stems finds copying as before but not a
 * paraphrase that shares no fingerprint with its source, says so when checked, and keeps the
 * setting as the shingle size is kept.
 */
class StemsOptionIT {
  @TempDir Path dir;
  Path corpus;
  Path index;
  Path paraphrase;
  Path copier;

  @BeforeEach
  void files() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("rivers.txt"), CliIT.RIVERS, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("chess.md"), CliIT.CHESS, StandardCharsets.UTF_8);
    index = dir.resolve("index");
    paraphrase = dir.resolve("paraphrase.txt");
    Files.writeString(paraphrase, ChunkRetrievalIT.PARAPHRASE, StandardCharsets.UTF_8);
    copier = dir.resolve("copier.txt");
    Files.writeString(copier, CliIT.COPIER, StandardCharsets.UTF_8);
    // Every source reported, however little of the essay its similar sentences cover.
    Files.writeString(
        dir.resolve("overlap.json"), "{\"align\": {\"minParaphraseWords\": 0}}", StandardCharsets.UTF_8);
  }

  private Cli.Result index(String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "index";
    args[1] = "--config";
    args[2] = dir.resolve("overlap.json").toString();
    System.arraycopy(options, 0, args, 3, options.length);
    args[options.length + 3] = "--index=" + index;
    args[options.length + 4] = corpus.toString();
    return Cli.run(args);
  }

  private Cli.Result check(Path essay, String... options) {
    String[] args = new String[options.length + 7];
    args[0] = "check";
    args[1] = "--config";
    args[2] = dir.resolve("overlap.json").toString();
    args[3] = "--format";
    args[4] = "json";
    System.arraycopy(options, 0, args, 5, options.length);
    args[options.length + 5] = "--index=" + index;
    args[options.length + 6] = essay.toString();
    return Cli.run(args);
  }

  private static JsonNode sources(Cli.Result result) throws Exception {
    assertThat(result.status()).as(result.err()).isZero();
    return new ObjectMapper().readTree(result.out()).get("sources");
  }

  private IndexSettings builtWith() {
    return EssayIndex.builtWith(index).orElseThrow();
  }

  @Test
  void withStemsAParaphraseIsFoundWithoutThemOnlyCopying() throws Exception {
    assertThat(index().status()).isZero();
    assertThat(builtWith().stems()).isTrue();
    Cli.Result stemmed = check(paraphrase);
    assertThat(sources(stemmed)).hasSize(1);
    assertThat(sources(stemmed).at("/0/path").asText()).endsWith("rivers.txt");
    assertThat(stemmed.err()).doesNotContain("--no-stems");

    Cli.Result rebuilt = index("--rebuild", "--no-stems");
    assertThat(rebuilt.status()).as(rebuilt.err()).isZero();
    assertThat(builtWith().stems()).isFalse();

    Cli.Result unstemmed = check(paraphrase);
    assertThat(sources(unstemmed)).isEmpty();
    assertThat(unstemmed.err().lines())
        .containsExactly(
            "overlap: note: "
                + index
                + " was built with --no-stems: a source that shares no run of 8 words with the"
                + " essay (paraphrase) is not looked for; rebuild it without --no-stems to find"
                + " one");
    Cli.Result copied = check(copier);
    assertThat(sources(copied)).hasSize(1);
    assertThat(sources(copied).at("/0/path").asText()).endsWith("rivers.txt");
    assertThat(sources(copied).at("/0/passages/0/kind").asText()).isEqualTo("verbatim");
    assertThat(check(copier, "-q").err()).isEmpty();
  }

  @Test
  void laterRunsKeepAnIndexWithoutStemsAndAskingForThemIsRefused() throws Exception {
    assertThat(index("--no-stems").status()).isZero();
    Files.writeString(corpus.resolve("copier.txt"), CliIT.COPIER, StandardCharsets.UTF_8);

    Cli.Result again = index();
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).contains("1 added, 0 updated, 2 unchanged");
    assertThat(builtWith().stems()).isFalse();

    Map<String, String> before = CliIT.snapshot(index);
    Cli.Result refused = index("--stems");
    assertThat(refused.status()).isEqualTo(ExitCode.INDEX.code());
    assertThat(refused.err().lines()).hasSize(1);
    assertThat(refused.err())
        .contains("without stems (--no-stems); this run asks for", "overlap index --rebuild");
    assertThat(CliIT.snapshot(index)).isEqualTo(before);
  }

  @Test
  void theFileSetsItAndTheCommandLineWins() throws Exception {
    Files.writeString(
        dir.resolve("overlap.json"), "{\"index\": {\"stems\": false}}", StandardCharsets.UTF_8);
    assertThat(index().status()).isZero();
    assertThat(builtWith().stems()).isFalse();

    // --stems against a file that turns them off: on (picocli alone would read it as "the
    // opposite of the default" and turn them off once the file's value is the default).
    Cli.Result on = index("--rebuild", "--stems");
    assertThat(on.status()).as(on.err()).isZero();
    assertThat(builtWith().stems()).isTrue();

    Files.writeString(
        dir.resolve("overlap.json"), "{\"index\": {\"stems\": true}}", StandardCharsets.UTF_8);
    Cli.Result off = index("--rebuild", "--no-stems");
    assertThat(off.status()).as(off.err()).isZero();
    assertThat(builtWith().stems()).isFalse();
  }
}
