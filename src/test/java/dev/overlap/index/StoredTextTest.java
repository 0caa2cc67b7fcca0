package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class StoredTextTest {
  @Test
  void textsComeBackExactly() {
    Random random = new Random(7);
    StringBuilder long_ = new StringBuilder();
    while (long_.length() < 300_000) {
      long_.append("Rivers shape the land over long periods ").append(random.nextInt(1000)).append(". ");
    }
    for (String text :
        new String[] {
          "", "a", "naïve café – “quoted” 😀 漢字 \u0000 tab\t\r\n", long_.toString(), randomUnicode(random)
        }) {
      assertThat(StoredText.decompress(StoredText.compress(text))).isEqualTo(text);
    }
  }

  @Test
  void repetitiveTextTakesLessRoomThanItsBytes() {
    String text = "Sediment carried downstream settles where the current slows. ".repeat(100);

    assertThat(StoredText.compress(text).length).isLessThan(text.length() / 10);
  }

  @Test
  void aDecompressionReadsOnlyItsOwnSliceOfALargerArray() {
    BytesRef stored = StoredText.compress("one essay's text");
    byte[] padded = new byte[stored.length + 10];
    Arrays.fill(padded, (byte) 0x55);
    System.arraycopy(stored.bytes, stored.offset, padded, 5, stored.length);

    assertThat(StoredText.decompress(new BytesRef(padded, 5, stored.length))).isEqualTo("one essay's text");
  }

  @Test
  void damagedBytesAreAnErrorNotWrongText() {
    BytesRef stored = StoredText.compress("Rivers shape the land over long periods. ".repeat(20));
    BytesRef truncated = new BytesRef(stored.bytes, 0, stored.length / 2);
    BytesRef noLength = new BytesRef(new byte[] {(byte) 0xFF, (byte) 0xFF});

    assertThatThrownBy(() -> StoredText.decompress(truncated))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> StoredText.decompress(noLength))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged");
  }

  private static String randomUnicode(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      int cp = random.nextInt(0x10FFFF);
      if (Character.isDefined(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        text.appendCodePoint(cp);
      }
    }
    return text.toString();
  }
}
