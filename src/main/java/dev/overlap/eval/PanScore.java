package dev.overlap.eval;

/**
 * PAN's measures of a set of detections against a set of cases.
 *
 * @param precision micro-averaged character precision
 * @param recall micro-averaged character recall
 * @param granularity detections per detected case (1 is best)
 * @param plagdet F1 / log2(1 + granularity)
 * @param cases plagiarism cases
 * @param detections detections
 * @param detectedCases cases overlapped by at least one detection
 */
public record PanScore(
    double precision,
    double recall,
    double granularity,
    double plagdet,
    int cases,
    int detections,
    int detectedCases) {}
