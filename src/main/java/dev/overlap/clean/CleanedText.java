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

  /**
   * The kept blocks joined by blank lines, each on one line (a hard-wrapped paragraph is unwrapped):
   * what {@code overlap clean} prints. Cleaning this text again gives the same blocks.
   */
  public String keptText() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (block.kind().kept()) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        String blockText = text.substring(block.start(), block.end());
        out.append(blockText.indexOf('\n') < 0 ? blockText : LINE_BREAKS.matcher(blockText).replaceAll(" "));
      }
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern LINE_BREAKS =
      java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r]*\\n\\s*");
}
