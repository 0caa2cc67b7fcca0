package dev.overlap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {
  @Test
  void seesAnAllocationHeldForAWhileAndNeverExceedsTheHeapsLimit() throws Exception {
    double limit = Runtime.getRuntime().maxMemory() / 1048576.0;
    double before;
    double held;
    try (HeapPeak peak = new HeapPeak()) {
      before = peak.megabytes();
      byte[] block = new byte[64 << 20];
      block[block.length - 1] = 1;
      Thread.sleep(100); // twenty sampling periods with the 64 MiB live
      held = peak.megabytes();
      assertThat(block[block.length - 1]).isEqualTo((byte) 1); // keeps it reachable until here
    }
    assertThat(held).isGreaterThanOrEqualTo(64).isGreaterThanOrEqualTo(before);
    assertThat(held).isLessThanOrEqualTo(limit);
  }

  @Test
  void neverGoesDown() throws Exception {
    try (HeapPeak peak = new HeapPeak()) {
      byte[] block = new byte[32 << 20];
      Thread.sleep(50);
      double high = peak.megabytes();
      block = null;
      System.gc();
      Thread.sleep(50);
      assertThat(peak.megabytes()).isGreaterThanOrEqualTo(high);
      assertThat(block).isNull();
    }
  }
}
