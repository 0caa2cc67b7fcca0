package dev.overlap.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File sizes as people write them: {@code 32MiB}, {@code 512 KiB}, {@code 2G}, {@code 1000B}. Units
 * are binary whatever their spelling (K = KB = KiB = 1024 bytes), since that is how file sizes are
 * shown by most tools.
 */
public final class ByteSize {
  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,18})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?", Pattern.CASE_INSENSITIVE);

  private ByteSize() {}

  /**
   * The size in bytes.
   *
   * @param defaultUnit multiplier of a bare number (1 for bytes, 1024 × 1024 for MiB)
   * @throws IllegalArgumentException when {@code text} is not a size
   */
  public static long parse(String text, long defaultUnit) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a size such as 32MiB, 512KiB or 1GiB, got \"" + text + "\"");
    }
    long number = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    long multiplier =
        switch (unit.isEmpty() ? "" : unit.substring(0, 1)) {
          case "" -> defaultUnit;
          case "b" -> 1;
          case "k" -> 1L << 10;
          case "m" -> 1L << 20;
          default -> 1L << 30;
        };
    if (number > Long.MAX_VALUE / multiplier) {
      throw new IllegalArgumentException("size too large: \"" + text + "\"");
    }
    return number * multiplier;
  }

  /** {@code 33554432} → {@code 32MiB}; sizes that are not whole KiB stay in bytes ({@code 1000B}). */
  public static String format(long bytes) {
    if (bytes > 0 && bytes % (1L << 30) == 0) {
      return bytes / (1L << 30) + "GiB";
    } else if (bytes > 0 && bytes % (1L << 20) == 0) {
      return bytes / (1L << 20) + "MiB";
    } else if (bytes > 0 && bytes % (1L << 10) == 0) {
      return bytes / (1L << 10) + "KiB";
    }
    return bytes + "B";
  }
}
