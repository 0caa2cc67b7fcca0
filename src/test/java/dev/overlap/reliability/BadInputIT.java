package dev.overlap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.overlap.index.EssayIndex;
import dev.overlap.index.StoredEssay;
import dev.overlap.ingest.Documents;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never stops a batch: each refused file gets one line naming it and the reason, the
 * other files are indexed, the summary counts the refusals and {@code index} exits 3. Every case
 * runs within a time limit; the largest ones also within a memory budget.
 */
class BadInputIT {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Duration QUICK = Duration.ofSeconds(20);
  private static final String GOOD = Runs.essay(1, 300);
  private static final List<String> DOCUMENT = paragraphs(Runs.essay(2, 120));

  @TempDir Path dir;
  Path corpus;
  Path index;

  @BeforeEach
  void corpusWithOneGoodEssay() throws IOException {
    corpus = dir.resolve("corpus");
    index = dir.resolve("index");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
  }

  // ---- refused, with a reason ----

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("empty.txt", new byte[0], "empty file"),
        Arguments.of("blank.txt", ascii(" \n\t  \r\n\n"), "empty file (only white space)"),
        Arguments.of(
            "image.txt",
            concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}, noise(2, 4096)),
            "binary file (PNG image), not text"),
        Arguments.of("noise.txt", noise(3, 65_536), "binary file"),
        Arguments.of(
            "pdf-named-as-text.txt",
            ascii("%PDF-1.7\n1 0 obj\n<< /Type /Cat"),
            "binary file (PDF document), not text"),
        Arguments.of(
            "truncated.pdf",
            ascii("%PDF-1.7\n1 0 obj\n<< /Type /Cat"),
            "is damaged or not a complete PDF document"),
        Arguments.of(
            "half.pdf",
            Documents.truncated(Documents.pdf(DOCUMENT), 0.5),
            "is damaged or not a complete PDF document"),
        Arguments.of(
            "half.docx",
            Documents.truncated(Documents.docx(DOCUMENT), 0.5),
            "is damaged or not a complete Word document"),
        Arguments.of(
            "locked.pdf",
            Documents.encryptedPdf(DOCUMENT),
            "is encrypted: save an unprotected copy"),
        Arguments.of(
            "locked.docx",
            Documents.encryptedDocx(DOCUMENT),
            "is encrypted: save an unprotected copy"),
        Arguments.of(
            "scan.pdf",
            Documents.imageOnlyPdf(),
            "has no text layer (a scan?): run OCR first and index the text"),
        Arguments.of(
            "bomb.docx", zipBomb(), "inflates to far more than its size (a zip bomb?): not read"),
        Arguments.of(
            "text-bomb.docx",
            Documents.zipBomb(200),
            "inflates to far more than its size (a zip bomb?): not read"),
        Arguments.of(
            "notes.odt",
            ascii("some notes, not an OpenDocument text"),
            "is damaged or not a complete OpenDocument text (it looks like text/plain)"),
        Arguments.of("bomb-named-as-text.txt", zipBomb(), "binary file (ZIP archive"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aBadFileIsRefusedWithOneLineAndTheRestIsIndexed(String name, byte[] bytes, String reason)
      throws IOException {
    Files.write(corpus.resolve(name), bytes);

    Runs.Result result = indexCorpus();

    assertRefused(result, name, reason);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
    Path huge = corpus.resolve("huge.txt");
    writeText(huge, 100L * 1024 * 1024);

    long baseline = resetHeapPeak();
    Runs.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), this::indexCorpus);

    assertRefused(
        result,
        "huge.txt",
        "too large (100 MiB; the limit is 32 MiB, raise it with --max-file-size)");
    assertThat(heapPeak() - baseline)
        .as("heap used while refusing a 100 MB file")
        .isLessThan(64L << 20);
  }

  @Test
  void aFiveMegabyteLineIsIndexedInBoundedTime() throws IOException {
    Path line = corpus.resolve("one-line.txt");
    try (OutputStream out = Files.newOutputStream(line)) {
      for (int i = 0; out.toString().isEmpty() || Files.size(line) < 5L * 1024 * 1024; i++) {
        out.write(Runs.essay(100 + i, 5000).replace('\n', ' ').getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }

    Runs.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), this::indexCorpus);

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).contains("2 added", "0 refused");
  }

  @Test
  void aFortyMegabyteFileUnderARaisedLimitIsHandledInBoundedTimeAndHeap() throws IOException {
    writeText(corpus.resolve("forty.txt"), 40L * 1024 * 1024);

    resetHeapPeak();

    Runs.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () ->
                Runs.run(
                    "index",
                    "--max-file-size",
                    "64",
                    "--index",
                    index.toString(),
                    corpus.toString()));

    // About 40 times the file at its peak: the stages hold per-word objects. Under a smaller heap
    // the file is refused as too large to process in memory rather than ending the run.
    System.out.printf(Locale.ROOT, "40 MB file: peak heap %d MiB%n", heapPeak() >> 20);
    assertHandled(result, "forty.txt");
  }

  // ---- decoded correctly ----

  static Stream<Arguments> decoded() {
    String text = Runs.essay(9, 80) + "Dvořák’s “Crème brûlée” – naïve café.\n";
    String latin = Runs.essay(10, 80) + "Café crème, naïve résumé.\n";
    String quotes = Runs.essay(11, 80) + "“Quoted” – and ‘single’ … done.\n";
    return Stream.of(
        Arguments.of("invalid-utf8.txt", latin.getBytes(StandardCharsets.ISO_8859_1), latin),
        Arguments.of("windows-1252.txt", quotes.getBytes(WINDOWS_1252), quotes),
        Arguments.of("utf16-bom.txt", text.getBytes(StandardCharsets.UTF_16), text),
        Arguments.of("utf16le-no-bom.txt", text.getBytes(StandardCharsets.UTF_16LE), text),
        Arguments.of("utf16be-no-bom.txt", text.getBytes(StandardCharsets.UTF_16BE), text),
        Arguments.of(
            "mixed-endings.txt",
            ascii("Line one\r\nline two\nline three\rline four\n\r\n"),
            "Line one\r\nline two\nline three\rline four\n\r\n"),
        Arguments.of("my essay (final).txt", text.getBytes(StandardCharsets.UTF_8), text),
        Arguments.of("Dvořák – ünïcode 论文.md", text.getBytes(StandardCharsets.UTF_8), text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decoded")
  void oddButValidTextIsIndexedAsItsText(String name, byte[] bytes, String expected)
      throws IOException {
    Files.write(corpus.resolve(name), bytes);

    Runs.Result result = indexCorpus();

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).contains("2 added", "0 refused");
    try (EssayIndex opened = EssayIndex.openForReading(index)) {
      StoredEssay stored =
          opened.all().values().stream()
              .filter(e -> e.path().endsWith("/" + name))
              .findFirst()
              .orElseThrow();
      assertThat(stored.content()).isEqualTo(expected);
    }
  }

  @Test
  void anEssayWithSpacesAndNonAsciiLettersInItsNameCanBeChecked() throws IOException {
    Path essay = dir.resolve("Ünïcode essay – 论文 (copy).txt");
    Files.writeString(essay, GOOD, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("source file ü.txt"), GOOD, StandardCharsets.UTF_8);
    assertThat(indexCorpus().status()).isZero();

    Runs.Result check =
        assertTimeoutPreemptively(
            QUICK, () -> Runs.run("check", "--index", index.toString(), essay.toString()));

    assertThat(check.status()).as(check.err()).isZero();
    assertThat(check.out()).contains("Ünïcode essay – 论文 (copy).txt", "source file ü.txt");
  }

  // ---- HTML that is hard to parse ----

  @Test
  void htmlNestedAHundredThousandDeepIsHandledInBoundedTime() throws IOException {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) {
      html.append("<div>").append(i % 1000 == 0 ? "deep text " + i : "");
    }
    html.append("bottom");
    html.append("</div>".repeat(100_000)).append("</body></html>");
    Files.writeString(corpus.resolve("deep.html"), html, StandardCharsets.UTF_8);

    Runs.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), this::indexCorpus);

    assertHandled(result, "deep.html");
  }

  @Test
  void htmlWithAMillionTagsIsHandledInBoundedTime() throws IOException {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 1_000_000; i++) {
      html.append(i % 10 == 0 ? "<p>word " : "<b>x</b>");
    }
    html.append("</body></html>");
    Files.writeString(corpus.resolve("tags.html"), html, StandardCharsets.UTF_8);

    Runs.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), this::indexCorpus);

    assertHandled(result, "tags.html");
  }

  // ---- the file system ----

  @Test
  void aLinkLoopInsideTheCorpusIsReportedOnceAndNotFollowed() throws IOException {
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub/inner.txt"), Runs.essay(2, 200), StandardCharsets.UTF_8);
    Files.createSymbolicLink(corpus.resolve("sub/loop"), corpus);

    Runs.Result result = indexCorpus();

    assertThat(result.status()).isEqualTo(3);
    assertThat(messagesAbout(result, "sub/loop"))
        .singleElement()
        .asString()
        .contains("sub/loop: link loop")
        .endsWith("not followed) (skipped)");
    assertThat(result.out()).contains("2 added", "1 refused");
  }

  @Test
  void aBrokenLinkIsRefusedNamingItsTarget() throws IOException {
    Files.createSymbolicLink(corpus.resolve("moved.txt"), dir.resolve("gone/essay.txt"));

    Runs.Result result = indexCorpus();

    assertRefused(
        result, "moved.txt", "broken link (it points to " + dir.resolve("gone/essay.txt"));
  }

  @Test
  void aNamedPipeIsRefusedInsteadOfBlocking() throws Exception {
    Path pipe = corpus.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeFalse(mkfifo.waitFor() != 0, "mkfifo is not available");

    Runs.Result result = indexCorpus();

    assertRefused(result, "pipe.txt", "not a regular file");
  }

  @Test
  void anUnreadableFileIsRefused() throws IOException {
    Path locked = corpus.resolve("locked.txt");
    Files.writeString(locked, Runs.essay(3, 200), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(
        Files.isReadable(locked),
        "running as root: file permissions do not stop reads, so there is nothing to refuse");

    Runs.Result result = indexCorpus();

    assertRefused(result, "locked.txt", "permission denied");
  }

  @Test
  void aBatchOfBadFilesIsCountedAndTheGoodOnesIndexed() throws IOException {
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("noise.txt"), noise(5, 10_000));
    Files.write(corpus.resolve("thesis.pdf"), ascii("%PDF-1.4\n%"));
    Files.write(corpus.resolve("scan.pdf"), Documents.imageOnlyPdf());
    Files.write(corpus.resolve("locked.docx"), Documents.encryptedDocx(DOCUMENT));
    Files.writeString(corpus.resolve("second good.md"), Runs.essay(4, 200), StandardCharsets.UTF_8);
    Files.write(corpus.resolve("third good.docx"), Documents.docx(DOCUMENT));
    Files.write(corpus.resolve("fourth good.pdf"), Documents.pdf(paragraphs(Runs.essay(5, 200))));
    Files.write(
        corpus.resolve("latin.txt"), "Caf\u00e9 ".repeat(50).getBytes(StandardCharsets.ISO_8859_1));

    Runs.Result result = indexCorpus();

    assertThat(result.status()).isEqualTo(3);
    assertThat(result.out()).contains("5 added, 0 updated, 0 unchanged, 0 removed, 5 refused");
    for (String bad :
        new String[] {"empty.txt", "noise.txt", "thesis.pdf", "scan.pdf", "locked.docx"}) {
      assertThat(messagesAbout(result, bad)).hasSize(1);
    }
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }

  // ---- helpers ----

  private Runs.Result indexCorpus() {
    return assertTimeoutPreemptively(
        QUICK, () -> Runs.run("index", "--index", index.toString(), corpus.toString()));
  }

  private static void assertRefused(Runs.Result result, String name, String reason) {
    assertThat(result.status()).as(result.err()).isEqualTo(3);
    assertThat(messagesAbout(result, name))
        .singleElement()
        .asString()
        .startsWith("overlap: ")
        .contains(name + ": " + reason)
        .endsWith("(skipped)");
    assertThat(result.out()).contains("1 added", "1 refused");
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }

  /** Indexed, or refused with one line: either way the good essay is in and nothing crashed. */
  private static void assertHandled(Runs.Result result, String name) {
    assertThat(result.status()).as(result.err()).isIn(0, 3);
    if (result.status() == 0) {
      assertThat(result.out()).contains("2 added", "0 refused");
    } else {
      assertThat(result.out()).contains("1 added", "1 refused");
      assertThat(messagesAbout(result, name)).hasSize(1);
    }
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }

  /** Writes {@code bytes} of essay text without holding more than one essay in memory. */
  private static void writeText(Path file, long bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        byte[] chunk = Runs.essay(1000 + i, 20_000).getBytes(StandardCharsets.UTF_8);
        int length = (int) Math.min(chunk.length, bytes - written);
        out.write(chunk, 0, length);
        written += length;
      }
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Collects garbage, restarts the heap's peak from now and returns the heap in use. */
  private static long resetHeapPeak() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }

  /**
   * The largest heap in use since {@link #resetHeapPeak} (each pool's peak, summed: an upper
   * bound).
   */
  private static long heapPeak() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  /**
   * A .docx-like zip whose one entry inflates to 200 MB of zeros; overlap must never inflate it.
   */
  private static byte[] zipBomb() {
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 200; i++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The error lines naming {@code file}, without the progress lines a slow run shows ("indexing
   * 0/2 files ..., file"): those name the file too, and how many there are depends on the load.
   */
  private static List<String> messagesAbout(Runs.Result result, String file) {
    return result.errLinesAbout(file).stream().filter(line -> !line.startsWith("indexing ")).toList();
  }

  private static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\n\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  private static byte[] noise(long seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
