package dev.overlap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TermHashTest {
  /** The hash as the index has always stored it: FNV-1a over {@code getBytes(UTF_8)}, mixed. */
  private static long wordHashOfBytes(String word) {
    long h = 0xcbf29ce484222325L;
    for (byte b : word.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return TermHash.mix(h);
  }

  @Property(tries = 1000)
  void wordHashesAreThoseOfTheWordsUtf8Bytes(@ForAll("anyChars") String word) {
    assertThat(TermHash.of(word)).isEqualTo(wordHashOfBytes(word));
  }

  @Test
  void wordHashesOfEveryKindOfCharacterAreThoseOfTheirUtf8Bytes() {
    for (String word :
        List.of("", "cafe", "café", "σοφία", "日本語", "𝒜rare", "a\uD835", "\uDC00b", "\uD835\uD835x", "\u07FF\u0800\uFFFF")) {
      assertThat(TermHash.of(word)).as(word).isEqualTo(wordHashOfBytes(word));
    }
  }

  @Provide
  Arbitrary<String> anyChars() {
    // every char value, lone surrogates included, and well-formed pairs
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("a\u00e9\u03c3\u65e5\uD835\uDC9C\uDBFF\uDFFF").ofMaxLength(12));
  }
}
