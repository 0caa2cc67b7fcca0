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

class TokenCacheTest {
  private static String stem(String word) {
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static int find(TokenCache cache, String token) {
    return cache.find(token.toCharArray(), token.length());
  }

  private static void put(TokenCache cache, String token, String word, String stem) {
    cache.put(
        token.toCharArray(),
        token.length(),
        word,
        stem,
        TermHash.of(word),
        stem.isEmpty() ? 0 : StemHash.of(stem));
  }

  @Test
  void givesBackWhatWasPutAndNothingElse() {
    TokenCache cache = new TokenCache();
    assertThat(find(cache, "running")).isNegative();

    put(cache, "running", "running", "run");
    put(cache, "running", "other", "other");

    int entry = find(cache, "running");
    assertThat(cache.word(entry)).isEqualTo("running");
    assertThat(cache.stem(entry)).isEqualTo("run");
    assertThat(cache.termHash(entry)).isEqualTo(TermHash.of("running"));
    assertThat(cache.stemHash(entry)).isEqualTo(StemHash.of("run"));
    assertThat(find(cache, "runner")).isNegative();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void onlyTheBufferUpToTheTokensLengthCounts() {
    TokenCache cache = new TokenCache();
    put(cache, "run", "run", "run");

    assertThat(cache.find("running".toCharArray(), 3)).isEqualTo(find(cache, "run"));
    assertThat(cache.find("running".toCharArray(), 4)).isNegative();
  }

  @Test
  void asciiCapitalsShareTheEntryOfSmallLettersButNoOtherCharacterDoes() {
    TokenCache cache = new TokenCache();
    put(cache, "The", "the", "");
    put(cache, "école", "ecole", "ecol");

    assertThat(find(cache, "the")).isEqualTo(find(cache, "The")).isEqualTo(find(cache, "THE"));
    assertThat(find(cache, "ÉCOLE")).isNegative(); // É is not an ASCII capital
    assertThat(find(cache, "École")).isNegative();
    assertThat(find(cache, "ÉCOLE".toLowerCase(Locale.ROOT))).isEqualTo(find(cache, "école"));
    assertThat(find(cache, "\u212Ae")).isNegative(); // the Kelvin sign lower-cases to k, but is not K
  }

  @Test
  void tokensLongerThanWordsAreNeverCached() {
    TokenCache cache = new TokenCache();
    String longest = "x".repeat(TokenCache.MAX_LENGTH);
    String tooLong = "y".repeat(TokenCache.MAX_LENGTH + 1);
    put(cache, longest, longest, longest);
    put(cache, tooLong, tooLong, tooLong);

    assertThat(find(cache, longest)).isNotNegative();
    assertThat(find(cache, tooLong)).isNegative();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void stopsGrowingWhenFull() {
    TokenCache cache = new TokenCache();
    for (int i = 0; i < TokenCache.MAX_TOKENS + 10; i++) {
      put(cache, "w" + i, "w" + i, "s" + i);
    }

    assertThat(cache.size()).isEqualTo(TokenCache.MAX_TOKENS);
    assertThat(cache.stem(find(cache, "w0"))).isEqualTo("s0");
    assertThat(cache.termHash(find(cache, "w70000"))).isEqualTo(TermHash.of("w70000"));
    assertThat(cache.stemHash(find(cache, "w70000"))).isEqualTo(StemHash.of("s70000"));
    int last = TokenCache.MAX_TOKENS - 1;
    assertThat(cache.stem(find(cache, "w" + last))).isEqualTo("s" + last);
    assertThat(find(cache, "w" + TokenCache.MAX_TOKENS)).isNegative();
  }

  @Test
  void threadsLookingUpWhileOthersInsertSeeOnlyTrueEntries() throws Exception {
    TokenCache cache = new TokenCache();
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
                    int entry = find(cache, word);
                    if (entry < 0) {
                      put(cache, word, word, stem(word));
                    } else {
                      assertThat(cache.word(entry)).isEqualTo(word);
                      assertThat(cache.stem(entry)).isEqualTo(stem(word));
                      assertThat(cache.termHash(entry)).isEqualTo(TermHash.of(word));
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
      assertThat(cache.stem(find(cache, word))).isEqualTo(stem(word));
    }
  }

  @Test
  void hashIsNeverZeroAndTellsCloseTokensApart() {
    assertThat(TokenCache.hash(new char[0], 0)).isNotZero();
    assertThat(TokenCache.hash("ab".toCharArray(), 2)).isNotEqualTo(TokenCache.hash("ba".toCharArray(), 2));
    assertThat(TokenCache.hash("a".toCharArray(), 1)).isNotEqualTo(TokenCache.hash("a\u0000".toCharArray(), 2));
  }
}
