package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval commands end to end on tiny generated corpora. */
class EvalCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static String words(String text, int from, int count) {
    String[] w = text.split(" ");
    return String.join(" ", java.util.Arrays.copyOfRange(w, from, Math.min(w.length, from + count)));
  }

  @Test
  void clough(@TempDir Path dir) throws IOException {
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("File,Task,Category\n");
    for (String task : List.of("a", "b")) {
      String orig = Fixtures.english(random, 300);
      Files.writeString(dir.resolve("orig_task" + task + ".txt"), orig, StandardCharsets.UTF_8);
      csv.append("orig_task").append(task).append(".txt,").append(task).append(",orig\n");
      String cut = words(orig, 30, 150);
      String light = words(orig, 90, 60) + " " + Fixtures.english(random, 60);
      String heavy = words(orig, 150, 20) + " " + Fixtures.english(random, 130);
      String non = Fixtures.english(random, 150);
      String[][] answers = {{"cut", cut}, {"light", light}, {"heavy", heavy}, {"non", non}};
      for (int i = 0; i < answers.length; i++) {
        String file = "g0p" + (char) ('A' + i) + "_task" + task + ".txt";
        Files.writeString(dir.resolve(file), answers[i][1], StandardCharsets.UTF_8);
        csv.append(file).append(',').append(task).append(',').append(answers[i][0]).append('\n');
      }
    }
    Files.writeString(dir.resolve("file_information.csv"), csv.toString(), StandardCharsets.UTF_8);

    Run result = run("eval", "clough", dir.toString(), "--no-peers", "--format", "json");

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    JsonNode a = json.get("methods").get(0);
    assertThat(a.get("method").asText()).isEqualTo(CloughEvaluation.A_OVERALL);
    assertThat(a.get("rocAuc").asDouble()).isEqualTo(1.0);
    assertThat(a.get("spearman").asDouble()).isGreaterThan(0.9);
    for (JsonNode answer : json.get("answers")) {
      double score = answer.get("scores").get(CloughEvaluation.A_OVERALL).asDouble();
      switch (answer.get("category").asText()) {
        case "CUT" -> assertThat(score).as(answer.toString()).isEqualTo(1.0);
        case "NON" -> assertThat(score).as(answer.toString()).isZero();
        default -> assertThat(score).as(answer.toString()).isBetween(0.05, 0.95);
      }
    }
    // The longest run of identical words in the passages: the copied stretch of each answer.
    Map<String, Integer> copied = new HashMap<>();
    for (JsonNode answer : json.get("answers")) {
      copied.merge(
          answer.get("category").asText(),
          answer.get("scores").get(CloughEvaluation.A_LONGEST_RUN).asInt(),
          Math::min);
    }
    assertThat(copied)
        .containsEntry("NON", 0)
        .hasEntrySatisfying("HEAVY", run -> assertThat(run).isBetween(20, 22))
        .hasEntrySatisfying("LIGHT", run -> assertThat(run).isBetween(60, 62))
        .hasEntrySatisfying("CUT", run -> assertThat(run).isEqualTo(150));
    // JPlag runs when its runner is built (src/peers/jplag), else the notes say how to build it.
    assertThat(json.get("notes").toString()).containsAnyOf("JPlag 6.0.0:", "JPlag: runner not built");

    // The ceiling: each plagiarized answer scored by the run it shares with its source.
    for (JsonNode answer : json.get("answers")) {
      double ceiling = answer.get("scores").get(CloughEvaluation.CEILING_LONGEST_RUN).asDouble();
      if (answer.get("category").asText().equals("NON")) {
        assertThat(ceiling).isZero();
      } else {
        assertThat(ceiling)
            .isEqualTo(answer.get("scores").get(CloughEvaluation.A_LONGEST_RUN).asDouble());
      }
    }

    Run table = run("eval", "clough", dir.toString(), "--no-peers");
    assertThat(table.out())
        .contains("overlap A overall", "overlap A longest run", "4-class LOO acc", "non", "cut")
        .contains("what keeps Spearman from the ceiling", "without a passage, tied with the non answers at 0: none");

    // Settings come from the configuration file, as for every command.
    Path config = dir.resolve("strict.json");
    Files.writeString(config, "{\"align\": {\"minWords\": 1000}}", StandardCharsets.UTF_8);
    Run strict =
        run("eval", "clough", dir.toString(), "--no-peers", "--format", "json", "--config", config.toString());
    assertThat(strict.status()).as(strict.err()).isZero();
    for (JsonNode answer : JSON.readTree(strict.out()).get("answers")) {
      assertThat(answer.get("scores").get(CloughEvaluation.A_OVERALL).asDouble()).isZero();
    }
  }

  @Test
  void pan(@TempDir Path dir) throws IOException {
    Random random = new Random(11);
    Files.createDirectories(dir.resolve("susp"));
    Files.createDirectories(dir.resolve("src"));
    Path folder = Files.createDirectories(dir.resolve("02-no-obfuscation"));
    String source = Fixtures.english(random, 400);
    String passage = words(source, 150, 100);
    // A character outside the BMP before the passage: PAN counts it as one character.
    String before = Fixtures.english(random, 200) + " \uD83D\uDE00 ";
    String susp = before + passage + " " + Fixtures.english(random, 200);
    Files.writeString(dir.resolve("susp/suspicious-document00001.txt"), susp, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("src/source-document00001.txt"), source, StandardCharsets.UTF_8);
    int thisOffset = before.codePointCount(0, before.length());
    int sourceOffset = source.indexOf(passage);
    Files.writeString(
        folder.resolve("suspicious-document00001-source-document00001.xml"),
        "<document reference=\"suspicious-document00001.txt\">\n<feature name=\"plagiarism\""
            + " obfuscation=\"none\" source_length=\"" + passage.length() + "\" source_offset=\""
            + sourceOffset + "\" source_reference=\"source-document00001.txt\" this_length=\""
            + passage.length() + "\" this_offset=\"" + thisOffset + "\" type=\"artificial\" />\n"
            + "</document>\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("pairs"),
        "suspicious-document00001.txt source-document00001.txt\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("detections");

    Run result = run("eval", "pan", dir.toString(), "--out", out.toString(), "--format", "json");

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode overall = JSON.readTree(result.out()).get("overall").get("score");
    assertThat(overall.get("recall").asDouble()).isEqualTo(1.0);
    assertThat(overall.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(overall.get("plagdet").asDouble()).isEqualTo(1.0);
    List<PanAnnotation> written =
        PanXml.read(
            out.resolve("02-no-obfuscation/suspicious-document00001-source-document00001.xml"),
            "detected-plagiarism");
    assertThat(written)
        .containsExactly(
            new PanAnnotation(
                "suspicious-document00001.txt",
                thisOffset,
                passage.length(),
                "source-document00001.txt",
                sourceOffset,
                passage.length()));

    Run table = run("eval", "pan", dir.toString());
    assertThat(table.out()).contains("02-no-obfuscation", "plagdet", "overall");
  }

  @Test
  void planted(@TempDir Path dir) throws IOException {
    Random random = new Random(3);
    Path text = Files.createDirectories(dir.resolve("text"));
    for (int i = 0; i < 20; i++) {
      Files.writeString(
          text.resolve(String.format(java.util.Locale.ROOT, "%02d.txt", i)),
          Fixtures.english(random, 400),
          StandardCharsets.UTF_8);
    }
    Path pan = dir.resolve("pan");

    Run result =
        run(
            "eval", "planted", "--text", text.toString(), "--docs", "12", "--seed", "5",
            "--out", pan.toString(), "--format", "json");

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("suspicious").asInt()).isEqualTo(12);
    // 2 generated without reuse, and the 10 others' hosts checked before planting
    assertThat(json.get("noReuseGenerated").asInt()).isEqualTo(2);
    assertThat(json.get("noReuseDocuments").asInt()).isEqualTo(12);
    JsonNode rate = json.get("noReuseRate");
    assertThat(rate.get("total").asInt()).isEqualTo(12);
    assertThat(rate.get("count").asInt()).isEqualTo(json.get("noReuseFlagged").asInt());
    assertThat(rate.get("high").asDouble()).isGreaterThan(rate.get("share").asDouble());
    List<String> rows = new ArrayList<>();
    for (JsonNode row : json.get("rows")) {
      rows.add(row.get("obfuscation").asText());
    }
    assertThat(rows)
        .containsExactly(
            "none", "light", "shuffle", "heavy", "summary", "all (no-reuse docs included)");
    JsonNode none = json.get("rows").get(0).get("score");
    assertThat(none.get("recall").asDouble()).isGreaterThan(0.95);
    assertThat(Files.exists(pan.resolve("02-none/pairs"))).isTrue();

    // The same seed gives the same result.
    Run again =
        run("eval", "planted", "--text", text.toString(), "--docs", "12", "--seed", "5", "--format", "json");
    assertThat(JSON.readTree(again.out()).get("rows")).isEqualTo(json.get("rows"));

    // The corpus written in PAN's layout is read by eval pan.
    Run panRun = run("eval", "pan", pan.toString(), "--format", "json");
    assertThat(panRun.status()).as(panRun.err()).isZero();
    assertThat(JSON.readTree(panRun.out()).get("folders")).hasSize(5);

    // More documents without reuse on request; a count above --docs is a usage error.
    Run more =
        run(
            "eval", "planted", "--text", text.toString(), "--docs", "12", "--no-reuse", "6",
            "--seed", "5", "--format", "json");
    assertThat(more.status()).as(more.err()).isZero();
    JsonNode moreJson = JSON.readTree(more.out());
    assertThat(moreJson.get("noReuseGenerated").asInt()).isEqualTo(6);
    assertThat(moreJson.get("noReuseDocuments").asInt()).isEqualTo(12);
    assertThat(moreJson.get("noReuseGeneratedFlagged").asInt())
        .isLessThanOrEqualTo(moreJson.get("noReuseFlagged").asInt());
    assertThat(moreJson.get("falseAlarms").isArray()).isTrue();
    Run tooMany =
        run("eval", "planted", "--text", text.toString(), "--docs", "12", "--no-reuse", "13");
    assertThat(tooMany.status()).isEqualTo(2);
    assertThat(tooMany.err().strip()).isEqualTo("overlap: --no-reuse must be 0..12 (at most --docs), got 13");
  }

  @Test
  void missingDataIsAnInputError(@TempDir Path dir) {
    Run result = run("eval", "clough", dir.resolve("nothing").toString());
    assertThat(result.status()).isEqualTo(3);
    assertThat(result.err()).contains("no clough-stevenson folder here");

    Run planted = run("eval", "planted", "--text", dir.resolve("none.txt").toString());
    assertThat(planted.status()).isEqualTo(3);
    assertThat(planted.err()).contains("not found");
  }
}
