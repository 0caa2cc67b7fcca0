package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip-compressed pages and texts ({@code page.html.gz}, as crawlers keep them) in every command. */
class CompressedPagesTest {
  /** A scraped essay page with navigation and a call to action (shared with the cleaning bench's test). */
  private static final String PAGE = BenchCleanTest.PAGE;

  private static final String ESSAY =
      "Glaciers carve valleys as they move, scraping the rock beneath them and carrying boulders"
          + " far from where they fell. When the ice retreats it leaves moraines, lakes and"
          + " hanging valleys whose streams tumble down as waterfalls into the deeper trough"
          + " below, a landscape that tells of the cold long after the climate has warmed.";

  @TempDir Path dir;

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return zipped.toByteArray();
  }

  @Test
  void cleanReadsACompressedPageAsThePageAndNamesItsOutputWithoutGz() throws Exception {
    Path plain = Files.writeString(dir.resolve("page.html"), PAGE);
    Path compressed =
        Files.write(Files.createDirectories(dir.resolve("crawl")).resolve("page.html.gz"), gzip(PAGE));

    Cli.Result fromPlain = Cli.run("clean", plain.toString());
    Cli.Result fromCompressed = Cli.run("clean", compressed.toString());
    Path out = dir.resolve("out");
    Cli.Result written = Cli.run("clean", "-q", "--out", out.toString(), compressed.toString());

    assertThat(fromCompressed.status()).as(fromCompressed.err()).isZero();
    assertThat(fromCompressed.out()).isEqualTo(fromPlain.out()).contains("Sediment carried");
    assertThat(fromCompressed.out()).doesNotContain("Order Now");
    assertThat(written.status()).as(written.err()).isZero();
    assertThat(Files.readString(out.resolve("page.txt"))).isEqualTo(fromPlain.out());
  }

  @Test
  void aCompressedEssayIsIndexedFoundInFoldersAndReadBackByReference() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("glaciers.txt.gz"), gzip(ESSAY));
    Path essay = Files.writeString(dir.resolve("essay.txt"), "My essay. " + ESSAY);
    Path index = dir.resolve("index");

    Cli.Result indexed =
        Cli.run("index", "--texts", "reference", "--index", index.toString(), corpus.toString());
    Cli.Result checked =
        Cli.run("check", "--format", "json", "--index", index.toString(), essay.toString());

    assertThat(indexed.status()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("1 added", "0 refused");
    assertThat(checked.status()).as(checked.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(checked.out());
    assertThat(report.at("/sources/0/path").asText()).endsWith("glaciers.txt.gz");
    assertThat(report.has("warnings")).as(checked.out()).isFalse();
  }

  @Test
  void aTruncatedCompressedPageIsOneLineAndExitThree() throws Exception {
    byte[] whole = gzip(PAGE.repeat(20));
    Path cut = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(whole, whole.length / 2));

    Cli.Result result = Cli.run("clean", cut.toString());

    assertThat(result.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(result.err().lines().findFirst().orElse(""))
        .isEqualTo(
            "overlap: "
                + cut
                + ": not a complete gzip file (damaged or truncated): decompress what you can with"
                + " gzip -dc and index that");
  }

  @Test
  void aTruncatedCompressedFileIsRefusedInAnIndexRunAndNothingIndexedIsLost() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("glaciers.txt.gz"), gzip(ESSAY));
    Path index = dir.resolve("index");
    Cli.Result first =
        Cli.run("index", "--index", index.toString(), corpus.toString());
    byte[] whole = gzip(PAGE.repeat(20));
    Files.write(corpus.resolve("cut.html.gz"), Arrays.copyOf(whole, whole.length / 2));
    Files.write(corpus.resolve("misnamed.txt.gz"), ESSAY.getBytes(StandardCharsets.UTF_8));

    Cli.Result second = Cli.run("index", "--index", index.toString(), corpus.toString());
    Cli.Result checked =
        Cli.run("check", "--format", "json", "--index", index.toString(),
            Files.writeString(dir.resolve("essay.txt"), ESSAY).toString());

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(second.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(second.err())
        .contains("cut.html.gz: not a complete gzip file (damaged or truncated)")
        .contains("misnamed.txt.gz: named .gz but not gzip-compressed")
        .doesNotContain("Exception");
    assertThat(second.out()).contains("0 added", "1 unchanged", "2 refused");
    assertThat(checked.status()).as(checked.err()).isZero();
    assertThat(new ObjectMapper().readTree(checked.out()).at("/sources/0/path").asText())
        .endsWith("glaciers.txt.gz");
  }
}
