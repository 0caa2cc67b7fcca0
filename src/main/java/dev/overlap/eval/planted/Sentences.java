package dev.overlap.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence spans of a text: up to and including . ! or ?, or up to a line break. */
final class Sentences {
  private static final Pattern SENTENCE = Pattern.compile("\\S[^.!?\\n]*(?:[.!?]+[\"')\\]]*|(?=\\n)|$)");

  private Sentences() {}

  /** [start, end) of each sentence, in chars of {@code text}. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  static int words(String sentence) {
    String stripped = sentence.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
