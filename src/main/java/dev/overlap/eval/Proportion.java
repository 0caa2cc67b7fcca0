package dev.overlap.eval;

/**
 * A count out of a total, with its 95% Wilson score interval: the range of true rates the count
 * is consistent with. Unlike the plain share ± 1.96 standard errors, it stays inside 0..1 and is
 * not empty at a count of 0 (0 of 20 is consistent with a rate of up to 16%).
 *
 * @param count how many
 * @param total out of how many
 * @param share count / total (0 when the total is 0)
 * @param low lower end of the interval
 * @param high upper end of the interval
 */
public record Proportion(int count, int total, double share, double low, double high) {
  /** z of a two-sided 95% interval. */
  static final double Z95 = 1.959963984540054;

  public Proportion {
    if (total < 0 || count < 0 || count > total) {
      throw new IllegalArgumentException("count must be 0.." + total + ", got " + count);
    }
  }

  /** {@code count} of {@code total} with its 95% Wilson interval (0..1 for a total of 0). */
  public static Proportion of(int count, int total) {
    if (total == 0) {
      return new Proportion(0, 0, 0, 0, 1);
    }
    double n = total;
    double p = count / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new Proportion(
        count, total, p, Math.max(0, center - half), Math.min(1, center + half));
  }
}
