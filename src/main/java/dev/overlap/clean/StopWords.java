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
  private static final Map<String, List<String>> BY_WORD = index(LISTS);

  private StopWords() {}

  /** A language's stop list; {@code thorough} lists are long enough for jusText's thresholds. */
  record Language(String code, Set<String> words, boolean thorough) {}

  /** The language whose stop list covers most of the words, or null. */
  static @Nullable Language detect(List<String> words, double minShare) {
    if (words.isEmpty()) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      List<String> languages = BY_WORD.get(word);
      if (languages != null) {
        for (String language : languages) {
          counts.merge(language, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    for (String language : LISTS.keySet()) {
      int count = counts.getOrDefault(language, 0);
      if (count > bestCount) {
        best = language;
        bestCount = count;
      }
    }
    if (best == null || bestCount < minShare * words.size()) {
      return null;
    }
    return new Language(best, LISTS.get(best), best.equals("en"));
  }

  private static Map<String, List<String>> index(Map<String, Set<String>> lists) {
    Map<String, List<String>> byWord = new HashMap<>();
    for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
      for (String word : list.getValue()) {
        byWord.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(list.getKey());
      }
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
