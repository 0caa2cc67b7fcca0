package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index --texts reference}: the index keeps no text it can read back from the file, checks
 * give the same reports as with stored texts, and a source whose file changed or went is left out
 * with a warning naming it, the index untouched.
 */
class ReferencedTextsIT {
  @TempDir Path dir;
  Path corpus;

  static final String RIVERS = CliIT.RIVERS;

  static final String PAGE =
      "<html><head><title>Glaciers</title></head><body><nav>Home | Samples | Order now</nav>"
          + "<article><h1>Glaciers</h1><p>Glaciers carve valleys into a U shape as the ice grinds"
          + " the rock beneath it, plucking boulders from the valley floor and carrying them far"
          + " downstream before dropping them as erratics when the ice finally melts away.</p>"
          + "</article><footer>Copyright Essay Samples Ltd</footer></body></html>";

  static final String ESSAY =
      "Rivers and ice\n\nI have always liked maps of coastlines. Sediment carried downstream"
          + " settles where the current slows, building deltas at the coast. Farmers have long"
          + " prized these deposits because they renew the soil each season. Mountains tell"
          + " another story. Glaciers carve valleys into a U shape as the ice grinds the rock"
          + " beneath it, plucking boulders from the valley floor and carrying them far"
          + " downstream.\n";

  @BeforeEach
  void corpus() throws Exception {
    corpus = dir.resolve("corpus");
    write("corpus/rivers.txt", RIVERS);
    write("corpus/chess.md", CliIT.CHESS);
    write("corpus/glaciers.html", PAGE);
    Random random = new Random(7);
    String[] words = "the a of delta river silt flood plain bank town levee mud coast soil".split(" ");
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      write("corpus/filler" + i + ".txt", text.toString());
    }
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path index(String name, String texts) {
    Path index = dir.resolve(name);
    Cli.Result result =
        Cli.run("index", "-q", "--texts", texts, "--index", index.toString(), corpus.toString());
    assertThat(result.status()).as(result.err()).isZero();
    return index;
  }

  private static JsonNode check(Path index, Path essay) throws Exception {
    Cli.Result result =
        Cli.run("check", "--format", "json", "--index", index.toString(), essay.toString());
    assertThat(result.status()).as(result.err()).isZero();
    return new ObjectMapper().readTree(result.out());
  }

  private static long size(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  @Test
  void aReferencingIndexIsSmallerAndChecksReportTheSameAsWithStoredTexts() throws Exception {
    Path stored = index("stored", "store");
    Path referenced = index("referenced", "reference");
    Path essay = write("essay.txt", ESSAY);

    JsonNode withTexts = check(stored, essay);
    JsonNode byReference = check(referenced, essay);

    assertThat(withTexts.get("sources")).hasSize(2);
    assertThat(byReference).isEqualTo(withTexts);
    assertThat(byReference.has("warnings")).isFalse();
    assertThat(size(referenced)).isLessThan(size(stored) - 10_000);
  }

  @Test
  void aChangedSourceIsLeftOutWithAWarningAndTheIndexIsUntouched() throws Exception {
    Path index = index("referenced", "reference");
    Path essay = write("essay.txt", ESSAY);
    Map<String, String> before = CliIT.snapshot(index);
    write("corpus/rivers.txt", RIVERS.replace("Rivers shape", "Streams shape"));

    JsonNode report = check(index, essay);

    assertThat(report.get("sources")).hasSize(1);
    assertThat(report.at("/sources/0/path").asText()).endsWith("glaciers.html");
    assertThat(report.get("warnings")).hasSize(1);
    assertThat(report.at("/warnings/0").asText())
        .contains("rivers.txt", "changed since it was indexed", "overlap index");
    Cli.Result text = Cli.run("check", "--index", index.toString(), essay.toString());
    assertThat(text.out()).contains("warning: ", "rivers.txt");
    assertThat(CliIT.snapshot(index)).isEqualTo(before);
  }

  @Test
  void aDeletedTextSourceIsLeftOutButAPageKeepsItsCleanedText() throws Exception {
    Path index = index("referenced", "reference");
    Path essay = write("essay.txt", ESSAY);
    Files.delete(corpus.resolve("rivers.txt"));
    Files.delete(corpus.resolve("glaciers.html"));

    JsonNode report = check(index, essay);

    assertThat(report.get("sources")).hasSize(1);
    assertThat(report.at("/sources/0/path").asText()).endsWith("glaciers.html");
    assertThat(report.at("/warnings/0").asText()).contains("rivers.txt", "no such file", "--prune");
  }

  @Test
  void templatesOfPagesIndexedByReferenceShowTheirTextWhileThePagesAreThere() throws Exception {
    Path site = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < TemplatesIT.BODIES.length; i++) {
      Files.writeString(
          site.resolve("page" + i + ".html"),
          "<html><body><h1>" + TemplatesIT.TITLES[i] + "</h1><p>" + TemplatesIT.BODIES[i]
              + "</p><p>" + TemplatesIT.SHARED + "</p></body></html>",
          StandardCharsets.UTF_8);
    }
    Path index = dir.resolve("pages-index");
    Cli.Result indexed =
        Cli.run("index", "-q", "--texts", "reference", "--index", index.toString(), site.toString());
    assertThat(indexed.status()).as(indexed.err()).isZero();

    assertThat(Cli.run("templates", "--index", index.toString()).out())
        .contains("4/4", "Every essay in this collection");

    // the pages gone: the template is still known and listed, only its sample text is not
    try (Stream<Path> pages = Files.list(site)) {
      for (Path page : pages.toList()) {
        Files.delete(page);
      }
    }
    Cli.Result listed = Cli.run("templates", "--index", index.toString());
    assertThat(listed.status()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("4/4").doesNotContain("Every essay in this collection");
  }

  @Test
  void storedTextsSurviveTheFilesChanging() throws Exception {
    Path index = index("stored", "store");
    Path essay = write("essay.txt", ESSAY);
    Files.delete(corpus.resolve("rivers.txt"));

    JsonNode report = check(index, essay);

    assertThat(report.get("sources")).hasSize(2);
    assertThat(report.has("warnings")).isFalse();
  }

  @Test
  void referenceIsRefusedWithSolrAsAUsageError() {
    Cli.Result result =
        Cli.run(
            "index", "--solr", "localhost:2181", "--collection", "essays", "--texts", "reference",
            corpus.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--texts reference").doesNotContain("Exception");
  }

  @Test
  void theConfigurationFileChoosesReference() throws Exception {
    Path config = write("overlap.json", "{\"index\": {\"texts\": \"reference\"}}");
    Path viaFile = dir.resolve("via-file");
    Cli.Result result =
        Cli.run(
            "index", "-q", "--config", config.toString(), "--index", viaFile.toString(),
            corpus.toString());
    assertThat(result.status()).as(result.err()).isZero();

    Files.delete(corpus.resolve("rivers.txt"));
    assertThat(check(viaFile, write("essay.txt", ESSAY)).at("/warnings/0").asText())
        .contains("rivers.txt");
  }
}
