package dev.overlap.clean;

/** What a block of a page is. */
public enum BlockKind {
  TITLE,
  ESSAY,
  REFERENCES,
  QUOTE,
  /** Marketing, navigation and other page furniture: removed, never scored. */
  BOILERPLATE,
  /** A block repeated across many documents of the corpus (a site template): never scored. */
  TEMPLATE;

  /** Whether the block belongs to the cleaned essay text. */
  public boolean kept() {
    return this != BOILERPLATE && this != TEMPLATE;
  }
}
