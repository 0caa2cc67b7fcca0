package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.fingerprint.FingerprintSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateFinderTest {
  @TempDir Path dir;

  private static final IndexSettings SETTINGS =
      new IndexSettings(new FingerprintSettings(5, 4), "norm-v1", IndexSettings.SCHEMA_VERSION);

  /** Fingerprints spread over all 64 bits, as the fingerprinter makes them (the index keeps the top 32 bits). */
  private static IndexedEssay essay(String id, int words, long... fingerprints) {
    long[] spread = LongStream.of(fingerprints).map(v -> v * 0x9E3779B97F4A7C15L).toArray();
    return new IndexedEssay(
        id, id + ".txt", "TEXT", "text of " + id, dev.overlap.ingest.Hashes.sha256("hash-" + id), words, spread, java.util.Map.of(), "",
        new long[0], null, "");
  }

  private static long[] range(long from, long to) {
    return LongStream.range(from, to).toArray();
  }

  private static long[] concat(long[] a, long[] b) {
    return LongStream.concat(LongStream.of(a), LongStream.of(b)).toArray();
  }

  private static List<List<String>> ids(DuplicateGroups found) {
    return found.groups().stream()
        .map(g -> g.members().stream().map(DuplicateGroups.Member::id).toList())
        .toList();
  }

  @Test
  void copiesAndALightEditFormOneGroupAndUnrelatedEssaysNone() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("original", 120, range(1, 21)));
      index.upsert(essay("copy", 100, range(1, 21)));
      // 18 of its 20 fingerprints are the original's: containment 0.9
      index.upsert(essay("edited", 110, concat(range(1, 19), new long[] {100, 101})));
      index.upsert(essay("unrelated", 130, range(200, 220)));
      // shares 4 of its 20 with the original: 0.2
      index.upsert(essay("quotes", 90, concat(range(1, 5), range(300, 316))));
      index.commit();

      DuplicateGroups found = index.duplicates(0.5, 50);

      assertThat(ids(found)).containsExactly(List.of("original", "copy", "edited"));
      DuplicateGroups.Group group = found.groups().get(0);
      assertThat(group.size()).isEqualTo(3);
      assertThat(group.members())
          .extracting(DuplicateGroups.Member::containment)
          .containsExactly(1.0, 1.0, 0.9);
      // members after the first: by containment, then path
      assertThat(group.members()).extracting(DuplicateGroups.Member::sharedFingerprints).containsExactly(20, 20, 18);
      assertThat(group.members().get(0).words()).as("the longest essay leads").isEqualTo(120);
      assertThat(found.documents()).isEqualTo(5);
      // pairs sharing a fingerprint: original-copy, original-edited, copy-edited, and quotes with each
      assertThat(found.pairsCompared()).isEqualTo(6);

      assertThat(ids(index.duplicates(0.2, 50)))
          .as("at 0.2 the essay quoting 4 fingerprints joins")
          .containsExactly(List.of("original", "copy", "edited", "quotes"));
      assertThat(ids(index.duplicates(0.95, 50))).containsExactly(List.of("original", "copy"));
    }
  }

  @Test
  void fingerprintsSortedInRangesGiveTheGroupsOfOneSort() throws Exception {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("original", 120, range(1, 41)));
      index.upsert(essay("copy", 100, range(1, 41)));
      index.commit(); // two segments: a range spans both
      index.upsert(essay("edited", 110, concat(range(1, 31), range(100, 110))));
      index.upsert(essay("quotes", 90, concat(range(1, 9), range(300, 332))));
      index.upsert(essay("gone", 90, range(1, 41)));
      index.delete("gone");
      index.commit();
    }
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.DirectoryReader reader =
            org.apache.lucene.index.DirectoryReader.open(directory)) {
      DuplicateGroups whole = DuplicateFinder.find(reader, 0.2, 50);
      // 200 points in ranges of about 7: some 29 ranges
      DuplicateGroups ranged = DuplicateFinder.find(reader, 0.2, 50, 7);

      assertThat(ids(whole)).containsExactly(List.of("original", "copy", "edited", "quotes"));
      assertThat(ranged.groups()).isEqualTo(whole.groups());
      assertThat(ranged.pairsCompared()).isEqualTo(whole.pairsCompared());
      assertThat(ranged.commonFingerprints()).isEqualTo(whole.commonFingerprints());
    }
  }

  @Test
  void aSharedTemplateParagraphAloneDoesNotJoinEssays() {
    long[] template = range(1000, 1010);
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      for (int i = 0; i < 5; i++) {
        index.upsert(essay("page" + i, 100, concat(template, range(i * 100, i * 100 + 20))));
      }
      index.commit();

      DuplicateGroups cut = index.duplicates(0.3, 4);
      assertThat(cut.groups()).as("a fingerprint on 5 pages is over the cap of 4").isEmpty();
      assertThat(cut.commonFingerprints()).isEqualTo(10);
      assertThat(cut.pairsCompared()).isZero();

      assertThat(index.duplicates(0.5, 50).groups())
          .as("under the cap, 10 shared of 30 is containment 0.33, under 0.5")
          .isEmpty();
      assertThat(ids(index.duplicates(0.3, 50))).as("and over 0.3").hasSize(1);
    }
  }

  @Test
  void aTemplateOnlyPageHasNoFingerprintsLeftAndJoinsNothing() {
    long[] template = range(1000, 1010);
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      for (int i = 0; i < 3; i++) {
        index.upsert(essay("page" + i, 100, concat(template, range(i * 100, i * 100 + 20))));
      }
      index.upsert(essay("bare", 10, template));
      index.commit();
      assertThat(index.duplicates(0.1, 3).groups()).isEmpty();
    }
  }

  @Test
  void aGroupIsJoinedThroughItsMembersAndShowsContainmentInTheFirst() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 300, range(0, 20)));
      index.upsert(essay("b", 200, range(10, 30))); // a-b: 10/20
      index.upsert(essay("c", 100, range(20, 40))); // b-c: 10/20, a-c: 0
      index.commit();

      DuplicateGroups found = index.duplicates(0.5, 50);

      assertThat(ids(found)).containsExactly(List.of("a", "b", "c"));
      assertThat(found.groups().get(0).members())
          .extracting(DuplicateGroups.Member::containment)
          .containsExactly(1.0, 0.5, 0.0);
    }
  }

  @Test
  void deletedEssaysAreIgnored() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 100, range(0, 20)));
      index.upsert(essay("b", 100, range(0, 20)));
      index.upsert(essay("c", 100, range(0, 20)));
      index.upsert(essay("d", 100, range(50, 70)));
      index.commit();
      index.delete("b");
      index.delete("c");
      index.commit();

      assertThat(index.duplicates(0.5, 50).groups()).isEmpty();
      // a term in 3 documents of which 2 are deleted is in 1 live one: under a cap of 2
      index.upsert(essay("e", 100, range(50, 70)));
      index.commit();
      DuplicateGroups found = index.duplicates(0.5, 2);
      assertThat(ids(found)).containsExactly(List.of("d", "e"));
      assertThat(found.documents()).isEqualTo(3);
    }
  }

  @Test
  void largestGroupsComeFirst() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("x1", 100, range(0, 20)));
      index.upsert(essay("x2", 100, range(0, 20)));
      index.upsert(essay("y1", 100, range(100, 120)));
      index.upsert(essay("y2", 100, range(100, 120)));
      index.upsert(essay("y3", 100, range(100, 120)));
      index.commit();
      assertThat(ids(index.duplicates(0.5, 50)))
          .containsExactly(List.of("y1", "y2", "y3"), List.of("x1", "x2"));
    }
  }

  @Test
  void refusesThresholdsOutOfRange() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      assertThatThrownBy(() -> index.duplicates(0, 50)).hasMessageContaining("got 0.0");
      assertThatThrownBy(() -> index.duplicates(1.5, 50)).hasMessageContaining("got 1.5");
      assertThatThrownBy(() -> index.duplicates(0.5, 1)).hasMessageContaining("got 1");
    }
  }
}
