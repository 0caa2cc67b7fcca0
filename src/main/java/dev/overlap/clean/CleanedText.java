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
   * The blocks as compact text, {@code start,end,K;...} (K the kind's ordinal), for the
   * index to store so that a candidate need not be cleaned again; reasons are not kept.
   */
  public String encodeBlocks() {
    StringBuilder out = new StringBuilder(blocks.size() * 12);
    for (Block block : blocks) {
      out.append(block.start()).append(',').append(block.end()).append(',')
          .append(block.kind().ordinal()).append(';');
    }
    return out.toString();
  }

  /** The inverse of {@link #encodeBlocks()} over the same text. */
  public static CleanedText decode(String text, String encodedBlocks) {
    List<Block> blocks = new java.util.ArrayList<>();
    BlockKind[] kinds = BlockKind.values();
    int at = 0;
    while (at < encodedBlocks.length()) {
      int comma1 = encodedBlocks.indexOf(',', at);
      int comma2 = encodedBlocks.indexOf(',', comma1 + 1);
      int semicolon = encodedBlocks.indexOf(';', comma2 + 1);
      blocks.add(
          new Block(
              Integer.parseInt(encodedBlocks, at, comma1, 10),
              Integer.parseInt(encodedBlocks, comma1 + 1, comma2, 10),
              kinds[Integer.parseInt(encodedBlocks, comma2 + 1, semicolon, 10)],
              "as cleaned when indexed"));
      at = semicolon + 1;
    }
    return new CleanedText(text, blocks);
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
