package dev.overlap.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FingerprinterTest {
  private final Fingerprinter fingerprinter = new Fingerprinter(new FingerprintSettings(5, 4));

  @Test
  void hashesAreStableAcrossRuns() {
    long[] hashes = fingerprinter.shingleHashes(words("a b c d e"));

    assertThat(hashes).hasSize(1);
    assertThat(hashes).containsExactly(fingerprinter.shingleHashes(words("a b c d e"))[0]);
    assertThat(fingerprinter.shingleHashes(words("a b c d f"))[0]).isNotEqualTo(hashes[0]);
    assertThat(fingerprinter.shingleHashes(words("b a c d e"))[0]).isNotEqualTo(hashes[0]);
  }

  @Test
  void anAnalysedTextsFingerprintsAreThoseOfItsWords() {
    dev.overlap.analysis.AnalyzedText text =
        dev.overlap.analysis.TextAnalysis.defaults()
            .analyze("The Café’s  Résumé: rivers SHAPE the land, and the land shapes rivers; 𝒜 glyph too.");

    assertThat(fingerprinter.fingerprints(text))
        .isNotEmpty()
        .isEqualTo(fingerprinter.winnow(fingerprinter.shingleHashes(text.terms())));
  }

  @Test
  void fewerWordsThanAShingleGiveNoFingerprint() {
    assertThat(fingerprinter.winnow(fingerprinter.shingleHashes(words("a b c d")))).isEmpty();
  }

  @Test
  void winnowingPicksTheRightmostMinimumOfEachWindowOnce() {
    Fingerprinter w3 = new Fingerprinter(new FingerprintSettings(1, 3));
    long[] hashes = {5, 3, 7, 3, 9, 8, 1};

    List<Fingerprint> selected = w3.winnow(hashes);

    // windows: (5,3,7)→3@1 (3,7,3)→3@3 (7,3,9)→3@3 (3,9,8)→3@3 (9,8,1)→1@6
    assertThat(selected).containsExactly(new Fingerprint(3, 1), new Fingerprint(3, 3), new Fingerprint(1, 6));
  }

  @Test
  void densityIsAboutTwoOverWindowPlusOne() {
    String[] text = new String[20_000];
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < text.length; i++) {
      text[i] = "w" + random.nextInt(5_000);
    }
    int selected = fingerprinter.winnow(fingerprinter.shingleHashes(text)).size();

    assertThat((double) selected / text.length).isBetween(0.35, 0.45);
  }

  @Test
  void settingsRejectOutOfRangeValues() {
    assertThatThrownBy(() -> new FingerprintSettings(0, 4)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> new FingerprintSettings(5, 99)).hasMessageContaining("got 99");
  }

  /** The winnowing guarantee: a shared run of at least k+w−1 words shares a fingerprint. */
  @Property(tries = 300)
  void anySharedRunOfGuaranteedLengthSharesAFingerprint(
      @ForAll("texts") List<String> left,
      @ForAll("texts") List<String> right,
      @ForAll("texts") List<String> shared,
      @ForAll @IntRange(min = 1, max = 6) int k,
      @ForAll @IntRange(min = 1, max = 8) int w) {
    Fingerprinter fp = new Fingerprinter(new FingerprintSettings(k, w));
    int run = k + w - 1;
    List<String> common = new java.util.ArrayList<>(shared);
    while (common.size() < run) {
      common.add("pad" + common.size());
    }
    List<String> a = concat(left, common, right);
    List<String> b = concat(right, List.of("x"), common, left);

    Set<Long> fromA = hashes(fp, a);
    Set<Long> fromB = hashes(fp, b);
    fromA.retainAll(fromB);

    assertThat(fromA).isNotEmpty();
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(2).list().ofMaxSize(40);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> out = new java.util.ArrayList<>();
    for (List<String> part : parts) {
      out.addAll(part);
    }
    return out;
  }

  private static Set<Long> hashes(Fingerprinter fp, List<String> words) {
    Set<Long> out = new HashSet<>();
    for (Fingerprint f : fp.winnow(fp.shingleHashes(words.toArray(String[]::new)))) {
      out.add(f.hash());
    }
    return out;
  }

  private static String[] words(String text) {
    return text.split(" ");
  }
}
