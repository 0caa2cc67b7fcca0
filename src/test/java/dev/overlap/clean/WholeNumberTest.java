package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Percentages in reasons print as %.0f would print them. */
class WholeNumberTest {
  @Test
  void halvesRoundUp() {
    assertThat(BlockClassifier.whole(12.5)).isEqualTo("13");
    assertThat(BlockClassifier.whole(0.49999999999999994)).isEqualTo("0");
  }

  @Property(tries = 5000)
  void asTheFormatterPrints(@ForAll @DoubleRange(min = 0, max = 1) double share) {
    double percent = share * 100;
    assertThat(BlockClassifier.whole(percent)).isEqualTo(String.format(Locale.ROOT, "%.0f", percent));
  }

  @Property(tries = 2000)
  void forEveryWholeHundredth(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10000) int hundredths) {
    double percent = hundredths / 100.0;
    assertThat(BlockClassifier.whole(percent)).isEqualTo(String.format(Locale.ROOT, "%.0f", percent));
  }
}
