package dev.overlap.clean;

import java.util.Objects;

/**
 * A block of a cleaned document.
 *
 * @param start first char (UTF-16 index) in {@link CleanedText#text()}
 * @param end index after the last char
 * @param kind what the block is
 * @param reason why it got that kind, for {@code --explain}
 */
public record Block(int start, int end, BlockKind kind, String reason) {
  public Block {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
