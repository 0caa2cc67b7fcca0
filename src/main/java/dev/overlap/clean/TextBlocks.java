package dev.overlap.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into blocks: one block per non-blank line, or one per paragraph (lines up to a
 * blank line) when the text is hard-wrapped (most lines of similar width, none very long). Spans
 * are trimmed of white space and never hold a blank line.
 */
final class TextBlocks {
  private TextBlocks() {}

  /** [start, end) spans into {@code text}, in order. */
  static List<int[]> split(String text) {
    List<int[]> lines = new ArrayList<>();
    int length = text.length();
    int lineStart = 0;
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
      // An empty span marks a blank line (a paragraph break).
      lines.add(new int[] {start, end});
      lineStart = lineEnd + 1;
    }
    boolean wrapped = hardWrapped(lines) || continuesMidSentence(text, lines);
    List<int[]> blocks = new ArrayList<>();
    int[] open = null;
    for (int[] line : lines) {
      if (line[1] == line[0]) {
        if (open != null) {
          blocks.add(open);
          open = null;
        }
      } else if (!wrapped) {
        blocks.add(line);
      } else if (open == null) {
        open = line.clone();
      } else {
        open[1] = line[1];
      }
    }
    if (open != null) {
      blocks.add(open);
    }
    return blocks;
  }

  /**
   * Text wrapped at any width shows as lines that end mid-sentence and go on in lower case on the
   * next line; a scraper's one-block-per-line text almost never does ("Order Now" / "Whatsapp").
   */
  private static boolean continuesMidSentence(String text, List<int[]> lines) {
    int nonBlank = 0;
    int continued = 0;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      if (line[1] == line[0]) {
        continue;
      }
      nonBlank++;
      if (i + 1 < lines.size()) {
        int[] next = lines.get(i + 1);
        char last = text.charAt(line[1] - 1);
        if (next[1] > next[0]
            && Character.isLowerCase(text.charAt(next[0]))
            && ".!?:;\"”’)]".indexOf(last) < 0) {
          continued++;
        }
      }
    }
    return nonBlank >= 5 && continued >= nonBlank * 0.25;
  }

  private static boolean hardWrapped(List<int[]> lines) {
    int nonBlank = 0;
    int max = 0;
    int followed = 0;
    for (int i = 0; i < lines.size(); i++) {
      int width = lines.get(i)[1] - lines.get(i)[0];
      if (width == 0) {
        continue;
      }
      nonBlank++;
      max = Math.max(max, width);
      if (i + 1 < lines.size() && lines.get(i + 1)[1] > lines.get(i + 1)[0]) {
        followed++;
      }
    }
    if (nonBlank < 5 || max > 160) {
      return false;
    }
    int near = 0;
    for (int[] line : lines) {
      int width = line[1] - line[0];
      if (width >= max * 0.6) {
        near++;
      }
    }
    return near >= nonBlank * 0.6 && followed >= nonBlank * 0.5;
  }
}
