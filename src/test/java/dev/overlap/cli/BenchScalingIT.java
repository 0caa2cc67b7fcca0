package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.eval.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code overlap bench} end to end on a small folder of made-up text: the scaling table, with
 * recall of planted passages copied, lightly and heavily edited, for texts stored and referenced.
 */
class BenchScalingIT {
  @TempDir Path dir;

  @Test
  void theTableReportsSizeSpeedAndRecallByDisguise() throws Exception {
    Path text = Files.createDirectories(dir.resolve("text"));
    Random random = new Random(3);
    for (int i = 0; i < 400; i++) {
      Files.writeString(
          text.resolve(String.format(java.util.Locale.ROOT, "t%03d.txt", i)),
          Fixtures.english(random, 150 + random.nextInt(100)),
          StandardCharsets.UTF_8);
    }
    Pattern row =
        Pattern.compile(
            "(?m)^\\s+300\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+x\\s+([\\d.]+)x \\|"
                + "\\s+300 .* ([\\d.]+)/([\\d.]+)/([\\d.]+) \\|");
    double[] sizes = new double[2];
    String[] modes = {"store", "reference"};
    for (int m = 0; m < modes.length; m++) {
      // The stored run indexes each corpus twice with each indexer, in turn.
      String runs = m == 0 ? "2" : "1";
      Cli.Result result =
          Cli.run(
              "bench", "--text", text.toString(), "--sizes", "300", "--queries", "9",
              "--essay-words", "300", "--no-cold", "--texts", modes[m], "--index-runs", runs);

      assertThat(result.status()).as(result.err()).isZero();
      assertThat(result.out()).contains("recall n/l/h", "lightly edited (l) or heavily (h)");
      if (m == 0) {
        assertThat(result.out()).contains("the median of 2 runs of each in turn");
        assertThat(result.err()).contains("size 300: overlap indexing (run 2 of 2)");
        assertThat(result.err())
            .containsPattern("size 300: overlap's throughput over plain Lucene's, run by run: [0-9.]+x, [0-9.]+x\n");
        Matcher cpu =
            java.util.regex.Pattern.compile(
                    "size 300: CPU seconds, median of 2 runs: plain Lucene ([0-9.]+); overlap ([0-9.]+)"
                        + " = its workers ([0-9.]+) \\+")
                .matcher(result.err());
        assertThat(cpu.find()).as(result.err()).isTrue();
        assertThat(Double.parseDouble(cpu.group(2))).as(result.err()).isPositive()
            .isGreaterThanOrEqualTo(Double.parseDouble(cpu.group(3)));
      } else {
        assertThat(result.out()).doesNotContain("median of");
        assertThat(result.err()).doesNotContain("run by run");
      }
      Matcher matcher = row.matcher(result.out());
      assertThat(matcher.find()).as(result.out()).isTrue();
      sizes[m] = Double.parseDouble(matcher.group(1));
      // made-up words share nothing by chance: a copied or lightly edited passage is always found
      assertThat(Double.parseDouble(matcher.group(2))).as(result.out()).isEqualTo(1.0);
      assertThat(Double.parseDouble(matcher.group(3))).as(result.out()).isEqualTo(1.0);
      assertThat(Double.parseDouble(matcher.group(4))).as(result.out()).isBetween(0.0, 1.0);
    }
    assertThat(sizes[1]).as("index size per input byte, referenced vs stored").isLessThan(sizes[0]);
  }

  @Test
  void indexRunsMustBeAtLeastOne() {
    Cli.Result result = Cli.run("bench", "--sizes", "300", "--index-runs", "0");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--index-runs must be at least 1, got 0");
  }
}
