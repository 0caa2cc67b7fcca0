package dev.overlap.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence spans of a text: up to and including . ! or ?, or up to a line break. */
final class Sentences {
  private static final Pattern SENTENCE = Pattern.compile("\\S[^.!?\\n]*(?:[.!?]+[\"')\\]]*|(?=\\n)|$)");

  private Sentences() {}

  /** Fewer words than this is a fragment ("in writing."), joined to the next sentence. */
  static final int MIN_WORDS = 5;

  /** [start, end) of each sentence, in chars of {@code text}. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    int pending = -1;
    while (m.find()) {
      int start = pending >= 0 ? pending : m.start();
      if (words(text.substring(start, m.end())) < MIN_WORDS) {
        pending = start;
        continue;
      }
      out.add(new int[] {start, m.end()});
      pending = -1;
    }
    if (pending >= 0) {
      if (out.isEmpty()) {
        out.add(new int[] {pending, text.stripTrailing().length()});
      } else {
        out.get(out.size() - 1)[1] = text.stripTrailing().length();
      }
    }
    return out;
  }

  static int words(String sentence) {
    String stripped = sentence.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
