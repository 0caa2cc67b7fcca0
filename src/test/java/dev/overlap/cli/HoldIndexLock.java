package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import java.io.IOException;
import java.nio.file.Path;

/** A second process for tests: holds the index's write lock until its stdin closes. */
public final class HoldIndexLock {
  private HoldIndexLock() {}

  public static void main(String[] args) throws IOException {
    Overlap overlap = new Overlap(OverlapConfig.DEFAULT);
    try (EssayIndex index = EssayIndex.openForWriting(Path.of(args[0]), overlap.indexSettings(), false)) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the parent to close our stdin
      }
    }
  }
}
