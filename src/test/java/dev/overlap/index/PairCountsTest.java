package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairCountsTest {
  @Test
  void countsLikeAHashMapThroughGrowth() {
    PairCounts counts = new PairCounts(4);
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      int a = random.nextInt(3000);
      int b = random.nextInt(3000);
      if (a == b) {
        continue;
      }
      long key = PairCounts.key(a, b);
      counts.increment(key);
      expected.merge(key, 1, Integer::sum);
    }
    assertThat(counts.size()).isEqualTo(expected.size());
    expected.forEach((key, n) -> assertThat(counts.get(key)).isEqualTo(n));
    Map<Long, Integer> visited = new HashMap<>();
    counts.forEach((key, n) -> visited.put(key, n));
    assertThat(visited).isEqualTo(expected);
    assertThat(counts.get(PairCounts.key(5000, 5001))).isZero();
  }

  @Test
  void aKeyNamesItsPairInEitherOrder() {
    long key = PairCounts.key(9, 2);
    assertThat(key).isEqualTo(PairCounts.key(2, 9));
    assertThat(PairCounts.low(key)).isEqualTo(2);
    assertThat(PairCounts.high(key)).isEqualTo(9);
    assertThat(PairCounts.key(0, Integer.MAX_VALUE)).isPositive();
  }
}
