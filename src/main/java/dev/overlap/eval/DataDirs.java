package dev.overlap.eval;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the evaluation data lives: {@code $OVERLAP_DATA} when set, else {@code ../shared/data}
 * relative to the working directory (the project root).
 */
public final class DataDirs {
  private DataDirs() {}

  public static Path root() {
    @Nullable String env = System.getenv("OVERLAP_DATA");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
  }

  public static Path clough() {
    return root().resolve("clough-stevenson");
  }

  public static Path pan() {
    return root().resolve("pan13-verbatim");
  }
}
