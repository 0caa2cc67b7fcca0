package dev.overlap.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PointValues.IntersectVisitor;
import org.apache.lucene.index.PointValues.Relation;

/**
 * Fingerprints in the index: the top 32 bits of each winnowed hash, as one-dimensional int points
 * of the essay's document rather than terms. Each fingerprint of an essay is (nearly always) new
 * to the index, so as a term it costs a term-hash insertion when indexed and a terms-dictionary
 * entry of ~6 bytes; as a point it is appended to a buffer, sorted once when the segment is
 * written, and takes ~4.3 bytes of a BKD tree (measured on 10,000 Europarl documents: 2.6 MB
 * against 3.5 MB of terms). A check's ~600 fingerprints are found in one pass over each segment's
 * tree, merging the sorted probe values with each leaf's sorted values (as Lucene's {@code
 * PointInSetQuery} does).
 *
 * <p>32 bits make a chance match between two different fingerprints a one in 4·10^9 event: a
 * check's ~600 fingerprints against 100,000 essays' ~6 million find about one such match, which
 * adds at most a candidate sharing a single fingerprint (alignment then finds nothing in it) and
 * never hides a real one.
 */
final class FingerprintPoints {
  private FingerprintPoints() {}

  /** The value kept of a fingerprint hash. */
  static int value(long fingerprint) {
    return (int) (fingerprint >>> 32);
  }

  /** Adds the distinct values of {@code fingerprints} to {@code doc}: a document holds each once. */
  static void addTo(Document doc, long[] fingerprints) {
    for (int value : sortedValues(fingerprints)) {
      doc.add(new IntPoint(IndexSchema.FINGERPRINT, value));
    }
  }

  /** The distinct values of {@code fingerprints}, ascending. */
  static int[] sortedValues(long[] fingerprints) {
    int[] values = new int[fingerprints.length];
    for (int i = 0; i < fingerprints.length; i++) {
      values[i] = value(fingerprints[i]);
    }
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (n == 0 || values[i] != values[n - 1]) {
        values[n++] = values[i];
      }
    }
    return Arrays.copyOf(values, n);
  }

  /** Receives a document of the whole index holding a value (deleted documents too). */
  interface Hit {
    void at(int value, int doc);
  }

  /**
   * What {@link #match} found: for each probe value the number of documents holding it, and the
   * (value index, document) pairs of the values held by few enough documents.
   */
  static final class Matches {
    private final int[] documentFrequency;
    private int[] pairs = new int[256];
    private int size;

    private Matches(int values) {
      documentFrequency = new int[values];
    }

    /** Documents holding value {@code v} over all segments, deleted ones included. */
    int documentFrequency(int v) {
      return documentFrequency[v];
    }

    int size() {
      return size;
    }

    int value(int i) {
      return pairs[2 * i];
    }

    int doc(int i) {
      return pairs[2 * i + 1];
    }

    private void add(int value, int doc) {
      if (2 * size + 1 >= pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[2 * size] = value;
      pairs[2 * size + 1] = doc;
      size++;
    }
  }

  /**
   * The documents of {@code reader} holding each of {@code values} (sorted, distinct): one pass
   * over each segment's tree. Pairs are kept for a value only while it is in at most {@code
   * keepUpTo} documents (a more common one is a stock phrase, which no caller uses).
   */
  static Matches match(IndexReader reader, int[] values, int keepUpTo) throws IOException {
    Matches matches = new Matches(values.length);
    if (values.length == 0) {
      return matches;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = points(leaf);
      if (points != null) {
        MergeVisitor visitor =
            new MergeVisitor(
                values,
                leaf.docBase,
                (v, doc) -> {
                  if (++matches.documentFrequency[v] <= keepUpTo) {
                    matches.add(v, doc);
                  }
                });
        walk(points.getPointTree(), visitor, matches, keepUpTo, leaf.docBase);
      }
    }
    return matches;
  }

  /**
   * {@code PointValues.intersect}'s walk, but a node whose points all hold one probe value is
   * counted by its size, and its documents are read only while the value is rare enough: a stock
   * phrase in thousands of documents costs a few nodes instead of thousands of points (with
   * terms, its document frequency said so before any posting was read).
   */
  private static void walk(
      PointValues.PointTree tree, MergeVisitor visitor, Matches matches, int keepUpTo, int docBase)
      throws IOException {
    int min = IntPoint.decodeDimension(tree.getMinPackedValue(), 0);
    int max = IntPoint.decodeDimension(tree.getMaxPackedValue(), 0);
    if (!visitor.mayHold(min, max)) {
      return;
    }
    if (min == max) {
      int value = visitor.next; // the probe equal to min: mayHold moved to it
      long size = tree.size();
      if (matches.documentFrequency[value] + size > keepUpTo) {
        matches.documentFrequency[value] += (int) size;
        return;
      }
      tree.visitDocIDs(
          new IntersectVisitor() {
            @Override
            public void visit(int docID) {
              matches.documentFrequency[value]++;
              matches.add(value, docBase + docID);
            }

            @Override
            public void visit(int docID, byte[] packedValue) {
              visit(docID);
            }

            @Override
            public Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
              return Relation.CELL_INSIDE_QUERY;
            }
          });
      return;
    }
    if (tree.moveToChild()) {
      do {
        walk(tree, visitor, matches, keepUpTo, docBase);
      } while (tree.moveToSibling());
      tree.moveToParent();
    } else {
      tree.visitDocValues(visitor);
    }
  }

  /**
   * Calls {@code hit} for every (value, document) of {@code reader} whose value lies in [{@code
   * from}, {@code to}], deleted documents included, within a segment in ascending value order.
   * The value is passed as the index.
   */
  static void scan(IndexReader reader, int from, int to, Hit hit) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = points(leaf);
      if (points != null) {
        points.intersect(
            new ValueVisitor(leaf.docBase) {
              @Override
              void visit(int doc, int value) {
                if (value >= from && value <= to) {
                  hit.at(value, doc);
                }
              }

              @Override
              boolean mayHold(int min, int max) {
                return max >= from && min <= to;
              }
            });
      }
    }
  }

  private static PointValues points(LeafReaderContext leaf) throws IOException {
    return leaf.reader().getPointValues(IndexSchema.FINGERPRINT);
  }

  /** Points in the fingerprint field over all segments, deleted documents' included. */
  static long count(IndexReader reader) throws IOException {
    long n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = points(leaf);
      if (points != null) {
        n += points.size();
      }
    }
    return n;
  }

  /**
   * A visitor told every point's value and its document in the whole index: it never answers
   * that a cell lies wholly inside the query, so Lucene never passes a document without its value.
   */
  private abstract static class ValueVisitor implements IntersectVisitor {
    private final int docBase;

    ValueVisitor(int docBase) {
      this.docBase = docBase;
    }

    abstract void visit(int doc, int value);

    /** Whether a cell of values in [min, max] may hold what is sought. */
    abstract boolean mayHold(int min, int max);

    @Override
    public final void visit(int docID) {
      throw new IllegalStateException("every cell is crossed, never inside");
    }

    @Override
    public final void visit(int docID, byte[] packedValue) {
      visit(docBase + docID, IntPoint.decodeDimension(packedValue, 0));
    }

    @Override
    public final Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
      return mayHold(IntPoint.decodeDimension(minPackedValue, 0), IntPoint.decodeDimension(maxPackedValue, 0))
          ? Relation.CELL_CROSSES_QUERY
          : Relation.CELL_OUTSIDE_QUERY;
    }
  }

  /**
   * Intersects a segment's tree with sorted probe values: cells are visited in value order, and a
   * one-dimensional leaf gives its values in order, so one cursor into the probes serves the whole
   * walk.
   */
  private static final class MergeVisitor extends ValueVisitor {
    private final int[] values;
    private final Hit hit;
    private int next;

    MergeVisitor(int[] values, int docBase, Hit hit) {
      super(docBase);
      this.values = values;
      this.hit = hit;
    }

    @Override
    void visit(int doc, int value) {
      while (next < values.length && values[next] < value) {
        next++;
      }
      if (next < values.length && values[next] == value) {
        hit.at(next, doc);
      }
    }

    @Override
    boolean mayHold(int min, int max) {
      while (next < values.length && values[next] < min) {
        next++;
      }
      return next < values.length && values[next] <= max;
    }
  }
}
