package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.fingerprint.FingerprintSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssayIndexTest {
  @TempDir Path dir;

  private static final IndexSettings SETTINGS =
      new IndexSettings(new FingerprintSettings(5, 4), "norm-v1", IndexSettings.SCHEMA_VERSION);

  /** Fingerprints as the fingerprinter makes them: spread over all 64 bits (small numbers are not). */
  private static long[] fps(long... small) {
    long[] spread = new long[small.length];
    for (int i = 0; i < small.length; i++) {
      spread[i] = small[i] * 0x9E3779B97F4A7C15L;
    }
    return spread;
  }

  private static IndexedEssay essay(String id, long... fingerprints) {
    return new IndexedEssay(
        id, id + ".txt", "TEXT", "text of " + id, dev.overlap.ingest.Hashes.sha256("hash-" + id), 3, fps(fingerprints), IndexedEssay.counts("stem" + id), "site",
        new long[0], null, "");
  }

  @Test
  void storesEssaysAndFindsCandidatesBySharedFingerprints() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 1, 2, 3, 4));
      index.upsert(essay("b", 3, 4, 5));
      index.upsert(essay("c", 9));
      index.commit();

      List<Candidate> found = index.candidates(fps(2, 3, 4), Set.of(), 100, 10);

      assertThat(found).extracting(c -> c.essay().id()).containsExactly("a", "b");
      assertThat(found).extracting(Candidate::sharedFingerprints).containsExactly(3, 2);
      assertThat(found.get(0).essay().content()).isEqualTo("text of a");
    }
  }

  @Test
  void mergesDeferredForARunIntoAnEmptyIndexWaitForTheMergeAtItsEnd() throws Exception {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.deferMerges();
      for (int i = 1; i <= 30; i++) {
        index.upsert(essay("e" + i, i));
        index.commit(); // one small segment each: Lucene's policy would merge them on the way
      }
      assertThat(committedSegments()).isEqualTo(30);
      index.mergeSegments();
      assertThat(committedSegments()).isEqualTo(1);
      assertThat(index.candidates(fps(7), Set.of(), 100, 10)).extracting(c -> c.essay().id())
          .containsExactly("e7");
    }
  }

  @Test
  void deferredMergesStillBoundTheNumberOfSegments() throws Exception {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.deferMerges();
      int commits = EssayIndex.MAX_DEFERRED_SEGMENTS + 5;
      for (int i = 1; i <= commits; i++) {
        index.upsert(essay("e" + i, i));
        index.commit();
      }
      // Lucene merges in the background: commit until its merges are in (or give up after 10 s)
      for (int wait = 0; wait < 200 && committedSegments() >= EssayIndex.MAX_DEFERRED_SEGMENTS; wait++) {
        Thread.sleep(50);
        index.commit();
      }
      assertThat(committedSegments()).isLessThan(EssayIndex.MAX_DEFERRED_SEGMENTS);
      assertThat(index.size()).isEqualTo(commits);
    }
  }

  private int committedSegments() throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }

  @Test
  void oneLookUpGivesTheCandidatesAndFrequenciesAcrossSegmentsAndDeletions() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 1, 2, 3, 4));
      index.commit();
      index.upsert(essay("b", 3, 4, 5));
      index.upsert(essay("gone", 5, 6));
      index.commit();
      index.upsert(essay("c", 4, 9));
      index.delete("gone");
      index.commit();
      // in the essay's order, one repeated, one that no essay holds
      long[] hashes = fps(4, 3, 2, 4, 7, 5);

      FingerprintIndex.Lookup lookup = index.lookUp(hashes, Set.of("c"), 2, 10);

      // 4 is in more than 2 documents: not counted; a holds 2 and 3, b 3 and 5 (and "gone" 5,
      // which counts towards its frequency until merged away, but is never a candidate)
      assertThat(lookup.candidates()).extracting(c -> c.essay().id()).containsExactly("a", "b");
      assertThat(lookup.candidates()).extracting(Candidate::sharedFingerprints).containsExactly(2, 2);
      assertThat(lookup.candidates())
          .isEqualTo(index.candidates(fps(2, 3, 4, 5, 7), Set.of("c"), 2, 10));
      assertThat(lookup.documentFrequencies()).isEqualTo(index.documentFrequencies(hashes));
      assertThat(java.util.Arrays.copyOf(lookup.documentFrequencies(), 5)).containsExactly(3, 2, 1, 3, 0);
    }
  }

  @Test
  void candidatesOverManyLeavesOfPointsAreWhatCountingGives() {
    // 60 essays of 40 fingerprints: 2,400 points, leaves of 128, in three segments
    java.util.Random random = new java.util.Random(7);
    java.util.Map<String, java.util.Set<Long>> held = new java.util.TreeMap<>();
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      for (int e = 0; e < 60; e++) {
        long[] own = random.longs(40, 1, 1_000).distinct().toArray();
        String id = String.format(java.util.Locale.ROOT, "e%02d", e);
        index.upsert(essay(id, own));
        held.put(id, java.util.Arrays.stream(own).boxed().collect(java.util.stream.Collectors.toSet()));
        if (e % 20 == 19) {
          index.commit();
        }
      }
      long[] probe = random.longs(80, 1, 1_000).distinct().toArray();

      List<Candidate> found = index.lookUp(fps(probe), Set.of(), 1_000, 100).candidates();

      java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
      held.forEach(
          (id, own) -> {
            int shared = (int) java.util.Arrays.stream(probe).filter(own::contains).count();
            if (shared > 0) {
              expected.put(id, shared);
            }
          });
      assertThat(found).hasSize(expected.size());
      java.util.Map<String, Integer> got = new java.util.LinkedHashMap<>();
      found.forEach(c -> got.put(c.essay().id(), c.sharedFingerprints()));
      assertThat(got).isEqualTo(expected);
      assertThat(found)
          .extracting(Candidate::sharedFingerprints)
          .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
  }

  @Test
  void aFingerprintInManyEssaysIsCountedWholeAndItsEssaysFoundWhenAllowed() {
    // 600 essays share fingerprint 7: whole leaves and inner nodes of the tree hold nothing else
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      for (int e = 0; e < 600; e++) {
        index.upsert(essay(String.format(java.util.Locale.ROOT, "e%03d", e), 7, 1_000 + e));
      }
      index.upsert(essay("other", 8));
      index.commit();
      long[] probe = fps(7, 8, 1_005);

      FingerprintIndex.Lookup stock = index.lookUp(probe, Set.of(), 50, 10);

      assertThat(stock.documentFrequencies()).containsExactly(600, 1, 1);
      assertThat(stock.candidates()).extracting(c -> c.essay().id()).containsExactly("e005", "other");

      FingerprintIndex.Lookup allowed = index.lookUp(probe, Set.of(), 1_000, 1_000);

      assertThat(allowed.documentFrequencies()).containsExactly(600, 1, 1);
      assertThat(allowed.candidates()).hasSize(601);
      assertThat(allowed.candidates().get(0).essay().id()).isEqualTo("e005");
      assertThat(allowed.candidates().get(0).sharedFingerprints()).isEqualTo(2);
    }
  }

  @Test
  void contentHashesAreKeptAsTheirBytesAndOnlySha256HexIsTaken() {
    String hash = dev.overlap.ingest.Hashes.sha256("some text");
    assertThat(IndexSchema.hashBytes(hash).length).isEqualTo(32);
    assertThat(IndexSchema.hashText(IndexSchema.hashBytes(hash))).isEqualTo(hash);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndexSchema.hashBytes("h1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsParaphraseCandidatesByContentWords() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(new IndexedEssay("a", "a.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h1"), 3, new long[0], IndexedEssay.counts("river delta silt flood"), "", new long[0], null, ""));
      index.upsert(new IndexedEssay("b", "b.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h2"), 3, new long[0], IndexedEssay.counts("chess open endgam"), "", new long[0], null, ""));
      index.upsert(new IndexedEssay("c", "c.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h3"), 3, new long[0], IndexedEssay.counts("river delta silt"), "", new long[0], null, ""));
      index.commit();

      List<Candidate> found =
          index.similarByWords(java.util.Map.of("delta", 2, "silt", 1, "flood", 1), Set.of("c"), 64, 5);

      assertThat(found).extracting(c -> c.essay().id()).containsExactly("a");
    }
  }

  @Test
  void anIndexWithoutStemsKeepsNoneAndSaysSoWhenReopened() throws Exception {
    IndexSettings without = SETTINGS.withStems(false);
    try (EssayIndex index = EssayIndex.openForWriting(dir, without, false)) {
      index.upsert(new IndexedEssay("a", "a.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h1"), 3, fps(1), null, "", new long[0], null, ""));
      index.commit();
      assertThat(index.candidates(fps(1), Set.of(), 100, 10)).extracting(c -> c.essay().id())
          .containsExactly("a");
    }
    try (org.apache.lucene.index.DirectoryReader reader =
        org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
      assertThat(reader.leaves()).allSatisfy(
          leaf -> assertThat(leaf.reader().terms(IndexSchema.STEMS)).isNull());
    }
    try (EssayIndex index = EssayIndex.openForReading(dir)) {
      assertThat(index.settings()).isEqualTo(without);
      assertThat(index.settings().describe()).endsWith(", without stems (--no-stems)");
    }
    assertThat(EssayIndex.builtWith(dir)).contains(without);
    // Opened for writing with the stems: refused, naming both.
    assertThatThrownBy(() -> EssayIndex.openForWriting(dir, SETTINGS, false))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("without stems (--no-stems); this run asks for shingle size 5, window"
            + " 4, normalization norm-v1, schema " + IndexSettings.SCHEMA_VERSION
            + ". Rebuild");
  }

  @Test
  void settingsWrittenBeforeTheStemsCouldBeLeftOutKeepThem() {
    java.util.Map<String, String> data = new java.util.HashMap<>(SETTINGS.toUserData());
    assertThat(data).containsEntry(IndexSettings.KEY_STEMS, "true");
    assertThat(IndexSettings.fromUserData(SETTINGS.withStems(false).toUserData()).stems()).isFalse();
    data.remove(IndexSettings.KEY_STEMS);
    assertThat(IndexSettings.fromUserData(data)).isEqualTo(SETTINGS);
  }

  @Test
  void wordCountsReadForEarlierChecksFollowTheIndexAsItChanges() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(new IndexedEssay("a", "a.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h1"), 3, new long[0], IndexedEssay.counts("river delta silt"), "", new long[0], null, ""));
      index.commit();
      // "glacier" is in no essay yet: its count (0) is kept with the reader
      assertThat(index.similarByWords(java.util.Map.of("glacier", 1), Set.of(), 64, 5)).isEmpty();
      assertThat(index.similarByWords(java.util.Map.of("glacier", 1, "delta", 1), Set.of(), 64, 5))
          .extracting(c -> c.essay().id())
          .containsExactly("a");

      index.upsert(new IndexedEssay("b", "b.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h2"), 3, new long[0], IndexedEssay.counts("glacier moraine"), "", new long[0], null, ""));
      index.commit();

      assertThat(index.similarByWords(java.util.Map.of("glacier", 1), Set.of(), 64, 5))
          .extracting(c -> c.essay().id())
          .containsExactly("b");
    }
  }

  /** The batched query gives what one query per part gives, ties ordered by identity alike. */
  @Test
  void partsQueriedTogetherGiveWhatEachQueryGivesAlone() throws Exception {
    String[] vocabulary = "river delta silt flood chess open endgam rook bishop lake glacier ice".split(" ");
    java.util.Random random = new java.util.Random(13);
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      for (int d = 0; d < 60; d++) {
        StringBuilder stems = new StringBuilder();
        for (int w = 0; w < 3 + random.nextInt(6); w++) {
          stems.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        // every fifth document repeats another's stems: equal scores, ordered by identity
        String text = d % 5 == 4 ? "river delta silt " : stems.toString();
        index.upsert(new IndexedEssay("d" + (100 - d), "d.txt", "TEXT", "x", dev.overlap.ingest.Hashes.sha256("h" + d), 3, new long[0], IndexedEssay.counts(text), "", new long[0], null, ""));
      }
      index.commit();
      List<java.util.Map<String, Integer>> parts = new java.util.ArrayList<>();
      for (int p = 0; p < 25; p++) {
        java.util.Map<String, Integer> part = new java.util.HashMap<>();
        for (int w = 0; w < 1 + random.nextInt(5); w++) {
          part.merge(vocabulary[random.nextInt(vocabulary.length)], 1, Integer::sum);
        }
        parts.add(part);
      }
      parts.add(java.util.Map.of("river", 1, "delta", 1, "silt", 1));
      parts.add(java.util.Map.of("unknown", 3));
      Set<String> exclude = Set.of("d99", "d50");

      for (int topK : new int[] {1, 3}) {
        List<List<Candidate>> together = index.similarByWords(parts, exclude, 2, topK);
        List<List<Candidate>> alone = new java.util.ArrayList<>();
        for (java.util.Map<String, Integer> part : parts) {
          alone.add(index.similarByWords(part, exclude, 2, topK));
        }
        List<List<String>> expected = new java.util.ArrayList<>();
        for (java.util.Map<String, Integer> part : parts) {
          expected.add(rankedByLucene(part, exclude, 2, topK));
        }

        assertThat(ids(together)).isEqualTo(expected);
        assertThat(ids(alone)).isEqualTo(expected);
        assertThat(ids(together).get(parts.size() - 2)).hasSize(topK);
        assertThat(ids(together).get(parts.size() - 1)).isEmpty();
      }
    }
  }

  /**
   * The reference ranking, written apart from EssayIndex's: the {@code maxQueryTerms} stems of
   * highest tf·ln(N/df) (ties by stem), BM25 by Lucene, best {@code topK} by Lucene's own sort on
   * score then identity, excluded identities left out.
   */
  private List<String> rankedByLucene(
      java.util.Map<String, Integer> stems, Set<String> exclude, int maxQueryTerms, int topK)
      throws java.io.IOException {
    try (var reader = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(dir))) {
      List<java.util.Map.Entry<String, Double>> weighted = new java.util.ArrayList<>();
      for (var stem : stems.entrySet()) {
        int df = reader.docFreq(new org.apache.lucene.index.Term(IndexSchema.STEMS, StemTerms.term(stem.getKey())));
        if (df > 0) {
          weighted.add(java.util.Map.entry(stem.getKey(), stem.getValue() * Math.log((double) reader.numDocs() / df)));
        }
      }
      weighted.sort(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
          .thenComparing(java.util.Map.Entry.comparingByKey()));
      if (weighted.isEmpty()) {
        return List.of();
      }
      var query = new org.apache.lucene.search.BooleanQuery.Builder();
      for (var stem : weighted.subList(0, Math.min(maxQueryTerms, weighted.size()))) {
        query.add(
            new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(IndexSchema.STEMS, StemTerms.term(stem.getKey()))),
            org.apache.lucene.search.BooleanClause.Occur.SHOULD);
      }
      var searcher = new org.apache.lucene.search.IndexSearcher(reader);
      var top = searcher.search(
          query.build(),
          reader.maxDoc(),
          new org.apache.lucene.search.Sort(
              org.apache.lucene.search.SortField.FIELD_SCORE,
              new org.apache.lucene.search.SortField(IndexSchema.ID, org.apache.lucene.search.SortField.Type.STRING)));
      List<String> out = new java.util.ArrayList<>();
      for (var hit : top.scoreDocs) {
        String id = reader.storedFields().document(hit.doc).get(IndexSchema.ID);
        if (!exclude.contains(id) && out.size() < topK) {
          out.add(id);
        }
      }
      return out;
    }
  }

  private static List<List<String>> ids(List<List<Candidate>> found) {
    return found.stream().map(list -> list.stream().map(c -> c.essay().id()).toList()).toList();
  }

  @Test
  void templatesAreBlocksOnEnoughPagesOfOneSite() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      for (int i = 0; i < 4; i++) {
        // block 7 on all 4 pages of site a; block 8 on 2 of them; block 9 on 3 pages of b and c
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
      assertThat(library.isTemplate("a", 8)).as("2 pages are too few").isFalse();
      assertThat(library.isTemplate("b", 9)).as("3 of 6 pages is half").isTrue();
      assertThat(library.isTemplate("c", 7)).as("templates belong to their site").isFalse();
      assertThat(index.templates(3, 0.6).isTemplate("b", 9)).as("3 of 6 is under 60%").isFalse();
      assertThat(library.entries())
          .extracting(TemplateLibrary.Entry::site, TemplateLibrary.Entry::documents)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 4), org.assertj.core.groups.Tuple.tuple("b", 3));
    }
  }

  @Test
  void skipsExcludedIdsAndTooCommonFingerprints() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 1, 7));
      index.upsert(essay("b", 1, 8));
      index.upsert(essay("c", 1));
      index.commit();

      assertThat(index.candidates(fps(1, 7, 8), Set.of("a"), 2, 10))
          .extracting(c -> c.essay().id())
          .containsExactly("b");
    }
  }

  @Test
  void upsertReplacesAndContentHashesTrackTheLatest() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 1));
      index.upsert(new IndexedEssay("a", "a.txt", "TEXT", "new", dev.overlap.ingest.Hashes.sha256("hash-new"), 1, new long[] {2}, IndexedEssay.counts("new"), "site", new long[0], null, ""));
      index.commit();

      assertThat(index.size()).isEqualTo(1);
      assertThat(index.contentHashes()).containsExactly(java.util.Map.entry("a", dev.overlap.ingest.Hashes.sha256("hash-new")));
    }
  }

  @Test
  void uncommittedWorkIsDroppedOnCloseAndTheLastCommitStays() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 1));
      index.commit();
      index.upsert(essay("b", 2));
    }
    try (EssayIndex index = EssayIndex.openForReading(dir)) {
      assertThat(index.all().keySet()).containsExactly("a");
    }
  }

  @Test
  void aSecondWriterIsToldTheIndexIsInUse() {
    try (EssayIndex first = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      assertThatThrownBy(() -> EssayIndex.openForWriting(dir, SETTINGS, false))
          .isInstanceOf(IndexException.class)
          .hasMessageContaining("is in use by another overlap process")
          .hasMessageContaining("write.lock")
          .extracting(e -> ((IndexException) e).reason())
          .isEqualTo(IndexException.Reason.IN_USE);
    }
  }

  @Test
  void otherSettingsAreRefusedNamingBothAndTheRebuildCommand() {
    try (EssayIndex index = EssayIndex.openForWriting(dir, SETTINGS, false)) {
      index.upsert(essay("a", 1));
      index.commit();
    }
    IndexSettings other =
        new IndexSettings(new FingerprintSettings(6, 4), "norm-v1", IndexSettings.SCHEMA_VERSION);

    assertThatThrownBy(() -> EssayIndex.openForWriting(dir, other, false))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("built with shingle size 5, window 4")
        .hasMessageContaining("asks for shingle size 6, window 4")
        .hasMessageContaining("overlap index --rebuild --index " + dir);
    try (EssayIndex rebuilt = EssayIndex.openForWriting(dir, other, true)) {
      rebuilt.commit();
      assertThat(rebuilt.size()).isZero();
    }
  }

  @Test
  void anIndexOfAnOlderSchemaIsRefusedWithTheRebuildCommandAndKeptAsItWas() throws Exception {
    IndexSettings older =
        new IndexSettings(new FingerprintSettings(5, 4), "norm-v1", IndexSettings.SCHEMA_VERSION - 1);
    try (EssayIndex index = EssayIndex.openForWriting(dir, older, false)) {
      index.upsert(essay("a", 1));
      index.commit();
    }

    assertThatThrownBy(() -> EssayIndex.openForWriting(dir, SETTINGS, false))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("built with index schema " + (IndexSettings.SCHEMA_VERSION - 1))
        .hasMessageContaining("overlap index --rebuild --index " + dir);
    assertThatThrownBy(() -> EssayIndex.openForReading(dir))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("built with index schema");
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.DirectoryReader reader =
            org.apache.lucene.index.DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).as("the refused index keeps its essays").isEqualTo(1);
    }
  }

  @Test
  void readingAMissingIndexSaysHowToBuildOne() {
    assertThatThrownBy(() -> EssayIndex.openForReading(dir.resolve("none")))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("no index at")
        .hasMessageContaining("overlap index --index");
  }
}
