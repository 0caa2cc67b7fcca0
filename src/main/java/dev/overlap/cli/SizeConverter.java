package dev.overlap.cli;

import dev.overlap.config.ByteSize;
import picocli.CommandLine;

/** {@code --max-file-size}: {@code 64MiB}, {@code 512KiB}, {@code 1GiB}; a bare number is MiB. */
final class SizeConverter implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    long bytes;
    try {
      bytes = ByteSize.parse(value, 1L << 20);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
    if (bytes < 1) {
      throw new CommandLine.TypeConversionException("must be at least 1 byte, got " + value);
    }
    return bytes;
  }
}
