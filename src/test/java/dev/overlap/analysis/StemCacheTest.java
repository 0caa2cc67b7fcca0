package dev.overlap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.EnglishStemmer;

class StemCacheTest {
  private static String stem(String word) {
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  @Test
  void givesBackWhatWasPutAndNothingElse() {
    StemCache cache = new StemCache();
    assertThat(cache.get("running")).isNull();

    cache.put("running", "run");
    cache.put("running", "other");

    assertThat(cache.get("running")).isEqualTo("run");
    assertThat(cache.get("runner")).isNull();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void stopsGrowingWhenFull() {
    StemCache cache = new StemCache();
    for (int i = 0; i < StemCache.MAX_STEMS + 10; i++) {
      cache.put("w" + i, "s" + i);
    }

    assertThat(cache.size()).isEqualTo(StemCache.MAX_STEMS);
    assertThat(cache.get("w0")).isEqualTo("s0");
    assertThat(cache.get("w" + (StemCache.MAX_STEMS - 1))).isEqualTo("s" + (StemCache.MAX_STEMS - 1));
    assertThat(cache.get("w" + StemCache.MAX_STEMS)).isNull();
  }

  @Test
  void threadsLookingUpWhileOthersInsertSeeOnlyTrueStems() throws Exception {
    StemCache cache = new StemCache();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      words.add(String.format(Locale.ROOT, "%sing%d", i % 2 == 0 ? "connect" : "generat", i));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 5_000;
        tasks.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int k = 0; k < words.size(); k++) {
                    String word = words.get((k + offset) % words.size());
                    String cached = cache.get(word);
                    if (cached == null) {
                      cache.put(word, stem(word));
                    } else {
                      assertThat(cached).isEqualTo(stem(word));
                      checked++;
                    }
                  }
                  return checked;
                }));
      }
      int checked = 0;
      for (Future<Integer> task : tasks) {
        checked += task.get();
      }
      assertThat(checked).isPositive();
    }
    assertThat(cache.size()).isEqualTo(words.size());
    for (String word : words) {
      assertThat(cache.get(word)).isEqualTo(stem(word));
    }
  }

  @Test
  void hashIsNeverZeroAndTellsCloseWordsApart() {
    assertThat(StemCache.hash("")).isNotZero();
    assertThat(StemCache.hash("ab")).isNotEqualTo(StemCache.hash("ba"));
    assertThat(StemCache.hash("a")).isNotEqualTo(StemCache.hash("a\u0000"));
  }
}
