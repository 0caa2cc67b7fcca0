package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCleanTest {
  static final String PAGE =
      "<html><head><title>Rivers and their deltas</title></head><body>"
          + "<nav><a href='/'>Home</a> <a href='/samples'>Samples</a></nav>"
          + "<article><h1>Rivers and their deltas</h1>"
          + "<p>Sediment carried downstream settles where the current slows, and over centuries"
          + " it builds the deltas that farmers have prized for their fertile soil.</p>"
          + "<p>Engineers, by contrast, often try to fix rivers in place with levees and concrete"
          + " banks, which starves the delta of the sediment that would renew it.</p></article>"
          + "<div class='cta'>Order Now! Get your essay written by experts.</div></body></html>";

  @Test
  void timesEveryPageOfAFolderIncludingCompressedOnes(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.html"), PAGE);
    Files.writeString(dir.resolve("two.txt"), "Rivers shape the land.\nOrder Now\nThey carry sediment to the sea.\n");
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("three.html.gz"), zipped.toByteArray());
    Files.writeString(dir.resolve("notes.csv"), "not,a,page");

    Cli.Result result = Cli.run("bench", "clean", dir.toString(), "--passes", "2", "--format", "json");

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode row = new ObjectMapper().readTree(result.out()).path("results").path(0);
    assertThat(row.path("pages").asInt()).isEqualTo(3);
    assertThat(row.path("megabytes").asDouble()).isGreaterThan(0);
    assertThat(row.path("pagesPerSecond").asDouble()).isGreaterThan(0);
    assertThat(row.path("cpuPagesPerSecond").asDouble()).isGreaterThan(0);
    assertThat(row.path("p50Millis").asDouble()).isLessThanOrEqualTo(row.path("maxMillis").asDouble());
  }

  @Test
  void aFolderWithoutPagesIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.csv"), "not,a,page");

    Cli.Result empty = Cli.run("bench", "clean", dir.toString());
    Cli.Result missing = Cli.run("bench", "clean", dir.resolve("absent").toString());
    Cli.Result passes = Cli.run("bench", "clean", dir.toString(), "--passes", "0");
    Cli.Result format = Cli.run("bench", "clean", dir.toString(), "--format", "xml");

    assertThat(empty.status()).isEqualTo(3);
    assertThat(empty.err().strip()).contains(dir.toString(), "no pages").doesNotContain("\n", "Exception");
    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.err().strip()).contains("absent", "no such folder").doesNotContain("\n");
    assertThat(passes.status()).isEqualTo(2);
    assertThat(passes.err()).contains("--passes must be at least 1");
    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err().lines().findFirst().orElse("")).contains("--format", "xml");
  }
}
