package dev.overlap.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The text-alignment measures of Potthast, Stein, Barrón-Cedeño and Rosso (2010), computed as
 * PAN's {@code perfmeasures.py} does:
 *
 * <ul>
 *   <li><b>recall</b> = |chars of cases ∩ detections| / |chars of cases| and <b>precision</b> =
 *       |chars of cases ∩ detections| / |chars of detections|, micro-averaged: characters are
 *       counted once each (the union) in the suspicious documents (keyed by {@code
 *       thisReference}) plus the source documents (keyed by {@code sourceReference}). A detection
 *       counts towards a case only where it overlaps that case in both documents ({@code
 *       true_detections}).
 *   <li><b>granularity</b> = mean number of detections overlapping each detected case.
 *   <li><b>plagdet</b> = F1 / log2(1 + granularity).
 * </ul>
 *
 * <p>As in PAN: no cases and no detections is perfect (1, 1); one of them empty is (0, 0).
 */
public final class PanMeasures {
  private PanMeasures() {}

  public static PanScore score(List<PanAnnotation> cases, List<PanAnnotation> detections) {
    double recall;
    double precision;
    if (cases.isEmpty() && detections.isEmpty()) {
      recall = 1;
      precision = 1;
    } else if (cases.isEmpty() || detections.isEmpty()) {
      recall = 0;
      precision = 0;
    } else {
      long plagiarized = countChars(cases);
      long detected = countChars(detections);
      long both = countChars(trueDetections(cases, detections));
      recall = plagiarized == 0 ? 0 : (double) both / plagiarized;
      precision = detected == 0 ? 0 : (double) both / detected;
    }
    int[] perCase = detectionsPerCase(cases, detections);
    int detectedCases = 0;
    long sum = 0;
    for (int n : perCase) {
      if (n > 0) {
        detectedCases++;
        sum += n;
      }
    }
    double granularity = detectedCases == 0 ? 1 : (double) sum / detectedCases;
    return new PanScore(
        precision,
        recall,
        granularity,
        plagdet(precision, recall, granularity),
        cases.size(),
        detections.size(),
        detectedCases);
  }

  /** F1 / log2(1 + granularity); 0 when precision and recall are both 0. */
  public static double plagdet(double precision, double recall, double granularity) {
    if ((precision == 0 && recall == 0) || precision < 0 || recall < 0 || granularity < 1) {
      return 0;
    }
    double f1 = 2 * precision * recall / (precision + recall);
    return f1 / (Math.log(1 + granularity) / Math.log(2));
  }

  /** For each case, the number of detections that overlap it (PAN's granularity input). */
  public static int[] detectionsPerCase(List<PanAnnotation> cases, List<PanAnnotation> detections) {
    Map<String, List<PanAnnotation>> byDocument = index(detections, PanAnnotation::thisReference);
    int[] out = new int[cases.size()];
    for (int c = 0; c < cases.size(); c++) {
      PanAnnotation plag = cases.get(c);
      for (PanAnnotation det : byDocument.getOrDefault(plag.thisReference(), List.of())) {
        if (plag.overlaps(det)) {
          out[c]++;
        }
      }
    }
    return out;
  }

  /** Characters covered by the annotations, each counted once, suspicious plus source side. */
  static long countChars(List<PanAnnotation> annotations) {
    Map<String, BitSet> suspicious = new HashMap<>();
    Map<String, BitSet> source = new HashMap<>();
    for (PanAnnotation a : annotations) {
      suspicious.computeIfAbsent(a.thisReference(), k -> new BitSet()).set(a.thisOffset(), a.thisEnd());
      source.computeIfAbsent(a.sourceReference(), k -> new BitSet()).set(a.sourceOffset(), a.sourceEnd());
    }
    long total = 0;
    for (BitSet bits : suspicious.values()) {
      total += bits.cardinality();
    }
    for (BitSet bits : source.values()) {
      total += bits.cardinality();
    }
    return total;
  }

  /** Each detection cut down to its overlap with each case it overlaps, in both documents. */
  static List<PanAnnotation> trueDetections(
      List<PanAnnotation> cases, List<PanAnnotation> detections) {
    Map<String, List<PanAnnotation>> byDocument = index(detections, PanAnnotation::thisReference);
    List<PanAnnotation> out = new ArrayList<>();
    for (PanAnnotation plag : cases) {
      for (PanAnnotation det : byDocument.getOrDefault(plag.thisReference(), List.of())) {
        if (plag.overlaps(det)) {
          int thisStart = Math.max(plag.thisOffset(), det.thisOffset());
          int thisEnd = Math.min(plag.thisEnd(), det.thisEnd());
          int sourceStart = Math.max(plag.sourceOffset(), det.sourceOffset());
          int sourceEnd = Math.min(plag.sourceEnd(), det.sourceEnd());
          out.add(
              new PanAnnotation(
                  plag.thisReference(),
                  thisStart,
                  thisEnd - thisStart,
                  plag.sourceReference(),
                  sourceStart,
                  sourceEnd - sourceStart));
        }
      }
    }
    return out;
  }

  private static Map<String, List<PanAnnotation>> index(
      List<PanAnnotation> annotations, Function<PanAnnotation, String> key) {
    Map<String, List<PanAnnotation>> out = new HashMap<>();
    for (PanAnnotation a : annotations) {
      out.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a);
    }
    return out;
  }
}
