package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.eval.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code candidates.chunkWords}: a paraphrase that shares no fingerprint with its source is found
 * through the part of the essay that holds it, when the whole essay's query is not used.
 */
class ChunkRetrievalIT {
  @TempDir Path dir;
  Path index;

  /** The rivers text restated: its content words, no run of five words in common. */
  static final String PARAPHRASE =
      "Over long periods rivers shape land. Across floodplains meandering channels migrate and"
          + " leave oxbow lakes when floods cut a bend off. Downstream sediment settles as the"
          + " current slows and deltas build at the coast.";

  @BeforeEach
  void indexed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("rivers.txt"), CliIT.RIVERS, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("chess.md"), CliIT.CHESS, StandardCharsets.UTF_8);
    Random random = new Random(5);
    for (int i = 0; i < 20; i++) {
      Files.writeString(
          corpus.resolve("filler" + i + ".txt"), Fixtures.english(random, 200), StandardCharsets.UTF_8);
    }
    index = dir.resolve("index");
    Cli.Result result = Cli.run("index", "-q", "--index", index.toString(), corpus.toString());
    assertThat(result.status()).as(result.err()).isZero();
  }

  private JsonNode check(String settings) throws Exception {
    Random random = new Random(9);
    Path essay = dir.resolve("essay.txt");
    Files.writeString(
        essay,
        Fixtures.english(random, 200) + "\n\n" + PARAPHRASE + "\n\n" + Fixtures.english(random, 200),
        StandardCharsets.UTF_8);
    Path config = dir.resolve("overlap.json");
    Files.writeString(config, settings, StandardCharsets.UTF_8);
    Cli.Result result =
        Cli.run(
            "check", "--config", config.toString(), "--format", "json", "--index", index.toString(),
            essay.toString());
    assertThat(result.status()).as(result.err()).isZero();
    return new ObjectMapper().readTree(result.out());
  }

  @Test
  void thePartOfTheEssayHoldingAParaphraseFindsItsSource() throws Exception {
    String base = "\"paraphrase\": 0";
    String align = ", \"align\": {\"minParaphraseWords\": 0}}";

    JsonNode without = check("{\"candidates\": {" + base + "}" + align);
    JsonNode with = check("{\"candidates\": {" + base + ", \"chunkWords\": 30}" + align);

    assertThat(without.get("sources")).isEmpty();
    assertThat(with.get("sources")).hasSize(1);
    assertThat(with.at("/sources/0/path").asText()).endsWith("rivers.txt");
    assertThat(with.at("/sources/0/passages/0/kind").asText()).isEqualTo("paraphrase");
  }
}
