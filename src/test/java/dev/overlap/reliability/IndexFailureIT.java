package dev.overlap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index that cannot be written or read gives one line on stderr and exit 4, never a stack trace,
 * and a failed run leaves the last commit as it was.
 */
class IndexFailureIT {
  private static final Duration QUICK = Duration.ofSeconds(20);

  @TempDir Path dir;
  Path corpus;
  Path index;
  Path essay;

  @BeforeEach
  void indexedCorpus() throws IOException {
    corpus = dir.resolve("corpus");
    index = dir.resolve("index");
    Files.createDirectories(corpus);
    for (int i = 0; i < 20; i++) {
      Files.writeString(
          corpus.resolve("essay-" + i + ".txt"), Runs.essay(i, 200), StandardCharsets.UTF_8);
    }
    essay = dir.resolve("copier.txt");
    Files.writeString(essay, "My own start.\n\n" + Runs.essay(3, 200), StandardCharsets.UTF_8);
    Runs.Result first = run("index", "--index", index.toString(), corpus.toString());
    assertThat(first.status()).as(first.err()).isZero();
  }

  @Test
  void anIndexPathThatIsAFileIsOneLineAndExit4() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "not an index", StandardCharsets.UTF_8);

    Runs.Result result = run("index", "--index", file.toString(), corpus.toString());

    assertOneLineError(result, 4, file + ": is a file, not an index folder");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("not an index");
  }

  @Test
  void anIndexFolderThatCannotBeCreatedIsOneLineAndExit4() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
    Path inside = file.resolve("index");

    Runs.Result result = run("index", "--index", inside.toString(), corpus.toString());

    assertOneLineError(result, 4, inside + ": cannot create the index folder");
  }

  @Test
  void anIndexThatCannotBeLockedIsOneLineExit4AndKeepsItsLastCommit() throws Exception {
    // Root may write anywhere, so an unwritable index is simulated by a lock that cannot be made.
    Files.deleteIfExists(index.resolve("write.lock"));
    Files.createDirectories(index.resolve("write.lock"));
    Map<String, String> before = snapshot();
    Files.writeString(corpus.resolve("new.txt"), Runs.essay(99, 200), StandardCharsets.UTF_8);

    Runs.Result result = run("index", "--index", index.toString(), corpus.toString());

    assertOneLineError(result, 4, index.toString());
    assertThat(snapshot()).isEqualTo(before);
    Runs.Result check = run("check", "--index", index.toString(), essay.toString());
    assertThat(check.status()).as(check.err()).isZero();
    assertThat(check.out()).contains("essay-3.txt");
  }

  @Test
  void anyDamagedIndexFileIsOneLineAndExit4NeverAStackTrace() throws Exception {
    // Committing every essay makes Lucene merge segments into separate (non-compound) files, so
    // each kind of file (postings, terms, stored fields, doc values, ...) is damaged on its own.
    Path merged = dir.resolve("merged");
    Runs.Result built =
        run("index", "--commit-every", "1", "--index", merged.toString(), corpus.toString());
    assertThat(built.status()).as(built.err()).isZero();
    Path pristine = dir.resolve("pristine");
    copy(merged, pristine);
    List<String> damages = new ArrayList<>();
    try (Stream<Path> files = Files.list(pristine)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(name -> !name.equals("write.lock"))
          .sorted()
          .forEach(name -> damages.addAll(List.of("garble " + name, "truncate " + name)));
    }
    assertThat(damages).anyMatch(d -> d.endsWith(".tim")).anyMatch(d -> d.endsWith(".fdt"));

    Map<String, Integer> statuses = new TreeMap<>();
    for (String damage : damages) {
      copy(pristine, merged);
      Path file = merged.resolve(damage.substring(damage.indexOf(' ') + 1));
      if (damage.startsWith("garble")) {
        garble(file);
      } else {
        truncate(file);
      }

      Runs.Result check = run("check", "--index", merged.toString(), essay.toString());

      statuses.put(damage, check.status());
      assertThat(check.status()).as(damage + ": " + check.err()).isIn(0, 4);
      if (check.status() == 4) {
        assertOneLineError(check, 4, merged + " is damaged");
      }
    }
    copy(pristine, merged);
    garble(
        merged.resolve(
            damages.stream()
                .filter(d -> d.endsWith(".tim"))
                .findFirst()
                .orElseThrow()
                .substring(7)));
    Runs.Result verbose = run("check", "--verbose", "--index", merged.toString(), essay.toString());
    assertThat(verbose.err().lines().findFirst().orElseThrow())
        .startsWith("overlap: " + merged + " is damaged");
    assertThat(verbose.err())
        .as("--verbose shows the stack trace")
        .contains("\tat org.apache.lucene.");

    // Only doc values may go unnoticed by check: it does not read them (index does).
    assertThat(statuses)
        .as("damage that check did not notice")
        .allSatisfy(
            (damage, status) ->
                assertThat(status == 4 || damage.contains("Lucene90_0.dv")).isTrue());
  }

  // ---- helpers ----

  private static Runs.Result run(String... args) {
    return assertTimeoutPreemptively(QUICK, () -> Runs.run(args));
  }

  private static void assertOneLineError(Runs.Result result, int status, String message) {
    assertThat(result.status()).as(result.err()).isEqualTo(status);
    assertThat(result.err()).startsWith("overlap: ").contains(message).doesNotContain("\tat ");
    assertThat(result.err().strip()).doesNotContain("\n");
  }

  /** Replaces {@code to} with a copy of the files of {@code from}. */
  private static void copy(Path from, Path to) throws IOException {
    if (Files.isDirectory(to)) {
      try (Stream<Path> files = Files.list(to)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  private static void truncate(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
  }

  /** Overwrites the middle third of the file with a fixed pattern, keeping its length. */
  private static void garble(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = bytes.length / 3; i < 2 * bytes.length / 3; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    Files.write(file, bytes);
  }

  /** File name → SHA-256 of every file in the index folder but the lock. */
  private Map<String, String> snapshot() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(index)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        if (Files.isRegularFile(file)) {
          files.put(
              file.getFileName().toString(),
              HexFormat.of()
                  .formatHex(
                      MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
      }
    }
    return files;
  }
}
