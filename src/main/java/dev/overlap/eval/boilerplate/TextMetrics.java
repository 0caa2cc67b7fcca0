package dev.overlap.eval.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' own measures, reimplemented exactly.
 *
 * <p>Tokens are Python's {@code \w+} (Unicode letters, digits, marks and underscore). The
 * article-extraction benchmark compiles it with {@code re.IGNORECASE} but does <em>not</em>
 * lower-case the tokens, so its shingles are case-sensitive; WCXB's {@code word_f1} lower-cases
 * both texts first. Both are followed here.
 */
public final class TextMetrics {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private TextMetrics() {}

  /** Normalized true positives, false positives and false negatives of one page (sum 1). */
  public record Counts(double tp, double fp, double fn) {}

  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /**
   * Upstream {@code string_shingle_matching}: multisets of 4-gram shingles of {@code \w+} tokens
   * (a text of fewer than 4 tokens is one shorter shingle), tp/fp/fn divided by their sum.
   */
  public static Counts shingles(String truth, String predicted, int n) {
    Map<List<String>, Integer> t = shingleCounts(tokens(truth), n);
    Map<List<String>, Integer> p = shingleCounts(tokens(predicted), n);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  private static Map<List<String>, Integer> shingleCounts(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Upstream precision: 1 when nothing was expected and nothing predicted. */
  public static double precision(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    if (c.tp() == 0 && c.fp() == 0) {
      return 0;
    }
    return c.tp() / (c.tp() + c.fp());
  }

  public static double recall(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    if (c.tp() == 0 && c.fn() == 0) {
      return 0;
    }
    return c.tp() / (c.tp() + c.fn());
  }

  /** WCXB {@code word_f1}: bag-of-words F1 over lower-cased {@code \w+} tokens. */
  public static double[] wordPrf(String predicted, String reference) {
    Map<String, Integer> pred = bag(predicted);
    Map<String, Integer> ref = bag(reference);
    if (ref.isEmpty()) {
      double v = pred.isEmpty() ? 1 : 0;
      return new double[] {v, v, v};
    }
    if (pred.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    long overlap = 0;
    long predTotal = 0;
    long refTotal = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
      predTotal += e.getValue();
    }
    for (int v : ref.values()) {
      refTotal += v;
    }
    double p = (double) overlap / predTotal;
    double r = (double) overlap / refTotal;
    return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (matcher.find()) {
      bag.merge(matcher.group(), 1, Integer::sum);
    }
    return bag;
  }

  /** Lower case, white space collapsed to single spaces: how snippets are looked for. */
  public static String normalizeForSnippets(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
