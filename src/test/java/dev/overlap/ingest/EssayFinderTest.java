package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssayFinderTest {
  @TempDir Path dir;

  private void write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void walksFoldersInNameOrderSkippingHiddenOtherKindsAndIgnoredPaths() throws Exception {
    write("b.txt", "b");
    write("a.md", "a");
    write("sub/c.html", "c");
    write("notes.csv", "x");
    write(".hidden/d.txt", "d");
    write("examples/e.txt", "e");
    write("deep/README.md", "r");
    write(".overlapignore", "# comment\nexamples/\nREADME.md\n");

    EssayFinder.Found found = EssayFinder.find(List.of(dir.toString()));

    assertThat(found.files())
        .extracting(EssayFinder.FoundFile::displayPath)
        .containsExactly(dir + "/a.md", dir + "/b.txt", dir + "/sub/c.html");
    assertThat(found.skippedOtherTypes()).isEqualTo(1);
    assertThat(found.refused()).isEmpty();
  }

  @Test
  void reportsMissingPathsAndKeepsFilesGivenByName() throws Exception {
    write("x.csv", "x");

    EssayFinder.Found found =
        EssayFinder.find(List.of(dir.resolve("x.csv").toString(), dir.resolve("gone").toString()));

    assertThat(found.files()).extracting(EssayFinder.FoundFile::file).containsExactly(dir.resolve("x.csv"));
    assertThat(found.refused()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("no such file or folder"));
  }

  @Test
  void survivesALinkLoop() throws Exception {
    write("real/a.txt", "a");
    Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));

    EssayFinder.Found found = EssayFinder.find(List.of(dir.resolve("real").toString()));

    assertThat(found.files()).hasSize(1);
    assertThat(found.refused())
        .extracting(RefusedInputException::reason)
        .singleElement()
        .asString()
        .startsWith("link loop");
  }
}
