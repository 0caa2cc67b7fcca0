package dev.overlap.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stop-word lists of a dozen languages ({@code stopwords.txt}). A page's language is the one whose
 * list covers most of its words; pages no list covers well (CJK, unknown languages) get none, and
 * the classifier then judges blocks by length and punctuation alone.
 */
final class StopWords {
  private static final Map<String, Set<String>> LISTS = load();
  private static final String[] CODES = LISTS.keySet().toArray(String[]::new);

  /** Each stop word's languages, as positions in {@link #CODES}. */
  private static final Map<String, int[]> BY_WORD = index(LISTS);

  private StopWords() {}

  /**
   * A language's stop list; {@code thorough} lists are long enough for jusText's thresholds;
   * {@code index} is its position in the counts {@link #count} gives.
   */
  record Language(String code, Set<String> words, boolean thorough, int index) {}

  /** The number of languages, the length of {@link #count}'s array. */
  static int languages() {
    return CODES.length;
  }

  /** Each stop word's languages, by language index (what {@link #count} adds up). */
  static Map<String, int[]> languagesByWord() {
    return java.util.Collections.unmodifiableMap(BY_WORD);
  }

  /** How many of {@code words} each language's list holds, by language index. */
  static int[] count(List<String> words) {
    int[] counts = new int[CODES.length];
    for (String word : words) {
      int[] languages = BY_WORD.get(word);
      if (languages != null) {
        for (int language : languages) {
          counts[language]++;
        }
      }
    }
    return counts;
  }

  /** The language whose stop list covers most of the words, or null. */
  static @Nullable Language detect(List<String> words, double minShare) {
    return detect(count(words), words.size(), minShare);
  }

  /**
   * The same from {@code counts} (as {@link #count} gives them, or their sum over parts of a
   * text) of {@code words} words.
   */
  static @Nullable Language detect(int[] counts, int words, double minShare) {
    if (words == 0) {
      return null;
    }
    int best = -1;
    int bestCount = 0;
    for (int language = 0; language < CODES.length; language++) {
      if (counts[language] > bestCount) {
        best = language;
        bestCount = counts[language];
      }
    }
    if (best < 0 || bestCount < minShare * words) {
      return null;
    }
    String code = CODES[best];
    return new Language(code, LISTS.get(code), code.equals("en"), best);
  }

  private static Map<String, int[]> index(Map<String, Set<String>> lists) {
    Map<String, int[]> byWord = new HashMap<>();
    int language = 0;
    for (Set<String> list : lists.values()) {
      for (String word : list) {
        int[] before = byWord.getOrDefault(word, new int[0]);
        int[] after = java.util.Arrays.copyOf(before, before.length + 1);
        after[before.length] = language;
        byWord.put(word, after);
      }
      language++;
    }
    return byWord;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int colon = line.indexOf(':');
        if (line.startsWith("#") || colon < 0) {
          continue;
        }
        lists.put(
            line.substring(0, colon).strip(),
            Set.of(
                java.util.Arrays.stream(line.substring(colon + 1).strip().split("\\s+"))
                    .distinct()
                    .toArray(String[]::new)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lists;
  }
}
