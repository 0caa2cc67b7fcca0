package dev.overlap.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The marketing lexicon compiled for matching. Phrases are matched as word sequences (punctuation
 * between words ignored, so "money-back" also finds "money back") through a map from first word
 * to phrases, which the caller looks each word of the block up in (with what else it needs of the
 * word, in one look-up: {@code BlockClassifier}); phrases without letters or
 * digits ("©") are looked for as substrings; a group's patterns are regular expressions over the
 * lower-cased block. Immutable and thread-safe.
 */
final class Lexicon {
  /**
   * What a block matched: its cue score, the part of it from groups of weight 2 or more (what
   * promotional prose is judged by), the words the matches cover and what they were.
   */
  record Match(double score, double strongScore, int coveredWords, List<String> hits) {
    static final Match NONE = new Match(0, 0, 0, List.of());

    String describe() {
      return String.join(", ", hits);
    }
  }

  /** A cue group; equal by position in the rules (it keys the map of a block's hits). */
  private record Group(int index, String name, double weight, List<Rule> patterns) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Group group && group.index == index;
    }

    @Override
    public int hashCode() {
      return index;
    }
  }

  /** A pattern and what a block must contain for it to be worth running. */
  private record Rule(Pattern pattern, RequiredText required) {}

  /** A phrase of the lexicon, as words; what {@link #phrasesByFirstWord} maps a word to. */
  record Phrase(Group group, String[] words, String text) {}

  private final List<Group> groups;
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final List<Phrase> symbols = new ArrayList<>();
  /** The characters of each of {@link #symbols}. */
  private final List<Words.CharSet> symbolChars = new ArrayList<>();

  Lexicon(CleanRules rules) {
    List<Group> compiled = new ArrayList<>();
    for (CleanRules.CueGroup cue : rules.cues()) {
      if (cue.weightOrZero() <= 0) {
        continue;
      }
      List<Rule> patterns = new ArrayList<>();
      for (String pattern : cue.patterns()) {
        patterns.add(new Rule(Pattern.compile(pattern), RequiredText.of(pattern)));
      }
      Group group = new Group(compiled.size(), cue.name(), cue.weightOrZero(), List.copyOf(patterns));
      compiled.add(group);
      for (String raw : cue.phrases()) {
        String text = Text.lower(raw.strip());
        List<String> words = BlockClassifier.words(text);
        if (words.isEmpty()) {
          symbols.add(new Phrase(group, new String[0], text));
          symbolChars.add(Words.CharSet.of(text));
        } else {
          byFirstWord
              .computeIfAbsent(words.get(0), w -> new ArrayList<>())
              .add(new Phrase(group, words.toArray(String[]::new), text));
        }
      }
    }
    this.groups = List.copyOf(compiled);
  }

  /** The phrases that start with each word (their first word's look-up, done by the caller). */
  Map<String, List<Phrase>> phrasesByFirstWord() {
    return java.util.Collections.unmodifiableMap(byFirstWord);
  }

  /**
   * Matches a block given as its lower-cased words ({@link Words#text()} is the lower-cased block),
   * with the phrases that start with each word ({@link #phrasesByFirstWord}; null for none, and
   * null for all when no word starts one).
   */
  Match match(Words words, @Nullable Phrase[] @Nullable [] phrasesAt) {
    String lower = words.text();
    Map<Group, Set<String>> found = null;
    int covered = 0;
    for (int i = 0; phrasesAt != null && i < words.size(); i++) {
      Phrase[] candidates = phrasesAt[i];
      if (candidates == null) {
        continue;
      }
      for (Phrase phrase : candidates) {
        if (matchesAt(words, i, phrase.words())) {
          found = add(found, phrase.group(), phrase.text());
          covered += phrase.words().length;
        }
      }
    }
    for (int k = 0; k < symbols.size(); k++) {
      Phrase symbol = symbols.get(k);
      if (words.mayContain(symbolChars.get(k)) && lower.contains(symbol.text())) {
        found = add(found, symbol.group(), symbol.text());
        covered++;
      }
    }
    // Patterns see white space as one space, so that a block reads the same wrapped over lines
    // as unwrapped on one (cleaning the cleaned text again must change nothing).
    String spaced = oneSpaced(lower);
    for (Group group : groups) {
      for (Rule rule : group.patterns()) {
        if (!rule.required().admits(spaced, words.chars())) {
          continue;
        }
        Matcher matcher = rule.pattern().matcher(spaced);
        while (matcher.find()) {
          String hit = matcher.group().strip();
          if (hit.isEmpty()) {
            break;
          }
          found = add(found, group, hit);
          covered += Math.max(1, Text.countWords(hit));
        }
      }
    }
    if (found == null) {
      return Match.NONE;
    }
    double score = 0;
    double strong = 0;
    List<String> hits = new ArrayList<>();
    List<Group> order = new ArrayList<>(found.keySet());
    order.sort((a, b) -> Integer.compare(a.index(), b.index()));
    for (Group group : order) {
      Set<String> distinct = found.get(group);
      score += group.weight() * distinct.size();
      if (group.weight() >= 2) {
        strong += group.weight() * distinct.size();
      }
      hits.add(group.name() + " \"" + String.join("\", \"", distinct) + "\"");
    }
    return new Match(score, strong, covered, List.copyOf(hits));
  }

  /**
   * The text stripped, with each run of white space ({@code \s}: space, tab, line breaks,
   * vertical tab, form feed) made one space.
   */
  static String oneSpaced(String text) {
    String stripped = text.strip();
    int n = stripped.length();
    StringBuilder out = null;
    int copied = 0; // stripped[copied, i) is still to be copied
    for (int i = 0; i < n; i++) {
      char c = stripped.charAt(i);
      if (c > ' ' || !Words.CharSet.isWhite(c)) {
        continue;
      }
      int end = i + 1;
      while (end < n && Words.CharSet.isWhite(stripped.charAt(end))) {
        end++;
      }
      if (c == ' ' && end == i + 1) {
        continue; // a single space stays as it is
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(stripped, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? stripped : out.append(stripped, copied, n).toString();
  }

  private static boolean matchesAt(Words words, int i, String[] phrase) {
    if (i + phrase.length > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!words.is(i + k, phrase[k])) {
        return false;
      }
    }
    return true;
  }

  private static Map<Group, Set<String>> add(Map<Group, Set<String>> found, Group group, String hit) {
    Map<Group, Set<String>> map = found == null ? new LinkedHashMap<>() : found;
    map.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(hit);
    return map;
  }
}
