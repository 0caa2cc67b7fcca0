package dev.overlap.clean;

import java.util.List;

/**
 * A document's canonical text and its blocks, in order and not overlapping. Text between blocks
 * is white space.
 */
public record CleanedText(String text, List<Block> blocks) {
  public CleanedText {
    blocks = List.copyOf(blocks);
    int previousEnd = 0;
    for (Block block : blocks) {
      if (block.start() < previousEnd || block.end() > text.length()) {
        throw new IllegalArgumentException(
            "blocks must be ordered, disjoint and inside the text; got " + block);
      }
      previousEnd = block.end();
    }
  }

  /** The kept blocks joined by blank lines: what {@code overlap clean} prints. */
  public String keptText() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (block.kind().kept()) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        out.append(text, block.start(), block.end());
      }
    }
    return out.toString();
  }
}
