package dev.overlap.eval;

import java.util.Arrays;

/**
 * Summary of a set of scores.
 *
 * @param count how many
 * @param min smallest
 * @param median middle value (mean of the two middle ones for an even count)
 * @param max largest
 * @param mean arithmetic mean
 */
public record Distribution(int count, double min, double median, double max, double mean) {

  public static Distribution of(double[] values) {
    if (values.length == 0) {
      return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return new Distribution(n, sorted[0], median, sorted[n - 1], sum / n);
  }
}
