package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What a pattern needs before it can match: derived soundly, and selective where it matters. */
class RequiredTextTest {
  @Test
  void literalRunsAroundAnOptionalGroupAreEachRequired() {
    assertThat(RequiredText.of("our (?:\\w+ ){0,2}guide").requirements())
        .containsExactly(Set.of("our "), Set.of("guide"));
  }

  @Test
  void classesAndGroupsOfLiteralsJoinTheirNeighbours() {
    assertThat(RequiredText.of("\\((?:image|photo)s?\\s?:").requirements())
        .containsExactly(Set.of("(image", "(photo"), Set.of(":"));
    assertThat(RequiredText.of("[$£€]\\s?\\d").requirements()).containsExactly(Set.of("$", "£", "€"));
    assertThat(RequiredText.of("^\\d(?:\\.\\d)? stars?$").requirements()).containsExactly(Set.of(" star"));
  }

  @Test
  void aRepeatedAtomIsRequiredOnceAndEndsTheRun() {
    assertThat(RequiredText.of("ab+c").requirements()).containsExactly(Set.of("ab"), Set.of("c"));
  }

  @Test
  void alternativesOfTheWholePatternGiveOneRequirement() {
    assertThat(RequiredText.of("cookie|consent").requirements()).containsExactly(Set.of("cookie", "consent"));
    assertThat(RequiredText.of("x\\d+yz|abc").requirements()).containsExactly(Set.of("yz", "abc"));
    assertThat(RequiredText.of("cookie|\\d+").requirements()).isEmpty();
  }

  @Test
  void whatItCannotReadRequiresNothing() {
    for (String regex :
        List.of("(?i)our guide", "\\Qour\\E", "[a-z]+", "[^x]", "[\\w&&[^\\d]]", "\\x41", ".*", "(?>ab)")) {
      assertThat(RequiredText.of(regex).admits("")).as(regex).isTrue();
    }
  }

  @Test
  void aBlockWithoutTheLiteralsIsNotAdmitted() {
    RequiredText guide = RequiredText.of("our (?:\\w+ ){0,2}guide");
    assertThat(guide.admits("read our short guide")).isTrue();
    assertThat(guide.admits("their guide to our town")).isTrue(); // admitted, though no match
    assertThat(guide.admits("a guide to the town")).isFalse();
  }

  /** Fragments that the built-in patterns and the test patterns are made of, and noise. */
  private static final List<String> PIECES =
      List.of(
          "our ", "guide", "get ", "now", "$", "£", "€", "5", "10", "4.8", "%", " off", "100", "per ",
          "word", "hour", "/", "★", " star", "s", "(", "image", "photo", "credit", ":", "|", "›", "»",
          ">", "·", "writers", "experts", " ", "  ", "\t", "\n", "a", "the essay", "-", "ab", "c", "x",
          "yz", "cookie", "consent");

  @Provide
  Arbitrary<String> blocks() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  private static List<String> patterns() {
    List<String> out = new ArrayList<>();
    for (CleanRules.CueGroup cue : CleanRules.defaults().cues()) {
      out.addAll(cue.patterns());
    }
    out.addAll(List.of("ab+c", "x\\d+yz|abc", "(?:our|the) (?:\\w+ )+guide", "a(?:b|c)?x", "(?:ab){2,}"));
    return out;
  }

  @Property(tries = 3000)
  void neverRefusesABlockThePatternMatches(@ForAll("blocks") String block) {
    String spaced = Lexicon.oneSpaced(block);
    for (String regex : patterns()) {
      if (Pattern.compile(regex).matcher(spaced).find()) {
        assertThat(RequiredText.of(regex).admits(spaced)).as("%s on \"%s\"", regex, spaced).isTrue();
      }
    }
  }

  /**
   * As a block is measured: its characters are those of the lower-cased block ({@link Words}),
   * the patterns run over it one-spaced; a pattern that matches must still be admitted.
   */
  @Property(tries = 3000)
  void theBlocksCharactersNeverRefuseABlockThePatternMatches(@ForAll("blocks") String block) {
    Words words = Words.of(block);
    String spaced = Lexicon.oneSpaced(block);
    for (String regex : patterns()) {
      if (Pattern.compile(regex).matcher(spaced).find()) {
        assertThat(RequiredText.of(regex).admits(spaced, words.chars()))
            .as("%s on \"%s\"", regex, spaced)
            .isTrue();
      }
    }
  }

  @Test
  void aBlockLackingACharacterOfEveryAlternativeIsNotAdmitted() {
    RequiredText price = RequiredText.of("[$£€]\\s?\\d");
    assertThat(price.admits("from $10 a page", Words.of("from $10 a page").chars())).isTrue();
    assertThat(price.admits("from €10 a page", Words.of("from €10 a page").chars())).isTrue();
    assertThat(price.admits("ten pages", Words.of("ten pages").chars())).isFalse();
  }

  @Property(tries = 1000)
  void oneSpacedIsWhatTheRegularExpressionGives(@ForAll("blocks") String block) {
    assertThat(Lexicon.oneSpaced(block)).isEqualTo(block.strip().replaceAll("\\s+", " "));
  }
}
