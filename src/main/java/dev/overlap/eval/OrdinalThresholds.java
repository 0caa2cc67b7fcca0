package dev.overlap.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Classifies a score into ordered classes 0..k-1 with k-1 thresholds (class = number of
 * thresholds at or below the score), choosing the thresholds that maximize accuracy on training
 * data, and measures that with leave-one-out.
 *
 * <p>The search is exact: scores are sorted and grouped by value (equal scores always fall in one
 * class), and a dynamic program picks the boundaries between groups. Each threshold sits midway
 * between the two groups it separates. Among equally accurate choices the lowest boundaries win,
 * so results are deterministic.
 */
public final class OrdinalThresholds {
  private OrdinalThresholds() {}

  /** The k-1 ascending thresholds that classify {@code scores} into {@code labels} best. */
  public static double[] fit(double[] scores, int[] labels, int classes) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + labels.length);
    }
    if (classes < 2) {
      throw new IllegalArgumentException("need at least 2 classes, got " + classes);
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " outside 0.." + (classes - 1) + " at " + i);
      }
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    // groups of equal scores
    double[] values = new double[scores.length];
    int[][] counts = new int[scores.length][classes];
    int groups = 0;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (groups == 0 || scores[i] != values[groups - 1]) {
        values[groups++] = scores[i];
      }
      counts[groups - 1][labels[i]]++;
    }
    // prefix[c][g] = items of class c in groups [0, g)
    int[][] prefix = new int[classes][groups + 1];
    for (int c = 0; c < classes; c++) {
      for (int g = 0; g < groups; g++) {
        prefix[c][g + 1] = prefix[c][g] + counts[g][c];
      }
    }
    // best[c][g]: most correct with classes 0..c covering groups [0, g); from[c][g]: start of c
    int[][] best = new int[classes][groups + 1];
    int[][] from = new int[classes][groups + 1];
    for (int g = 0; g <= groups; g++) {
      best[0][g] = prefix[0][g];
    }
    for (int c = 1; c < classes; c++) {
      for (int g = 0; g <= groups; g++) {
        int bestValue = -1;
        int bestFrom = 0;
        for (int j = 0; j <= g; j++) {
          int value = best[c - 1][j] + prefix[c][g] - prefix[c][j];
          if (value > bestValue) {
            bestValue = value;
            bestFrom = j;
          }
        }
        best[c][g] = bestValue;
        from[c][g] = bestFrom;
      }
    }
    double[] thresholds = new double[classes - 1];
    int end = groups;
    for (int c = classes - 1; c >= 1; c--) {
      int start = from[c][end];
      thresholds[c - 1] =
          start == 0
              ? Double.NEGATIVE_INFINITY
              : start == groups ? Double.POSITIVE_INFINITY : (values[start - 1] + values[start]) / 2;
      end = start;
    }
    return thresholds;
  }

  /** The class of {@code score}: how many thresholds are at or below it. */
  public static int classify(double score, double[] thresholds) {
    int c = 0;
    for (double t : thresholds) {
      if (score >= t) {
        c++;
      }
    }
    return c;
  }

  /**
   * Leave-one-out predictions: each item classified with the thresholds fitted on all the others.
   */
  public static int[] leaveOneOut(double[] scores, int[] labels, int classes) {
    int n = scores.length;
    int[] predicted = new int[n];
    for (int out = 0; out < n; out++) {
      double[] s = new double[n - 1];
      int[] l = new int[n - 1];
      for (int i = 0, k = 0; i < n; i++) {
        if (i != out) {
          s[k] = scores[i];
          l[k++] = labels[i];
        }
      }
      predicted[out] = classify(scores[out], fit(s, l, classes));
    }
    return predicted;
  }

  /** Leave-one-out accuracy: the share of items whose held-out prediction is their label. */
  public static double leaveOneOutAccuracy(double[] scores, int[] labels, int classes) {
    int[] predicted = leaveOneOut(scores, labels, classes);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == labels[i]) {
        correct++;
      }
    }
    return (double) correct / predicted.length;
  }
}
