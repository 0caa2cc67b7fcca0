package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.fingerprint.FingerprintSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FingerprintIndex} must do, through the port only. An implementation's test
 * extends this with {@link #open}. The SolrCloud module checks the same behaviour end to end
 * (its own JVM cannot load this core): equal {@code check --format json} output to the embedded
 * index on whole corpora.
 */
abstract class FingerprintIndexContract {
  static final IndexSettings SETTINGS =
      new IndexSettings(new FingerprintSettings(5, 4), "norm-v1", IndexSettings.SCHEMA_VERSION);

  /** A fresh, empty index opened for writing with {@link #SETTINGS}. */
  abstract FingerprintIndex open();

  /** The same index opened again for reading. */
  abstract FingerprintIndex reopenForReading();

  static IndexedEssay essay(String id, String stems, long... fingerprints) {
    return new IndexedEssay(
        id, id + ".txt", "TEXT", "text of " + id, dev.overlap.ingest.Hashes.sha256("hash-" + id), 3, fps(fingerprints), IndexedEssay.counts(stems), "site",
        new long[0], null, "");
  }

  /** Fingerprints 1, 2, 3… spread over the high bits, which are what an index may keep. */
  static long[] fps(long... small) {
    long[] out = new long[small.length];
    for (int i = 0; i < small.length; i++) {
      out[i] = small[i] << 32;
    }
    return out;
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(c -> c.essay().id()).toList();
  }

  @Test
  void ranksByDistinctSharedFingerprintsThenByIdentity() {
    try (FingerprintIndex index = open()) {
      index.upsert(essay("d", "", 1, 2, 3, 4));
      index.upsert(essay("b", "", 3, 4, 5));
      index.upsert(essay("a", "", 4, 5, 6));
      index.upsert(essay("c", "", 9));
      index.commit();

      List<Candidate> found = index.candidates(fps(2, 3, 4, 5), Set.of(), 100, 10);

      assertThat(ids(found)).containsExactly("b", "d", "a");
      assertThat(found).extracting(Candidate::sharedFingerprints).containsExactly(3, 3, 2);
      assertThat(found.get(1).essay().content()).isEqualTo("text of d");
      assertThat(found.get(1).essay().path()).isEqualTo("d.txt");
    }
  }

  @Test
  void breaksTiesAtTheCutByIdentityNotByInsertionOrder() {
    try (FingerprintIndex index = open()) {
      for (String id : List.of("z", "m", "b", "x", "a")) {
        index.upsert(essay(id, "", 7));
      }
      index.commit();

      assertThat(ids(index.candidates(fps(7), Set.of(), 100, 2))).containsExactly("a", "b");
      assertThat(ids(index.candidates(fps(7), Set.of("a"), 100, 2)))
          .containsExactly("b", "m");
    }
  }

  @Test
  void ignoresFingerprintsInMoreDocumentsThanTheCut() {
    try (FingerprintIndex index = open()) {
      index.upsert(essay("a", "", 1, 7));
      index.upsert(essay("b", "", 1, 8));
      index.upsert(essay("c", "", 1));
      index.commit();

      List<Candidate> found = index.candidates(fps(1, 7, 8), Set.of("a"), 2, 10);
      assertThat(ids(found)).containsExactly("b");
      assertThat(found.get(0).sharedFingerprints()).isEqualTo(1);
      assertThat(ids(index.candidates(fps(1), Set.of(), 3, 10)))
          .containsExactly("a", "b", "c");
    }
  }

  @Test
  void findsParaphraseCandidatesByContentWordsWithTiesByIdentity() {
    try (FingerprintIndex index = open()) {
      index.upsert(essay("e", "river delta silt flood"));
      index.upsert(essay("b", "chess open endgam"));
      index.upsert(essay("c", "river delta silt"));
      index.upsert(essay("a", "river delta silt"));
      index.commit();

      List<Candidate> found =
          index.similarByWords(Map.of("delta", 2, "silt", 1, "flood", 1), Set.of("c"), 64, 5);

      assertThat(ids(found)).containsExactly("e", "a");
      assertThat(found).extracting(Candidate::sharedFingerprints).containsOnly(0);
      assertThat(index.similarByWords(Map.of("unknown", 1), Set.of(), 64, 5)).isEmpty();
    }
  }

  @Test
  void upsertReplacesDeleteRemovesAndOnlyCommitsAreSeen() {
    try (FingerprintIndex index = open()) {
      index.upsert(essay("a", "", 1));
      index.upsert(essay("b", "", 1));
      index.commit();
      index.upsert(
          new IndexedEssay("a", "a.txt", "TEXT", "new", dev.overlap.ingest.Hashes.sha256("hash-new"), 1, fps(2), java.util.Map.of(), "site",
              new long[0], null, ""));
      index.delete("b");
      index.commit();

      assertThat(index.size()).isEqualTo(1);
      assertThat(index.contentHashes()).containsExactly(Map.entry("a", dev.overlap.ingest.Hashes.sha256("hash-new")));
      assertThat(ids(index.candidates(fps(2), Set.of(), 100, 10))).containsExactly("a");
      assertThat(index.candidates(fps(1), Set.of(), 100, 10)).isEmpty();
    }
    try (FingerprintIndex index = reopenForReading()) {
      assertThat(index.settings()).isEqualTo(SETTINGS);
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void countsTemplateBlocksPerSite() {
    try (FingerprintIndex index = open()) {
      for (int i = 0; i < 4; i++) {
        long[] blocks = i < 2 ? new long[] {7, 8, 100 + i} : new long[] {7, 100 + i};
        index.upsert(new IndexedEssay("a" + i, "a" + i, "TEXT", "x", dev.overlap.ingest.Hashes.sha256("ha" + i), 1, new long[0], java.util.Map.of(), "a", blocks, null, ""));
      }
      for (int i = 0; i < 6; i++) {
        long[] blocks = i < 3 ? new long[] {9} : new long[] {200 + i};
        index.upsert(new IndexedEssay("b" + i, "b" + i, "TEXT", "x", dev.overlap.ingest.Hashes.sha256("hb" + i), 1, new long[0], java.util.Map.of(), "b", blocks, null, ""));
      }
      index.commit();

      TemplateLibrary library = index.templates(3, 0.5);
      assertThat(library.isTemplate("a", 7)).isTrue();
      assertThat(library.isTemplate("a", 8)).isFalse();
      assertThat(library.isTemplate("b", 9)).isTrue();
      assertThat(index.templates(3, 0.6).isTemplate("b", 9)).isFalse();
      assertThat(index.withBlock("b", 9)).isNotNull();
      assertThat(index.withBlock("b", 9).site()).isEqualTo("b");
      assertThat(index.withBlock("b", 7)).isNull();
    }
  }
}
