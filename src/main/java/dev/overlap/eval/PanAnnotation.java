package dev.overlap.eval;

/**
 * One plagiarism case or one detection, as PAN writes it: a span of the suspicious document and a
 * span of the source document, in characters (Unicode code points), end exclusive at offset +
 * length.
 */
public record PanAnnotation(
    String thisReference,
    int thisOffset,
    int thisLength,
    String sourceReference,
    int sourceOffset,
    int sourceLength) {

  public PanAnnotation {
    if (thisOffset < 0 || thisLength < 0 || sourceOffset < 0 || sourceLength < 0) {
      throw new IllegalArgumentException(
          "offsets and lengths must not be negative, got this "
              + thisOffset
              + "+"
              + thisLength
              + ", source "
              + sourceOffset
              + "+"
              + sourceLength);
    }
  }

  int thisEnd() {
    return thisOffset + thisLength;
  }

  int sourceEnd() {
    return sourceOffset + sourceLength;
  }

  /** PAN's {@code is_overlapping}: same documents, and the spans overlap in both. */
  boolean overlaps(PanAnnotation other) {
    return thisReference.equals(other.thisReference)
        && sourceReference.equals(other.sourceReference)
        && other.thisEnd() > thisOffset
        && other.thisOffset < thisEnd()
        && other.sourceEnd() > sourceOffset
        && other.sourceOffset < sourceEnd();
  }
}
