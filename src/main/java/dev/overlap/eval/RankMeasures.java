package dev.overlap.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Rank measures of document-level scores: ROC AUC and Spearman's ρ, both with ties. */
public final class RankMeasures {
  private RankMeasures() {}

  /**
   * Ranks 1..n of {@code values}, ascending; tied values share the average of their ranks.
   */
  public static double[] averageRanks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * Area under the ROC curve of {@code scores} separating positives from negatives: the chance
   * that a random positive scores above a random negative, ties counting one half
   * (Mann–Whitney U / (positives × negatives)).
   *
   * @throws IllegalArgumentException when the lengths differ or a class is empty
   */
  public static double rocAuc(double[] scores, boolean[] positive) {
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + positive.length);
    }
    double[] ranks = averageRanks(scores);
    long positives = 0;
    double rankSum = 0;
    for (int i = 0; i < scores.length; i++) {
      if (positive[i]) {
        positives++;
        rankSum += ranks[i];
      }
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException(
          "ROC AUC needs both classes, got " + positives + " positives and " + negatives + " negatives");
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * Spearman's rank correlation: Pearson's correlation of the average ranks. 0 when either side
   * is constant.
   */
  public static double spearman(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("lengths differ: " + x.length + " vs " + y.length);
    }
    return pearson(averageRanks(x), averageRanks(y));
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i];
      meanY += y[i];
    }
    meanX /= n;
    meanY /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - meanX) * (y[i] - meanY);
      sxx += (x[i] - meanX) * (x[i] - meanX);
      syy += (y[i] - meanY) * (y[i] - meanY);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
