package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Any bytes either decode to non-blank text or are refused with a reason: never another exception.
 * A cheap stand-in for coverage-guided fuzzing of charset detection and the binary checks.
 */
class EssayReaderFuzzTest {
  private final EssayReader reader = new EssayReader();

  @Property(tries = 400)
  void anyBytesAreTextOrRefused(@ForAll("likelyInputs") byte[] bytes) {
    try {
      Essay essay = reader.decode("id", "fuzz.txt", MediaType.TEXT, bytes);
      assertThat(essay.content()).isNotBlank().doesNotContain("\u0000");
    } catch (RefusedInputException e) {
      assertThat(e.path()).isEqualTo("fuzz.txt");
      assertThat(e.reason()).isNotBlank().doesNotContain("\n");
    }
  }

  @Property(tries = 200)
  void anyUnicodeTextSurvivesUtf8AndUtf16(@ForAll @Size(max = 300) String text) {
    for (byte[] bytes :
        new byte[][] {
          text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16)
        }) {
      try {
        assertThat(reader.decode("id", "fuzz.txt", MediaType.TEXT, bytes).content()).isNotBlank();
      } catch (RefusedInputException e) {
        assertThat(e.reason()).isNotBlank();
      }
    }
  }

  /** Random bytes, with byte-order marks, file signatures and zero-interleaving mixed in. */
  @Provide
  Arbitrary<byte[]> likelyInputs() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    Arbitrary<byte[]> prefix =
        Arbitraries.of(
            new byte[0],
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {'%', 'P', 'D', 'F'},
            new byte[] {'P', 'K', 3, 4});
    Arbitrary<byte[]> asciiUtf16 =
        Arbitraries.strings()
            .ascii()
            .ofMaxLength(500)
            .map(s -> s.getBytes(StandardCharsets.UTF_16LE));
    return Arbitraries.oneOf(
        random,
        asciiUtf16,
        prefix.flatMap(p -> random.map(r -> concat(p, r))),
        prefix.flatMap(p -> asciiUtf16.map(r -> concat(p, r))));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
