package dev.overlap.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The essay index on disk. Opened for writing it holds Lucene's write lock, so a second writer
 * fails at once with {@link IndexException.Reason#IN_USE}; opened for reading it sees the last
 * commit, also while another process writes.
 *
 * <p>Not thread-safe for writing; reading ({@link #candidates}, {@link #stored}) is safe from
 * several threads.
 */
public final class EssayIndex implements FingerprintIndex {
  private final Path path;
  private final Directory directory;
  private final IndexSettings settings;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private volatile TemplateLibrary templates;
  private DirectoryReader templatesReader;
  private int templatesMinDocs;
  private double templatesMinShare;

  private EssayIndex(
      Path path,
      Directory directory,
      IndexSettings settings,
      IndexWriter writer,
      DirectoryReader reader) {
    this.path = path;
    this.directory = directory;
    this.settings = settings;
    this.writer = writer;
    this.reader = reader;
  }

  /** Fingerprint points per leaf of a segment's tree (Lucene's default is 512). */
  static final int POINTS_PER_LEAF = 128;

  /**
   * Lucene's default codec, but for the size of the points' tree leaves. A check looks up ~600
   * fingerprint values, each in a leaf whose points are all decoded and visited: with 512 points a
   * leaf that took 2.5 ms of CPU per look-up at 10,000 documents, with 128 about 1 ms (as much as
   * the fingerprint terms it replaced), with 32 0.9 ms; the index is the same size at 512 and 128,
   * 0.2 MB larger at 32 (measured 2026-11-29). The files are the default format's (the leaf size
   * is written in them), so the index is read with the default codec; only writing and merging
   * need this one.
   */
  private static final org.apache.lucene.codecs.Codec CODEC =
      new org.apache.lucene.codecs.FilterCodec(
          org.apache.lucene.codecs.Codec.getDefault().getName(),
          org.apache.lucene.codecs.Codec.getDefault()) {
        private final org.apache.lucene.codecs.PointsFormat points =
            new org.apache.lucene.codecs.PointsFormat() {
              @Override
              public org.apache.lucene.codecs.PointsWriter fieldsWriter(
                  org.apache.lucene.index.SegmentWriteState state) throws IOException {
                return new org.apache.lucene.codecs.lucene90.Lucene90PointsWriter(
                    state,
                    POINTS_PER_LEAF,
                    org.apache.lucene.util.bkd.BKDWriter.DEFAULT_MAX_MB_SORT_IN_HEAP);
              }

              @Override
              public org.apache.lucene.codecs.PointsReader fieldsReader(
                  org.apache.lucene.index.SegmentReadState state) throws IOException {
                return new org.apache.lucene.codecs.lucene90.Lucene90PointsReader(state);
              }
            };

        @Override
        public org.apache.lucene.codecs.PointsFormat pointsFormat() {
          return points;
        }
      };

  /**
   * Opens or creates the index at {@code path} for writing with {@code settings}.
   *
   * @param rebuild start empty; the old index stays readable until the first commit
   * @throws IndexException when the index is in use, was built with other settings, or is damaged
   */
  public static EssayIndex openForWriting(Path path, IndexSettings settings, boolean rebuild) {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IndexException(
          IndexException.Reason.IO,
          path + ": is a file, not an index folder; point --index at a folder");
    }
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw ioProblem(path, "cannot create the index folder", e);
    }
    if (!Files.isWritable(path)) {
      // Said plainly here: Lucene would fail on its lock file with a message about that file.
      throw new IndexException(
          IndexException.Reason.IO,
          path + ": the index folder is not writable (read-only file system or permissions)");
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(path);
      if (!rebuild && DirectoryReader.indexExists(directory)) {
        IndexSettings existing = readSettings(path, directory);
        if (!existing.equals(settings)) {
          throw new IndexException(
              IndexException.Reason.INCOMPATIBLE,
              path
                  + " was built with "
                  + existing.describe()
                  + "; this run asks for "
                  + settings.describe()
                  + ". Rebuild it with: overlap index --rebuild --index "
                  + path
                  + " PATH...");
        }
      }
      // No field is analysed by the writer: the stems come as a ready token stream (StemTerms).
      IndexWriterConfig config =
          new IndexWriterConfig(new org.apache.lucene.analysis.core.KeywordAnalyzer());
      config.setOpenMode(
          rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setMergePolicy(new DeferrableMergePolicy(new TieredMergePolicy()));
      config.setCodec(CODEC);
      // Stored texts stay in the default codec's LZ4 blocks: DEFLATE (BEST_COMPRESSION) makes
      // the index a quarter smaller but costs ~14 ms of CPU per check, to decompress the blocks
      // of its ~55 candidates (measured on 10,000 Europarl documents), against ~1 ms for LZ4.
      config.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(settings.toUserData().entrySet());
      DirectoryReader reader = DirectoryReader.open(writer);
      return new EssayIndex(path, directory, settings, writer, reader);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexException(
          IndexException.Reason.IN_USE,
          path
              + " is in use by another overlap process (it holds "
              + path.resolve(IndexWriter.WRITE_LOCK_NAME)
              + "); wait for it to finish and try again");
    } catch (IndexException e) {
      closeQuietly(directory);
      throw e;
    } catch (IOException e) {
      closeQuietly(directory);
      throw damagedOrIo(path, e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw damaged(path, e);
    }
  }

  /**
   * Opens the last commit of the index at {@code path} for checking.
   *
   * @throws IndexException when there is no index there, or it was built by another version
   */
  public static EssayIndex openForReading(Path path) {
    if (!Files.isDirectory(path)) {
      throw missing(path);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        throw missing(path);
      }
      IndexSettings settings = readSettings(path, directory);
      DirectoryReader reader = DirectoryReader.open(directory);
      return new EssayIndex(path, directory, settings, null, reader);
    } catch (IndexException e) {
      closeQuietly(directory);
      throw e;
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw missing(path);
    } catch (IOException e) {
      closeQuietly(directory);
      throw damagedOrIo(path, e);
    } catch (RuntimeException e) {
      // Lucene decodes what it reads; a damaged file may fail as any runtime exception.
      closeQuietly(directory);
      throw damaged(path, e);
    }
  }

  /**
   * The settings of the index at {@code path}, or empty when there is none there (or it cannot be
   * read: opening it will say why).
   */
  public static java.util.Optional<IndexSettings> builtWith(Path path) {
    if (!Files.isDirectory(path)) {
      return java.util.Optional.empty();
    }
    try (Directory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.ofNullable(
          IndexSettings.fromUserData(SegmentInfos.readLatestCommit(directory).getUserData()));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static IndexSettings readSettings(Path path, Directory directory) throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    IndexSettings settings = IndexSettings.fromUserData(data);
    if (settings == null) {
      throw new IndexException(
          IndexException.Reason.INCOMPATIBLE,
          path
              + " holds a Lucene index that overlap did not write; point --index at another folder"
              + " or rebuild it with: overlap index --rebuild --index "
              + path
              + " PATH...");
    }
    if (settings.schemaVersion() != IndexSettings.SCHEMA_VERSION) {
      throw new IndexException(
          IndexException.Reason.INCOMPATIBLE,
          path
              + " was built with index schema "
              + settings.schemaVersion()
              + " but this overlap reads schema "
              + IndexSettings.SCHEMA_VERSION
              + "; rebuild it with: overlap index --rebuild --index "
              + path
              + " PATH...");
    }
    return settings;
  }

  @Override
  public IndexSettings settings() {
    return settings;
  }

  public Path path() {
    return path;
  }

  @Override
  public String location() {
    return path.toString();
  }

  /** Number of essays in the index (as of the last refresh). */
  @Override
  public int size() {
    return reader.numDocs();
  }

  /** Identity → content hash of every essay in the index. */
  @Override
  public Map<String, String> contentHashes() {
    Map<String, String> hashes = new HashMap<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        SortedDocValues ids = leafReader.getSortedDocValues(IndexSchema.ID);
        BinaryDocValues contentHashes = leafReader.getBinaryDocValues(IndexSchema.HASH);
        if (ids == null || contentHashes == null) {
          continue;
        }
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && contentHashes.advanceExact(doc)) {
            hashes.put(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                IndexSchema.hashText(contentHashes.binaryValue()));
          }
        }
      }
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
    return hashes;
  }

  /** Adds the essay, replacing any essay with the same identity. */
  @Override
  public void upsert(IndexedEssay essay) {
    try {
      writer().updateDocument(new Term(IndexSchema.ID, essay.id()), IndexSchema.toDocument(essay));
    } catch (IOException e) {
      throw damagedOrIo(path, e);
    }
  }

  @Override
  public void delete(String id) {
    try {
      writer().deleteDocuments(new Term(IndexSchema.ID, id));
    } catch (IOException e) {
      throw damagedOrIo(path, e);
    }
  }

  /**
   * Lucene's merges wait until {@link #mergeSegments}: a run that fills an empty index merges it
   * into one segment at its end anyway, and merging on the way rewrote most essays once or twice
   * before that (on 100,000 documents, merge threads' CPU 3.4–4.0 s → 1.8–2.3 s of ~50 s).
   */
  @Override
  public void deferMerges() {
    ((DeferrableMergePolicy) writer().getConfig().getMergePolicy()).deferred = true;
  }

  /** Merges the index into one segment and commits; readers see the merged index. */
  @Override
  public void mergeSegments() {
    try {
      ((DeferrableMergePolicy) writer().getConfig().getMergePolicy()).deferred = false;
      writer().forceMerge(1);
    } catch (IOException e) {
      throw damagedOrIo(path, e);
    }
    commit();
  }

  /** Makes everything written so far durable, and visible to readers. */
  @Override
  public void commit() {
    try {
      writer().commit();
      DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
      if (newer != null) {
        reader.close();
        reader = newer;
      }
    } catch (IOException e) {
      throw damagedOrIo(path, e);
    }
  }

  /**
   * Documents sharing fingerprints with {@code probe}, most shared first (ties by identity).
   *
   * @param probe distinct fingerprint hashes of the essay being checked
   * @param excludeIds identities never returned (the essay itself)
   * @param maxDocFrequency fingerprints in more documents than this are stock phrases: skipped
   * @param topK most candidates returned
   */
  @Override
  public List<Candidate> candidates(
      long[] probe,
      Collection<String> excludeIds,
      int maxDocFrequency,
      int topK) {
    try {
      int[] values = FingerprintPoints.sortedValues(probe);
      return candidates(FingerprintPoints.match(reader, values, maxDocFrequency), excludeIds, maxDocFrequency, topK);
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  /** Candidates and frequencies from one pass over the fingerprint points. */
  @Override
  public Lookup lookUp(long[] hashes, Collection<String> excludeIds, int maxDocFrequency, int topK) {
    try {
      int[] values = FingerprintPoints.sortedValues(hashes);
      FingerprintPoints.Matches matches = FingerprintPoints.match(reader, values, maxDocFrequency);
      return new Lookup(
          candidates(matches, excludeIds, maxDocFrequency, topK), frequencies(matches, values, hashes));
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  /**
   * The documents holding most of the matched values, counting only values in no more than {@code
   * maxDocFrequency} documents over all segments, and live documents.
   */
  private List<Candidate> candidates(
      FingerprintPoints.Matches matches, Collection<String> excludeIds, int maxDocFrequency, int topK)
      throws IOException {
    int[] counts = new int[Math.max(1, reader.maxDoc())];
    Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    for (int h = 0; h < matches.size(); h++) {
      int doc = matches.doc(h);
      if (matches.documentFrequency(matches.value(h)) <= maxDocFrequency
          && (live == null || live.get(doc))) {
        counts[doc]++;
      }
    }
    return topCandidates(counts, excludeIds, topK);
  }

  private static int[] frequencies(FingerprintPoints.Matches matches, int[] values, long[] hashes) {
    int[] out = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      out[i] = matches.documentFrequency(Arrays.binarySearch(values, FingerprintPoints.value(hashes[i])));
    }
    return out;
  }

  @Override
  public int[] documentFrequencies(long[] hashes) {
    try {
      int[] values = FingerprintPoints.sortedValues(hashes);
      return frequencies(FingerprintPoints.match(reader, values, 0), values, hashes);
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  /**
   * For each term, the documents of {@code field} holding it, summed over the segments. As in
   * candidates: terms are sought in sorted order, so each seek starts where the last ended.
   */
  private int[] documentFrequencies(String field, BytesRef[] terms) throws IOException {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < terms.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> terms[x].compareTo(terms[y]));
    int[] out = new int[terms.length];
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms fieldTerms = leaf.reader().terms(field);
      if (fieldTerms == null) {
        continue;
      }
      TermsEnum termsEnum = fieldTerms.iterator();
      for (int i : order) {
        if (termsEnum.seekExact(terms[i])) {
          out[i] += termsEnum.docFreq();
        }
      }
    }
    return out;
  }

  /**
   * Documents whose content words are most like {@code stems} (BM25 over the {@code
   * maxQueryTerms} stems with the highest tf·idf): candidates for paraphrase, which shares words
   * but few fingerprints.
   *
   * @param stems stem → count in the essay
   * @param excludeIds identities never returned
   * @param topK most candidates returned
   */
  @Override
  public List<Candidate> similarByWords(
      Map<String, Integer> stems, Collection<String> excludeIds, int maxQueryTerms, int topK) {
    if (topK <= 0 || stems.isEmpty()) {
      return List.of();
    }
    // As one part, so that the two share one path (ties ordered by identity alike). It was a
    // search sorted by score and then identity; both take ~3.5 ms at 100,000 documents (JMH
    // wordLookUp: 3.8 +/- 2.4 before, 3.5 +/- 0.1 ms after), most of it scoring the postings.
    return similarByWords(List.of(stems), excludeIds, maxQueryTerms, topK).get(0);
  }

  /**
   * The same as one {@link #similarByWords(Map, Collection, int, int)} per part, faster: the
   * document frequencies of all parts' stems are read in one pass, and each query keeps only the
   * best scores (skipping documents that cannot reach them), its ties then ordered by identity.
   */
  @Override
  public List<List<Candidate>> similarByWords(
      List<Map<String, Integer>> parts, Collection<String> excludeIds, int maxQueryTerms, int topK) {
    List<List<Candidate>> out = new ArrayList<>(parts.size());
    if (topK <= 0) {
      parts.forEach(part -> out.add(List.of()));
      return out;
    }
    try {
      // One part (a whole essay's query) is read as it is: a copy of a long essay's stems is
      // heap that a check near the memory limit may not have.
      Collection<String> all;
      if (parts.size() == 1) {
        all = parts.get(0).keySet();
      } else {
        java.util.Set<String> union = new java.util.HashSet<>();
        parts.forEach(part -> union.addAll(part.keySet()));
        all = union;
      }
      Map<String, Integer> frequencies = stemFrequencies(all);
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      for (Map<String, Integer> part : parts) {
        BooleanQuery built = stemsQuery(part, frequencies, maxQueryTerms);
        if (built.clauses().isEmpty()) {
          out.add(List.of());
          continue;
        }
        // More than needed, so that ties at the cut can be ordered by identity: while the last
        // hit fetched still ties with the cut, fetch more.
        int cut = topK + excludeIds.size();
        TopDocs top = searcher.search(built, cut + TIE_MARGIN);
        for (int n = cut + TIE_MARGIN;
            top.scoreDocs.length == n && top.scoreDocs[n - 1].score >= top.scoreDocs[cut - 1].score;
            n *= 4) {
          top = searcher.search(built, n * 4);
        }
        List<Map.Entry<ScoreDoc, String>> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
          hits.add(Map.entry(hit, identity(hit.doc)));
        }
        hits.sort(
            Comparator.<Map.Entry<ScoreDoc, String>>comparingDouble(h -> -h.getKey().score)
                .thenComparing(Map.Entry::getValue));
        List<Candidate> best = new ArrayList<>();
        for (Map.Entry<ScoreDoc, String> hit : hits) {
          if (best.size() < topK && !excludeIds.contains(hit.getValue())) {
            best.add(new Candidate(essayAt(stored, hit.getKey().doc), 0));
          }
        }
        out.add(best);
      }
      return out;
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  /**
   * Documents holding each stem, summed over the segments; stems in no document are left out.
   * Counts already read from the open reader are taken from {@link #stemCounts}: a batch of
   * checks shares most of its words (of 100 Europarl essays' distinct words, 60% were in an
   * earlier one), and each count read is a seek in the terms dictionary.
   */
  private Map<String, Integer> stemFrequencies(Collection<String> stems) throws IOException {
    StemCounts cache = stemCounts;
    if (cache.reader() != reader) {
      cache = new StemCounts(reader, new ConcurrentHashMap<>());
      stemCounts = cache;
    }
    Map<String, Integer> frequencies = new HashMap<>();
    List<String> unread = new ArrayList<>();
    for (String stem : stems) {
      Integer count = cache.counts().get(stem);
      if (count == null) {
        unread.add(stem);
      } else if (count > 0) {
        frequencies.put(stem, count);
      }
    }
    BytesRef[] terms = new BytesRef[unread.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = StemTerms.term(unread.get(i));
    }
    int[] counts = documentFrequencies(IndexSchema.STEMS, terms);
    for (int i = 0; i < counts.length; i++) {
      if (cache.counts().size() < MAX_STEM_COUNTS) {
        cache.counts().put(unread.get(i), counts[i]);
      }
      if (counts[i] > 0) {
        frequencies.put(unread.get(i), counts[i]);
      }
    }
    return frequencies;
  }

  /** Stems whose document counts {@link #stemFrequencies} keeps (~16 MB at most). */
  private static final int MAX_STEM_COUNTS = 1 << 18;

  /** Document counts of stems (0: in no document) as {@code reader} holds them. */
  private record StemCounts(
      @Nullable DirectoryReader reader, ConcurrentHashMap<String, Integer> counts) {}

  /** Replaced whenever {@link #reader} is: the counts belong to one reader. */
  private volatile StemCounts stemCounts = new StemCounts(null, new ConcurrentHashMap<>());

  /**
   * Any of the {@code maxQueryTerms} stems with the highest tf·ln(N/df), ties by stem; no clause
   * when no stem is in the index.
   */
  private BooleanQuery stemsQuery(
      Map<String, Integer> stems, Map<String, Integer> frequencies, int maxQueryTerms) {
    int documents = Math.max(1, reader.numDocs());
    List<Map.Entry<String, Double>> weighted = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : stems.entrySet()) {
      int df = frequencies.getOrDefault(entry.getKey(), 0);
      if (df > 0) {
        weighted.add(Map.entry(entry.getKey(), entry.getValue() * Math.log((double) documents / df)));
      }
    }
    weighted.sort(
        Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> term : weighted.subList(0, Math.min(maxQueryTerms, weighted.size()))) {
      query.add(new TermQuery(new Term(IndexSchema.STEMS, StemTerms.term(term.getKey()))), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** Hits fetched beyond those needed, to order ties at the cut by identity. */
  private static final int TIE_MARGIN = 8;

  private List<Candidate> topCandidates(
      int[] counts, Collection<String> excludeIds, int topK)
      throws IOException {
    Integer[] docs =
        java.util.stream.IntStream.range(0, counts.length)
            .filter(d -> counts[d] > 0)
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(docs, Comparator.<Integer>comparingInt(d -> -counts[d]).thenComparingInt(d -> d));
    StoredFields stored = reader.storedFields();
    List<Candidate> out = new ArrayList<>();
    // Ties by identity, also at the cut (as every FingerprintIndex): each run of equal counts is
    // ordered by the identities in the ID doc values before candidates are taken from it.
    int from = 0;
    while (from < docs.length && out.size() < topK) {
      int to = from;
      while (to < docs.length && counts[docs[to]] == counts[docs[from]]) {
        to++;
      }
      List<Map.Entry<String, Integer>> run = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        run.add(Map.entry(identity(docs[i]), docs[i]));
      }
      run.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, Integer> entry : run) {
        if (out.size() >= topK) {
          break;
        }
        if (excludeIds.contains(entry.getKey())) {
          continue;
        }
        int doc = entry.getValue();
        out.add(new Candidate(essayAt(stored, doc), counts[doc]));
      }
      from = to;
    }
    return out;
  }

  /** The essay of a document: its stored fields, and its content hash from doc values. */
  private StoredEssay essayAt(StoredFields stored, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues hashes = leaf.reader().getBinaryDocValues(IndexSchema.HASH);
    String hash =
        hashes != null && hashes.advanceExact(doc - leaf.docBase)
            ? IndexSchema.hashText(hashes.binaryValue())
            : "";
    return IndexSchema.fromDocument(stored.document(doc), hash);
  }

  /** The identity of a document, from the ID doc values of its segment. */
  private String identity(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      return "";
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }

  /** Every stored essay, keyed by identity, in index order (small indexes, tests, tools). */
  public Map<String, StoredEssay> all() {
    Map<String, StoredEssay> out = new LinkedHashMap<>();
    try {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            StoredEssay essay = essayAt(stored, leaf.docBase + doc);
            out.put(essay.id(), essay);
          }
        }
      }
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
    return out;
  }

  /**
   * The template blocks of every site, counted over the whole index (cached per commit).
   *
   * @param minDocs fewest documents of a site a template block is in
   * @param minShare least share of the site's documents it is in
   */
  @Override
  public synchronized TemplateLibrary templates(int minDocs, double minShare) {
    TemplateLibrary cached = templates;
    if (cached != null && templatesReader == reader && templatesMinDocs == minDocs
        && templatesMinShare == minShare) {
      return cached;
    }
    try {
      Map<String, Integer> siteDocuments = new HashMap<>();
      Map<String, Map<Long, Integer>> counts = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms sites = leaf.reader().terms(IndexSchema.SITE);
        if (sites != null) {
          TermsEnum each = sites.iterator();
          for (BytesRef site = each.next(); site != null; site = each.next()) {
            siteDocuments.merge(site.utf8ToString(), each.docFreq(), Integer::sum);
          }
        }
      }
      // Document frequencies per segment add up; deleted documents are counted until merged away.
      Map<BytesRef, Integer> blockFrequency = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms blocks = leaf.reader().terms(IndexSchema.BLOCK);
        if (blocks != null) {
          TermsEnum each = blocks.iterator();
          for (BytesRef block = each.next(); block != null; block = each.next()) {
            blockFrequency.merge(BytesRef.deepCopyOf(block), each.docFreq(), Integer::sum);
          }
        }
      }
      for (Map.Entry<BytesRef, Integer> entry : blockFrequency.entrySet()) {
        if (entry.getValue() >= minDocs) {
          counts
              .computeIfAbsent(IndexSchema.blockSite(entry.getKey()), key -> new HashMap<>())
              .put(IndexSchema.blockHash(entry.getKey()), entry.getValue());
        }
      }
      TemplateLibrary library = new TemplateLibrary(siteDocuments, counts, minDocs, minShare);
      templates = library;
      templatesReader = reader;
      templatesMinDocs = minDocs;
      templatesMinShare = minShare;
      return library;
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  /** A stored essay holding a block, to show a template's text; null when none does. */
  @Override
  public StoredEssay withBlock(String site, long hash) {
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top =
          searcher.search(new TermQuery(new Term(IndexSchema.BLOCK, IndexSchema.blockTerm(site, hash))), 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      return essayAt(reader.storedFields(), top.scoreDocs[0].doc);
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  /**
   * Groups of near-duplicate essays, from one pass over the fingerprint postings (see {@link
   * DuplicateGroups}): pairs whose containment is at least {@code minContainment} join their
   * essays; fingerprints in more than {@code maxDocFrequency} essays are skipped as templates or
   * stock phrases. Deleted essays are ignored.
   */
  public DuplicateGroups duplicates(double minContainment, int maxDocFrequency) {
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("minContainment must be in (0, 1], got " + minContainment);
    }
    if (maxDocFrequency < 2) {
      throw new IllegalArgumentException("maxDocFrequency must be at least 2, got " + maxDocFrequency);
    }
    try {
      return DuplicateFinder.find(reader, minContainment, maxDocFrequency);
    } catch (IOException | RuntimeException | AssertionError e) {
      throw readFailure(e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("index opened for reading");
    }
    return writer;
  }

  /** Closes without committing: what was not committed is dropped, the last commit stays. */
  @Override
  public void close() {
    try {
      reader.close();
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException e) {
      throw damagedOrIo(path, e);
    }
  }

  private static IndexException missing(Path path) {
    return new IndexException(
        IndexException.Reason.MISSING,
        "no index at " + path + "; build one with: overlap index --index " + path + " PATH...");
  }

  private static IndexException ioProblem(Path path, String what, IOException e) {
    String detail;
    if (e instanceof FileSystemException fse) {
      String file =
          fse.getFile() == null || Path.of(fse.getFile()).equals(path) ? "" : fse.getFile() + ": ";
      String reason =
          e instanceof AccessDeniedException
              ? "permission denied"
              : e instanceof NoSuchFileException
                  ? "no such file"
                  : fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
      detail = file + reason;
    } else {
      detail = String.valueOf(e.getMessage());
    }
    return new IndexException(
        IndexException.Reason.IO, path + ": " + what + " (" + detail + ")", e);
  }

  private static IndexException damagedOrIo(Path path, IOException e) {
    if (e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException
        || e instanceof EOFException) {
      return damaged(path, e);
    }
    return ioProblem(path, "index read/write failed", e);
  }

  private static IndexException damaged(Path path, Exception e) {
    return new IndexException(
        IndexException.Reason.DAMAGED,
        path
            + " is damaged or was written by an incompatible Lucene version; rebuild it with:"
            + " overlap index --rebuild --index "
            + path
            + " PATH...",
        e);
  }

  /**
   * A read that failed in a way Lucene does not name: when the files' checksums show damage, the
   * index is damaged (exit 4); otherwise the failure is passed on as it is (an I/O problem, or a
   * bug to report). Checksums are only verified here, on failure, since that reads every file.
   * With {@code java -ea} Lucene's own assertions may be what trips on damaged data.
   */
  private RuntimeException readFailure(Throwable e) {
    if (e instanceof IndexException known) {
      return known;
    }
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    } catch (IOException | RuntimeException integrity) {
      IndexException damaged = damaged(path, integrity);
      damaged.addSuppressed(e);
      return damaged;
    }
    if (e instanceof Error error) {
      throw error; // an assertion of Lucene's (java -ea) that is not about damage
    }
    return e instanceof IOException io ? damagedOrIo(path, io) : (RuntimeException) e;
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // nothing more to do: the caller reports the original problem
      }
    }
  }

  /**
   * Segments an index may grow to while its merges are deferred: each is a file that the reader
   * refreshed at every commit keeps open, so a run of millions of essays (a commit of 10,000 adds
   * about two segments) lets Lucene merge on the way once there are this many.
   */
  static final int MAX_DEFERRED_SEGMENTS = 100;

  /** Lucene's merge policy, whose natural merges can wait for a forced merge (see deferMerges). */
  private static final class DeferrableMergePolicy extends FilterMergePolicy {
    volatile boolean deferred;

    DeferrableMergePolicy(MergePolicy in) {
      super(in);
    }

    private boolean waits(SegmentInfos infos) {
      return deferred && infos.size() < MAX_DEFERRED_SEGMENTS;
    }

    @Override
    public @org.jspecify.annotations.Nullable MergeSpecification findMerges(
        MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
      return waits(infos) ? null : super.findMerges(trigger, infos, context);
    }

    @Override
    public @org.jspecify.annotations.Nullable MergeSpecification findFullFlushMerges(
        MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
      return waits(infos) ? null : super.findFullFlushMerges(trigger, infos, context);
    }
  }
}
