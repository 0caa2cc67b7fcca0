package dev.overlap.index;

import java.nio.file.Path;
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
}
