package dev.overlap.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * An essay's text as stored in the index: UTF-8, DEFLATE-compressed one document at a time,
 * after its length (a variable-length int). Lucene's own stored-fields compression works on
 * blocks of documents: its LZ4 mode leaves English text at ~0.8 of its size, its DEFLATE mode
 * makes every candidate fetched by a check inflate a whole block of other documents. One document
 * at a time, a check inflates only the ~55 texts it aligns (about a millisecond) and the text
 * takes ~0.4–0.5 of its size.
 */
final class StoredText {
  /**
   * One compressor per thread, reset for each text: making one allocates ~260 KB of zlib state,
   * which cost about as much as compressing a short essay.
   */
  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

  private static final ThreadLocal<Inflater> INFLATERS =
      ThreadLocal.withInitial(() -> new Inflater(true));

  private StoredText() {}

  static BytesRef compress(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 16);
    for (int n = utf8.length; ; n >>>= 7) {
      if ((n & ~0x7F) == 0) {
        out.write(n);
        break;
      }
      out.write((n & 0x7F) | 0x80);
    }
    Deflater deflater = DEFLATERS.get();
    deflater.reset();
    deflater.setInput(utf8);
    deflater.finish();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return new BytesRef(out.toByteArray());
  }

  /**
   * The text {@link #compress} stored.
   *
   * @throws IllegalStateException when the bytes are not what {@code compress} wrote (a damaged
   *     index)
   */
  static String decompress(BytesRef stored) {
    int at = stored.offset;
    int end = stored.offset + stored.length;
    int length = 0;
    for (int shift = 0; ; shift += 7) {
      if (at >= end || shift > 28) {
        throw new IllegalStateException("stored text is damaged (bad length)");
      }
      byte b = stored.bytes[at++];
      length |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (length < 0) {
      throw new IllegalStateException("stored text is damaged (bad length)");
    }
    byte[] utf8 = new byte[length];
    Inflater inflater = INFLATERS.get();
    inflater.reset();
    try {
      inflater.setInput(stored.bytes, at, end - at);
      int filled = 0;
      while (filled < length) {
        int n = inflater.inflate(utf8, filled, length - filled);
        if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("stored text is damaged (shorter than recorded)");
        }
        filled += n;
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("stored text is damaged: " + e.getMessage(), e);
    }
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
