package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A block's words as offsets, its characters, and the word map looked up by offsets. */
class WordsTest {
  private static final List<String> PIECES =
      List.of(
          "our", "order", "now", " ", "  ", "\t", "\n", "\r\n", "-", "'", "essay", "é", "naïve",
          "straße", "日本語", "\uD835\uDC00", "e\u0301", "_", "4.8", "$", "€", "★", "|", "x", "ΣΑΣ",
          "", "the", "writers", "/", "100%");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  /** The words as runs of word characters, read code point by code point: the definition. */
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Text.isWordChar(cp)) {
                word.appendCodePoint(cp);
              } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
              }
            });
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }

  @Property(tries = 2000)
  void theWordsAreTheRunsOfWordCharacters(@ForAll("texts") String text) {
    Words words = Words.of(text);
    assertThat(words.list()).isEqualTo(reference(text));
    for (int i = 0; i < words.size(); i++) {
      assertThat(text.substring(words.start(i), words.end(i))).isEqualTo(words.get(i));
      assertThat(words.is(i, words.get(i))).isTrue();
      assertThat(words.is(i, words.get(i) + "s")).isFalse();
    }
    assertThat(words.list(Math.min(2, words.size()))).isEqualTo(words.list().subList(0, Math.min(2, words.size())));
  }

  @Property(tries = 2000)
  void aTextMayContainEveryPartOfIt(@ForAll("texts") String text) {
    Words words = Words.of(text);
    String spaced = Lexicon.oneSpaced(text);
    for (int from = 0; from < spaced.length(); from++) {
      for (int to = from; to <= Math.min(spaced.length(), from + 6); to++) {
        assertThat(words.mayContain(Words.CharSet.of(spaced.substring(from, to))))
            .as("\"%s\" in \"%s\"", spaced.substring(from, to), text)
            .isTrue();
      }
    }
  }

  @Test
  void aTextLackingAnAsciiCharacterCannotContainIt() {
    Words words = Words.of("order your essay today");
    assertThat(words.mayContain(Words.CharSet.of("$"))).isFalse();
    assertThat(words.mayContain(Words.CharSet.of("%"))).isFalse();
    assertThat(words.mayContain(Words.CharSet.of("our "))).isTrue();
    assertThat(Words.of("a\tb").mayContain(Words.CharSet.of("a b"))).isTrue(); // white space as one space
  }

  @Property(tries = 1000)
  void theWordMapGivesWhatAHashMapGives(@ForAll("texts") String text) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < PIECES.size(); i++) {
      map.put(PIECES.get(i), i);
    }
    WordMap<Integer> words = new WordMap<>(map);
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        assertThat(words.get(text, from, to)).isEqualTo(map.get(text.substring(from, to)));
      }
    }
  }
}
