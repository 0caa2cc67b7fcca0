package dev.overlap.clean;

import dev.overlap.ingest.Essay;
import dev.overlap.ingest.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into blocks and gives each a kind. Text and Markdown keep their text as it is
 * (blocks are lines); HTML is first reduced to text, one line per block element.
 *
 * <p>Thread-safe: holds no mutable state.
 */
public final class BoilerplateCleaner {

  public CleanedText clean(Essay essay) {
    String text =
        essay.mediaType() == MediaType.HTML ? htmlToText(essay.content()) : essay.content();
    return new CleanedText(text, classify(text));
  }

  private static String htmlToText(String html) {
    StringBuilder out = new StringBuilder();
    for (HtmlText.Line line : HtmlText.lines(html)) {
      out.append(line.text()).append('\n');
    }
    return out.toString();
  }

  /** One block per non-blank line; a short first line without final punctuation is the title. */
  private static List<Block> classify(String text) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    while (lineStart < length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int start = lineStart;
      int end = lineEnd;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        boolean title =
            blocks.isEmpty() && end - start < 200 && ".!?".indexOf(text.charAt(end - 1)) < 0;
        blocks.add(
            new Block(
                start,
                end,
                title ? BlockKind.TITLE : BlockKind.ESSAY,
                title ? "first short line" : "text"));
      }
      lineStart = lineEnd + 1;
    }
    return blocks;
  }
}
