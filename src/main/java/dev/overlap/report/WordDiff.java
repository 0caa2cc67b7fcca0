package dev.overlap.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of two spans that have no partner in the other, by a longest common subsequence of
 * their words (lower case, accents folded): what was changed inside an edited passage. Runs of
 * unmatched words come back as one range each.
 */
final class WordDiff {
  /** Above this many word pairs the table costs too much, and no difference is shown. */
  static final long MAX_CELLS = 4_000_000;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Code points [start, end) of the text. */
  record Range(int start, int end) {}

  /** Unmatched ranges in each text. */
  record Result(List<Range> first, List<Range> second) {}

  private record Word(String key, int start, int end) {}

  private WordDiff() {}

  /** Spans are in code points, end exclusive. */
  static Result of(String first, CheckReport.Span a, String second, CheckReport.Span b) {
    List<Word> x = words(first, a);
    List<Word> y = words(second, b);
    if ((long) (x.size() + 1) * (y.size() + 1) > MAX_CELLS) {
      return new Result(List.of(), List.of());
    }
    int[][] lcs = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            x.get(i).key().equals(y.get(j).key())
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    boolean[] matchedX = new boolean[x.size()];
    boolean[] matchedY = new boolean[y.size()];
    for (int i = 0, j = 0; i < x.size() && j < y.size(); ) {
      if (x.get(i).key().equals(y.get(j).key())) {
        matchedX[i++] = true;
        matchedY[j++] = true;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return new Result(runs(x, matchedX), runs(y, matchedY));
  }

  private static List<Word> words(String text, CheckReport.Span span) {
    int from = text.offsetByCodePoints(0, span.start());
    int to = text.offsetByCodePoints(from, span.end() - span.start());
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    int charIndex = from;
    int codePoint = span.start();
    while (m.find()) {
      codePoint += text.codePointCount(charIndex, m.start());
      int start = codePoint;
      codePoint += text.codePointCount(m.start(), m.end());
      charIndex = m.end();
      String folded =
          MARKS.matcher(Normalizer.normalize(m.group(), Normalizer.Form.NFD)).replaceAll("");
      out.add(new Word(folded.toLowerCase(Locale.ROOT).replace('’', '\''), start, codePoint));
    }
    return out;
  }

  private static List<Range> runs(List<Word> words, boolean[] matched) {
    List<Range> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (matched[i]) {
        continue;
      }
      int j = i;
      while (j + 1 < words.size() && !matched[j + 1]) {
        j++;
      }
      out.add(new Range(words.get(i).start(), words.get(j).end()));
      i = j;
    }
    return out;
  }
}
