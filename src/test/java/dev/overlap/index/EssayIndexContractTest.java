package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Lucene index passes the {@link FingerprintIndex} contract. */
class EssayIndexContractTest extends FingerprintIndexContract {
  @TempDir Path dir;

  @Override
  FingerprintIndex open() {
    return EssayIndex.openForWriting(dir, SETTINGS, false);
  }

  @Override
  FingerprintIndex reopenForReading() {
    return EssayIndex.openForReading(dir);
  }

  /** Not in the contract: other backends may answer the default (0, unknown). */
  @Test
  void countsTheDocumentsHoldingEachFingerprintInTheOrderAsked() {
    try (FingerprintIndex index = open()) {
      index.upsert(essay("a", "", 1, 2));
      index.upsert(essay("b", "", 1));
      index.upsert(essay("c", "", 1, 3));
      index.commit();

      assertThat(index.documentFrequencies(fps(3, 1, 9, 2, 1))).containsExactly(1, 3, 0, 1, 3);
      index.delete("c");
      index.commit();
      assertThat(index.documentFrequencies(fps(3)))
          .as("a deleted essay may still count until merged away")
          .containsAnyOf(0, 1);
    }
  }
}
