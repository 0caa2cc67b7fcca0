package dev.overlap.clean;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared evaluation data, read at run time and never copied into the project: {@code
 * ../shared/data} beside the project, else {@code $OVERLAP_DATA}. Tests that need it are skipped
 * with a message when it is absent.
 */
public final class TestData {
  private TestData() {}

  public static Path dir() {
    Path sibling = Path.of("..", "shared", "data").toAbsolutePath().normalize();
    if (Files.isDirectory(sibling)) {
      return sibling;
    }
    String env = System.getenv("OVERLAP_DATA");
    return env == null ? sibling : Path.of(env);
  }

  /** The data file or folder at {@code relative}; skips the test when it is not there. */
  public static Path require(String relative) {
    Path path = dir().resolve(relative);
    assumeTrue(
        Files.exists(path),
        "evaluation data not found: " + path + " (put the shared data in ../shared/data or set"
            + " OVERLAP_DATA); skipping");
    return path;
  }
}
