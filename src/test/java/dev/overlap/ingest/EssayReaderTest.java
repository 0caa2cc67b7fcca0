package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssayReaderTest {
  @TempDir Path dir;
  private final EssayReader reader = new EssayReader();

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void readsUtf8AndKeepsLineEndingsAsTheyAre() throws Exception {
    Path file = write("a.txt", "Crème brûlée\r\nsecond line\n".getBytes(StandardCharsets.UTF_8));

    Essay essay = reader.read(file, "a.txt");

    assertThat(essay.content()).isEqualTo("Crème brûlée\r\nsecond line\n");
    assertThat(essay.charset()).isEqualTo("UTF-8");
    assertThat(essay.mediaType()).isEqualTo(MediaType.TEXT);
    assertThat(essay.path()).isEqualTo("a.txt");
    assertThat(essay.id()).isEqualTo(file.toRealPath().toString());
    assertThat(essay.contentHash()).hasSize(64);
  }

  @Test
  void dropsAUtf8ByteOrderMark() throws Exception {
    byte[] body = "Essay".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(reader.read(write("bom.txt", bytes), "bom.txt").content()).isEqualTo("Essay");
  }

  @Test
  void readsUtf16WithAndWithoutByteOrderMark() throws Exception {
    String text = "An essay in UTF-16 with “quotes”.";
    byte[] withBom = text.getBytes(StandardCharsets.UTF_16); // big-endian with BOM
    byte[] littleEndian = text.getBytes(StandardCharsets.UTF_16LE);

    assertThat(reader.read(write("be.txt", withBom), "be.txt").content()).isEqualTo(text);
    Essay le = reader.read(write("le.txt", littleEndian), "le.txt");
    assertThat(le.content()).isEqualTo(text);
    assertThat(le.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void fallsBackToWindows1252WhenNotUtf8() throws Exception {
    byte[] bytes = "caf\u00e9 \u201cquoted\u201d".getBytes("windows-1252");

    Essay essay = reader.read(write("w.txt", bytes), "w.txt");

    assertThat(essay.content()).isEqualTo("café “quoted”");
    assertThat(essay.charset()).isEqualTo("windows-1252");
  }

  @Test
  void refusesEmptyAndBlankFiles() throws Exception {
    assertThatThrownBy(() -> reader.read(write("e.txt", new byte[0]), "e.txt"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessage("e.txt: empty file");
    assertThatThrownBy(() -> reader.read(write("b.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)), "b.txt"))
        .hasMessage("b.txt: empty file (only white space)");
  }

  @Test
  void refusesBinaryFiles() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThatThrownBy(() -> reader.read(write("image.txt", png), "image.txt"))
        .hasMessage("image.txt: binary file (PNG image), not text");

    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThatThrownBy(() -> reader.read(write("noise.txt", noise), "noise.txt"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessageContaining("binary file");
  }

  @Test
  void refusesFilesOverTheLimitWithoutReadingThem() throws Exception {
    EssayReader small = new EssayReader(1024);
    Path big = write("big.txt", "word ".repeat(400).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> small.read(big, "big.txt"))
        .hasMessageContaining("big.txt: too large")
        .hasMessageContaining("--max-file-size");
  }

  @Test
  void refusesMissingFilesFoldersAndUnsupportedKinds() throws Exception {
    assertThatThrownBy(() -> reader.read(dir.resolve("none.txt"), "none.txt"))
        .hasMessage("none.txt: no such file");
    assertThatThrownBy(() -> reader.read(dir, "dir"))
        .hasMessage("dir: is a folder, not a file");
    assertThatThrownBy(() -> reader.read(write("a.csv", "x".getBytes(StandardCharsets.UTF_8)), "a.csv"))
        .hasMessageContaining("a.csv: unsupported file type (overlap reads .txt");
  }

  private static byte[] gzip(byte[] bytes) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void readsAGzipCompressedPageAsThePageItself() throws Exception {
    byte[] page = "<html><body><h1>Title</h1><p>Crème brûlée, an essay.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    Path plain = write("page.html", page);
    Path compressed = write("page.HTML.gz", gzip(page));

    Essay essay = reader.read(compressed, "page.HTML.gz");

    Essay original = reader.read(plain, "page.html");
    assertThat(essay.content()).isEqualTo(original.content());
    assertThat(essay.mediaType()).isEqualTo(MediaType.HTML);
    assertThat(essay.contentHash()).isEqualTo(original.contentHash());
    assertThat(essay.id()).isEqualTo(compressed.toRealPath().toString());
  }

  @Test
  void refusesATruncatedOrMisnamedGzipFile() throws Exception {
    byte[] whole = gzip("An essay that was cut short in transfer.".repeat(50).getBytes(StandardCharsets.UTF_8));
    Path truncated = write("cut.txt.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
    Path misnamed = write("plain.txt.gz", "Just text.".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> reader.read(truncated, "cut.txt.gz"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessageContaining("cut.txt.gz: not a complete gzip file (damaged or truncated)");
    assertThatThrownBy(() -> reader.read(misnamed, "plain.txt.gz"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessageContaining("plain.txt.gz: named .gz but not gzip-compressed");
  }

  @Test
  void refusesAGzipFileThatInflatesPastTheLimitAsSoonAsItDoes() throws Exception {
    EssayReader small = new EssayReader(1024 * 1024);
    byte[] bomb = gzip("a".repeat(8 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
    assertThat(bomb.length).isLessThan(64 * 1024); // small on disk, far over the limit inflated
    Path file = write("bomb.txt.gz", bomb);

    assertThatThrownBy(() -> small.read(file, "bomb.txt.gz"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessageContaining("bomb.txt.gz: decompresses to more than the limit of 1 MiB (raise it with --max-file-size)");
  }

  @Test
  void aCompressedDocumentIsNotRead() throws Exception {
    Path file = write("essay.pdf.gz", gzip("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> reader.read(file, "essay.pdf.gz"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessageContaining("essay.pdf.gz: unsupported file type (overlap reads .txt");
  }
}
