package dev.overlap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.EssayReader;
import dev.overlap.ingest.MediaType;
import dev.overlap.ingest.RefusedInputException;

/** Fuzzes {@link EssayReader#decode}: an essay or a {@link RefusedInputException}, nothing else. */
class EssayReaderFuzzTest {
  private static final EssayReader READER = new EssayReader();

  @FuzzTest(maxDuration = "15s")
  void decode(FuzzedDataProvider data) {
    MediaType type = data.pickValue(MediaType.values());
    byte[] bytes = data.consumeRemainingAsBytes();
    Essay essay;
    try {
      essay = READER.decode("fuzz", "fuzz.txt", type, bytes);
    } catch (RefusedInputException refused) {
      return;
    }
    assertThat(essay.mediaType()).isEqualTo(type);
    assertThat(essay.content()).isNotBlank();
  }
}
