package dev.overlap.align;

import java.util.Locale;

/** How a reused passage relates to its source. */
public enum PassageKind {
  /** The same words in the same order (after normalization), up to a stray word. */
  VERBATIM,
  /** Mostly the same words, with some replaced, inserted, deleted or reordered. */
  EDITED,
  /** The same content reworded: found through sentence-level similarity of content words. */
  PARAPHRASE;

  /** The lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
