package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanMeasuresTest {
  private static PanAnnotation a(int thisOffset, int thisLength, int sourceOffset, int sourceLength) {
    return new PanAnnotation("susp.txt", thisOffset, thisLength, "src.txt", sourceOffset, sourceLength);
  }

  @Test
  void perfectDetectionScoresOne() {
    List<PanAnnotation> cases = List.of(a(100, 200, 50, 210), a(1000, 50, 400, 50));
    PanScore score = PanMeasures.score(cases, cases);
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.granularity()).isEqualTo(1.0);
    assertThat(score.plagdet()).isEqualTo(1.0);
    assertThat(score.detectedCases()).isEqualTo(2);
  }

  @Test
  void aCaseDetectedAsTwoHalvesHasGranularityTwo() {
    List<PanAnnotation> cases = List.of(a(100, 200, 50, 200));
    List<PanAnnotation> halves = List.of(a(100, 100, 50, 100), a(200, 100, 150, 100));
    PanScore score = PanMeasures.score(cases, halves);
    assertThat(score.granularity()).isEqualTo(2.0);
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.plagdet()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
  }

  @Test
  void aDetectionTwiceTheCaseLengthHasPrecisionOneHalf() {
    List<PanAnnotation> cases = List.of(a(100, 200, 50, 200));
    List<PanAnnotation> detections = List.of(a(0, 400, 0, 400));
    PanScore score = PanMeasures.score(cases, detections);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.plagdet()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  @Test
  void halfACaseFoundHasRecallOneHalf() {
    PanScore score = PanMeasures.score(List.of(a(0, 100, 0, 100)), List.of(a(0, 50, 0, 50)));
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.precision()).isEqualTo(1.0);
  }

  @Test
  void aDetectionMustOverlapTheCaseInTheSourceToo() {
    PanScore score = PanMeasures.score(List.of(a(0, 100, 0, 100)), List.of(a(0, 100, 500, 100)));
    assertThat(score.recall()).isZero();
    assertThat(score.precision()).isZero();
    assertThat(score.plagdet()).isZero();
    assertThat(score.granularity()).isEqualTo(1.0);
  }

  @Test
  void charactersAreMicroAveragedOverAllDocuments() {
    // Two cases of 100 + 100 chars and 300 + 300 chars; only the long one found.
    List<PanAnnotation> cases =
        List.of(
            new PanAnnotation("s1", 0, 100, "r1", 0, 100),
            new PanAnnotation("s2", 0, 300, "r2", 0, 300));
    PanScore score = PanMeasures.score(cases, List.of(new PanAnnotation("s2", 0, 300, "r2", 0, 300)));
    assertThat(score.recall()).isEqualTo(600.0 / 800.0); // micro, not the macro 0.5
    assertThat(score.precision()).isEqualTo(1.0);
  }

  @Test
  void overlappingDetectionsCountTheirCharactersOnce() {
    List<PanAnnotation> cases = List.of(a(0, 100, 0, 100));
    PanScore score = PanMeasures.score(cases, List.of(a(0, 100, 0, 100), a(50, 50, 50, 50)));
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.granularity()).isEqualTo(2.0);
  }

  @Test
  void emptySetsFollowPan() {
    assertThat(PanMeasures.score(List.of(), List.of()).plagdet()).isEqualTo(1.0);
    assertThat(PanMeasures.score(List.of(a(0, 10, 0, 10)), List.of()).plagdet()).isZero();
    assertThat(PanMeasures.score(List.of(), List.of(a(0, 10, 0, 10))).precision()).isZero();
  }
}
