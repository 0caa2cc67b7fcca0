package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code overlap dedup} end to end on the bundled corpus: its planted reuse is passages, not whole
 * essays, so it has no near-duplicates; copies added beside it (exact, lightly edited, behind a
 * new introduction) form one group, and a paragraph that two essays share does not join them.
 */
class DedupIT {
  private static final Path ESSAYS = Path.of("corpus/essays");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path corpusIndex;
  static Path withCopies;

  static final String STOCK =
      "This essay was written for a course on academic writing, and like every essay in the"
          + " course it was read by two tutors who commented on its structure, its use of"
          + " sources and the clarity of its argument before it was shared with other students"
          + " as an example of work at this level.";

  @BeforeAll
  static void index() throws Exception {
    corpusIndex = dir.resolve("corpus-index");
    Cli.Result indexed = Cli.run("index", "--index", corpusIndex.toString(), "corpus");
    assertThat(indexed.status()).as(indexed.err()).isZero();

    Path copies = dir.resolve("copies");
    Files.createDirectories(copies);
    String original = Files.readString(ESSAYS.resolve("coral-reefs.txt"), StandardCharsets.UTF_8);
    Files.writeString(copies.resolve("coral-reefs-republished.txt"), original, StandardCharsets.UTF_8);
    Files.writeString(copies.resolve("coral-reefs-edited.txt"), edit(original, 12), StandardCharsets.UTF_8);
    String intro =
        "Coral reefs have fascinated me since a school trip to an aquarium, where a tank of"
            + " living coral showed how much life a small reef can hold. In this essay I want to"
            + " explain what reefs are and why they are in danger.\n\n";
    Files.writeString(
        copies.resolve("coral-reefs-new-intro.txt"),
        intro + original.substring(original.indexOf("\n\n", original.length() / 6) + 2),
        StandardCharsets.UTF_8);
    // two different essays that end with the same stock paragraph
    for (String name : List.of("honeybees.txt", "jury-system.txt")) {
      Files.writeString(
          copies.resolve("with-stock-" + name),
          Files.readString(ESSAYS.resolve(name), StandardCharsets.UTF_8) + "\n\n" + STOCK + "\n",
          StandardCharsets.UTF_8);
    }
    withCopies = dir.resolve("copies-index");
    // the stock-paragraph essays are indexed without the originals they were made from
    Cli.Result more =
        Cli.run(
            "index", "--index", withCopies.toString(),
            ESSAYS.resolve("coral-reefs.txt").toString(), ESSAYS.resolve("exoplanets.txt").toString(),
            ESSAYS.resolve("inflation.txt").toString(), copies.toString());
    assertThat(more.status()).as(more.err()).isZero();
  }

  /** Every {@code every}-th word replaced: about 8% of the words for 12. */
  static String edit(String text, int every) {
    String[] words = text.split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      out.add(i % every == every - 1 && !words[i].contains("\n") ? "indeed" : words[i]);
    }
    return String.join(" ", out);
  }

  @Test
  void theBundledCorpusHasNoNearDuplicates() {
    Cli.Result result = Cli.run("dedup", "--index", corpusIndex.toString());
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("no near-duplicates among 26 essays (containment >= 0.40;");
    // its planted passages are there, far under the threshold
    Cli.Result low = Cli.run("dedup", "--index", corpusIndex.toString(), "--min-containment", "0.05");
    assertThat(low.out()).contains("4 groups of near-duplicates, 8 of 26 essays");
  }

  @Test
  void copiesFormOneGroupAndAStockParagraphJoinsNothing() throws Exception {
    Cli.Result result = Cli.run("dedup", "--index", withCopies.toString(), "--format", "json");
    assertThat(result.status()).as(result.err()).isZero();
    JsonNode report = JSON.readTree(result.out());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.get("documents").asInt()).isEqualTo(8);
    assertThat(report.get("minContainment").asDouble()).isEqualTo(0.4);
    assertThat(report.get("pairsCompared").asLong()).isPositive();
    assertThat(report.has("timeMs")).isTrue();
    JsonNode groups = report.get("groups");
    assertThat(groups).as(result.out()).hasSize(1);
    JsonNode group = groups.get(0);
    assertThat(group.get("size").asInt()).isEqualTo(4);
    List<String> paths = new ArrayList<>();
    for (JsonNode member : group.get("members")) {
      paths.add(Path.of(member.get("path").asText()).getFileName().toString());
      assertThat(member.get("containment").asDouble()).isBetween(0.4, 1.0);
      assertThat(member.get("words").asInt()).isPositive();
      assertThat(Path.of(member.get("id").asText())).isAbsolute();
    }
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "coral-reefs.txt", "coral-reefs-republished.txt", "coral-reefs-edited.txt",
            "coral-reefs-new-intro.txt");
    assertThat(group.at("/members/0/containment").asDouble()).isEqualTo(1.0);
  }

  @Test
  void csvHasOneRowPerMemberAndTextListsTheGroup() throws Exception {
    Path out = dir.resolve("groups.csv");
    Cli.Result result =
        Cli.run("dedup", "--index", withCopies.toString(), "--format", "csv", "--out", out.toString());
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("group,size,id,path,words,containment");
    assertThat(lines).hasSize(5);
    assertThat(lines.subList(1, 5)).allMatch(line -> line.startsWith("1,4,"));
    assertThat(lines.get(1)).endsWith(",1.0000");

    Cli.Result text = Cli.run("dedup", "--index", withCopies.toString());
    assertThat(text.out())
        .contains("1 group of near-duplicates, 4 of 8 essays", "group 1: 4 essays", "100.0%  ")
        .contains("coral-reefs-edited.txt", "coral-reefs-new-intro.txt")
        .doesNotContain("with-stock-");
  }

  @Test
  void badInputGetsOneLineAndItsExitCode() {
    Cli.Result missing = Cli.run("dedup", "--index", dir.resolve("nothing-here").toString());
    assertThat(missing.status()).isEqualTo(ExitCode.INDEX.code());
    assertThat(missing.err()).startsWith("overlap: no index at ").doesNotContain("Exception");
    assertThat(missing.err().lines()).hasSize(1);

    Cli.Result threshold = Cli.run("dedup", "--index", withCopies.toString(), "--min-containment", "1.5");
    assertThat(threshold.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(threshold.err()).contains("--min-containment", "1.5");

    Cli.Result format = Cli.run("dedup", "--index", withCopies.toString(), "--format", "xml");
    assertThat(format.status()).isEqualTo(ExitCode.USAGE.code());

    Cli.Result out = Cli.run("dedup", "--index", withCopies.toString(), "--out", dir.resolve("no/such/dir/x.csv").toString());
    assertThat(out.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(out.err()).contains("--out needs a file in an existing folder");
  }

  @Test
  void aDamagedIndexIsOneLineAndExit4() throws Exception {
    // one essay per commit makes Lucene merge segments into separate (non-compound) files:
    // terms, postings, stored fields, points
    Path damaged = dir.resolve("damaged");
    Cli.Result built =
        Cli.run("index", "--commit-every", "1", "--index", damaged.toString(), "corpus");
    assertThat(built.status()).as(built.err()).isZero();
    // a low threshold, so that groups are found and their members' stored fields read
    String[] dedup = {"dedup", "--index", damaged.toString(), "--min-containment", "0.05", "--format", "csv"};
    String expected = Cli.run(dedup).out();
    assertThat(expected.lines()).hasSize(9);
    List<Path> files;
    try (var listed = Files.list(damaged)) {
      files = listed.filter(f -> f.toString().matches(".*\\.(tim|doc|fdt|kdd)$")).sorted().toList();
    }
    assertThat(files).hasSize(4);
    for (Path file : files) {
      byte[] pristine = Files.readAllBytes(file);
      byte[] bytes = pristine.clone();
      for (int i = bytes.length / 3; i < 2 * bytes.length / 3; i++) {
        bytes[i] = (byte) (i * 31 + 7);
      }
      Files.write(file, bytes);

      Cli.Result result = Cli.run(dedup);

      // dedup verifies the checksums of the files it reads: any damage is found, never a wrong answer
      assertThat(result.status()).as(file + ": " + result.err()).isEqualTo(ExitCode.INDEX.code());
      assertThat(result.err()).startsWith("overlap: " + damaged + " is damaged").doesNotContain("\tat ");
      assertThat(result.err().strip()).doesNotContain("\n");
      Files.write(file, pristine);
    }
  }
}
