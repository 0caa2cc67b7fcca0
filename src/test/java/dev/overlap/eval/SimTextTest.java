package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimTextTest {
  @Test
  void readsPercentageLines() {
    String output =
        """
        Total input: 3 files (1 new, 2 old), 900 words

        g0pA_taskb.txt consists for 100 % of orig_taskb.txt material
        g0pA_taskb.txt consists for 41 % of g1pD_taskb.txt material
        """;
    assertThat(SimText.parse(output))
        .isEqualTo(
            Map.of(
                "g0pA_taskb.txt\torig_taskb.txt", 1.0,
                "g0pA_taskb.txt\tg1pD_taskb.txt", 0.41));
  }
}
