package dev.overlap.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Near-duplicate groups from one pass over the fingerprints, without comparing all pairs of
 * documents.
 *
 * <p>Every fingerprint value is visited once, across all segments. A value in at most {@code
 * maxDocFrequency} live documents adds one to the shared count of each pair of its documents, and
 * one to each document's fingerprint count; a more frequent value is a template or stock phrase and
 * is skipped, which also keeps the work near linear: a value in d documents costs d(d-1)/2 pair
 * updates, and d is capped. Containment of a pair is shared / min(fingerprints of either), pairs
 * at or above the threshold join their documents (union-find), and each connected component of
 * two or more documents is a group.
 */
final class DuplicateFinder {
  private static final Set<String> MEMBER_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.WORDS);

  /** Fingerprint points sorted at a time (8 bytes each). */
  private static final int CHUNK = 1 << 22;

  private DuplicateFinder() {}

  static DuplicateGroups find(IndexReader reader, double minContainment, int maxDocFrequency)
      throws IOException {
    return find(reader, minContainment, maxDocFrequency, CHUNK);
  }

  /** {@link #find}, sorting about {@code chunk} fingerprint points at a time. */
  static DuplicateGroups find(
      IndexReader reader, double minContainment, int maxDocFrequency, int chunk) throws IOException {
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("minContainment must be in (0, 1], got " + minContainment);
    }
    if (maxDocFrequency < 2) {
      throw new IllegalArgumentException("maxDocFrequency must be at least 2, got " + maxDocFrequency);
    }
    long started = System.nanoTime();
    // Every fingerprint is read, and a damaged points file could decode to wrong values without
    // failing: the files' checksums are verified first (one sequential read of the index).
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      leaf.reader().checkIntegrity();
    }
    int maxDoc = reader.maxDoc();
    int[] fingerprints = new int[maxDoc];
    PairCounts pairs = new PairCounts(Math.max(16, maxDoc));
    long common = 0;
    Bits live = MultiBits.getLiveDocs(reader);
    int[] docs = new int[Math.min(maxDocFrequency, maxDoc) + 1];
    // The points of a range of values at a time, sorted by value and document: each range holds
    // about CHUNK of them (fingerprint values are uniform hashes), which bounds memory.
    long total = FingerprintPoints.count(reader);
    int ranges = (int) Math.max(1, (total + chunk - 1) / chunk);
    long span = ((1L << 32) + ranges - 1) / ranges;
    for (int r = 0; r < ranges; r++) {
      int from = (int) (Integer.MIN_VALUE + r * span);
      int to = (int) Math.min(Integer.MAX_VALUE, Integer.MIN_VALUE + (r + 1) * span - 1);
      long[][] points = {new long[(int) Math.min(2L * chunk, Math.max(16, 2 * total / ranges))]};
      int[] n = {0};
      FingerprintPoints.scan(
          reader,
          from,
          to,
          (value, doc) -> {
            if (n[0] == points[0].length) {
              points[0] = Arrays.copyOf(points[0], points[0].length * 2);
            }
            points[0][n[0]++] = ((long) value << 32) | doc;
          });
      long[] sorted = points[0];
      Arrays.sort(sorted, 0, n[0]);
      for (int start = 0; start < n[0]; ) {
        int value = (int) (sorted[start] >> 32);
        int end = start;
        int held = 0;
        while (end < n[0] && (int) (sorted[end] >> 32) == value) {
          int doc = (int) sorted[end++];
          if ((live == null || live.get(doc)) && held <= maxDocFrequency) {
            docs[held++] = doc;
          }
        }
        start = end;
        if (held > maxDocFrequency) {
          common++;
          continue;
        }
        for (int i = 0; i < held; i++) {
          fingerprints[docs[i]]++;
          for (int j = i + 1; j < held; j++) {
            pairs.increment(PairCounts.key(docs[i], docs[j])); // docs ascend: i < j
          }
        }
      }
    }
    UnionFind components = new UnionFind(maxDoc);
    pairs.forEach(
        (key, shared) -> {
          int a = PairCounts.low(key);
          int b = PairCounts.high(key);
          if (containment(shared, fingerprints[a], fingerprints[b]) >= minContainment) {
            components.union(a, b);
          }
        });
    List<List<Integer>> members = components.groups();
    StoredFields stored = reader.storedFields();
    List<DuplicateGroups.Group> groups = new ArrayList<>();
    for (List<Integer> docsOfGroup : members) {
      groups.add(group(docsOfGroup, stored, pairs, fingerprints));
    }
    groups.sort(
        Comparator.comparingInt((DuplicateGroups.Group g) -> -g.size())
            .thenComparing(g -> g.members().get(0).path())
            .thenComparing(g -> g.members().get(0).id()));
    return new DuplicateGroups(
        groups,
        reader.numDocs(),
        maxDocFrequency,
        minContainment,
        pairs.size(),
        common,
        (System.nanoTime() - started) / 1_000_000);
  }

  static double containment(int shared, int fingerprintsA, int fingerprintsB) {
    int smaller = Math.min(fingerprintsA, fingerprintsB);
    return smaller == 0 ? 0 : (double) shared / smaller;
  }

  private record Doc(int doc, String id, String path, int words) {}

  private static DuplicateGroups.Group group(
      List<Integer> docs, StoredFields stored, PairCounts pairs, int[] fingerprints)
      throws IOException {
    List<Doc> read = new ArrayList<>();
    for (int doc : docs) {
      Document fields = stored.document(doc, MEMBER_FIELDS);
      read.add(
          new Doc(
              doc,
              fields.get(IndexSchema.ID),
              fields.get(IndexSchema.PATH),
              fields.getField(IndexSchema.WORDS).numericValue().intValue()));
    }
    read.sort(
        Comparator.comparingInt((Doc d) -> -d.words())
            .thenComparing(Doc::path)
            .thenComparing(Doc::id));
    Doc first = read.get(0);
    List<DuplicateGroups.Member> out = new ArrayList<>();
    for (Doc d : read) {
      int shared =
          d == first ? fingerprints[first.doc()] : pairs.get(PairCounts.key(first.doc(), d.doc()));
      out.add(
          new DuplicateGroups.Member(
              d.id(),
              d.path(),
              d.words(),
              fingerprints[d.doc()],
              shared,
              d == first ? 1.0 : containment(shared, fingerprints[first.doc()], fingerprints[d.doc()])));
    }
    List<DuplicateGroups.Member> rest = new ArrayList<>(out.subList(1, out.size()));
    rest.sort(
        Comparator.comparingDouble((DuplicateGroups.Member m) -> -m.containment())
            .thenComparing(DuplicateGroups.Member::path)
            .thenComparing(DuplicateGroups.Member::id));
    List<DuplicateGroups.Member> ordered = new ArrayList<>();
    ordered.add(out.get(0));
    ordered.addAll(rest);
    return new DuplicateGroups.Group(ordered.size(), ordered);
  }

  /** Disjoint sets over document numbers, with path halving and union by size. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }

    /** Sets of two or more, each in ascending document order. */
    List<List<Integer>> groups() {
      java.util.Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
      for (int i = 0; i < parent.length; i++) {
        int root = find(i);
        if (size[root] > 1) {
          byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
        }
      }
      return new ArrayList<>(byRoot.values());
    }
  }
}
