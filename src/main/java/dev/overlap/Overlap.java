package dev.overlap;

import dev.overlap.align.PassageAligner;
import dev.overlap.align.PassageMatch;
import dev.overlap.align.StockPhrases;
import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.EssayAnalyzer;
import dev.overlap.analysis.TextAnalysis;
import dev.overlap.clean.BlockKind;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.CleanedText;
import dev.overlap.clean.TemplateBlocks;
import dev.overlap.config.OverlapConfig;
import dev.overlap.fingerprint.Fingerprint;
import dev.overlap.fingerprint.Fingerprinter;
import dev.overlap.index.Candidate;
import dev.overlap.index.DuplicateGroups;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.FingerprintIndex;
import dev.overlap.index.IndexException;
import dev.overlap.index.IndexSettings;
import dev.overlap.index.IndexSummary;
import dev.overlap.index.IndexedEssay;
import dev.overlap.index.StoredEssay;
import dev.overlap.index.TemplateLibrary;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.EssayFinder;
import dev.overlap.ingest.EssayReader;
import dev.overlap.ingest.MediaType;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.ingest.Sites;
import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import dev.overlap.report.ReportBuilder;
import dev.overlap.report.SourceAlignment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The whole pipeline: ingest → clean → analyze → fingerprint → index, and for a check, retrieve →
 * align → report. Each step is one call into its stage's package.
 *
 * <p>Thread-safe: every stage is stateless; a {@link FingerprintIndex} opened for reading may serve
 * checks from several threads.
 */
public final class Overlap {
  /** Titles and essay text count towards similarity; references and quotations are read only. */

  private final OverlapConfig config;
  private final EssaySource reader;
  private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
  private final TextAnalysis analysis;
  private final Fingerprinter fingerprinter;
  private final PassageAligner aligner;
  private final ReportBuilder reports;

  public Overlap(OverlapConfig config) {
    this(config, new EssayReader(config.maxFileBytes())::read);
  }

  /** Reads an essay's file: {@link EssayReader}, or in tests one that fails on purpose. */
  @FunctionalInterface
  interface EssaySource {
    Essay read(Path file, String displayPath) throws RefusedInputException;
  }

  Overlap(OverlapConfig config, EssaySource reader) {
    this.config = config;
    this.analysis = new TextAnalysis(config.scoredKinds());
    this.reader = reader;
    this.fingerprinter = new Fingerprinter(config.fingerprints());
    this.aligner = new PassageAligner(config.align());
    this.reports = new ReportBuilder(config.topSources());
  }

  public OverlapConfig config() {
    return config;
  }

  /** The settings an index built by this configuration records. */
  public IndexSettings indexSettings() {
    return new IndexSettings(
        config.fingerprints(),
        EssayAnalyzer.NORMALIZATION,
        IndexSettings.SCHEMA_VERSION,
        config.indexStems());
  }

  // ---- overlap index ----

  /**
   * Adds the essays under {@code paths} to the index at {@code indexPath}: unchanged files are
   * skipped, changed ones replaced; with {@code prune}, essays whose file vanished are removed.
   * Commits every {@code commitEvery} essays and at the end. A file that cannot be read, or that
   * a stage fails on (out of memory included), is refused with its reason and the batch goes on;
   * a failure of the index itself ends the run, leaving the last commit.
   *
   * @throws RefusedInputException when the paths hold no essay at all (the index is not touched)
   */
  public IndexSummary index(
      Path indexPath, List<String> paths, boolean rebuild, boolean prune, Progress progress)
      throws RefusedInputException {
    return index(indexPath, paths, rebuild, prune, Runtime.getRuntime().availableProcessors(), progress);
  }

  /** {@link #index}, reading and analysing essays on {@code threads} threads. */
  public IndexSummary index(
      Path indexPath,
      List<String> paths,
      boolean rebuild,
      boolean prune,
      int threads,
      Progress progress)
      throws RefusedInputException {
    return index(
        () -> EssayIndex.openForWriting(indexPath, indexSettings(), rebuild),
        paths,
        prune,
        threads,
        progress);
  }

  /**
   * {@link #index(Path, List, boolean, boolean, int, Progress)} into the index that {@code opener}
   * opens for writing (with {@link #indexSettings()}), e.g. a SolrCloud collection; it is only
   * opened once the paths are known to hold essays. Its {@code upsert} is called from the worker
   * threads.
   */
  public IndexSummary index(
      java.util.function.Supplier<? extends FingerprintIndex> opener,
      List<String> paths,
      boolean prune,
      int threads,
      Progress progress)
      throws RefusedInputException {
    long started = System.nanoTime();
    EssayFinder.Found found = EssayFinder.find(paths);
    if (found.files().isEmpty()) {
      if (found.refused().size() == 1) {
        throw found.refused().get(0);
      }
      throw new RefusedInputException(
          String.join(" ", paths),
          found.refused().isEmpty()
              ? "no essays found (overlap reads " + MediaType.supportedExtensions() + ")"
              : "nothing to index: " + found.refused().size() + " paths refused");
    }
    Tally tally = new Tally(found.refused());
    int removed = 0;
    int workers = Math.max(1, threads);
    try (FingerprintIndex index = opener.get();
        ExecutorService pool = workers(workers, "overlap-index")) {
      Map<String, String> known = new ConcurrentHashMap<>(index.contentHashes());
      if (known.isEmpty()) {
        // Every essay of this run is new, so it ends by merging the whole index (below).
        index.deferMerges();
      }
      // Files are read, cleaned, analysed and added by the workers, several at a time; their
      // outcomes are taken in file order, so counts, progress and commits read as a serial run.
      // At most a few essays per worker are in flight, which bounds memory.
      Deque<Future<Indexed>> inFlight = new ArrayDeque<>();
      Iterator<EssayFinder.FoundFile> files = found.files().iterator();
      // Essays that ran out of memory while others were in flight: the others' work may have
      // taken the heap, so each is tried once more alone at the end.
      List<EssayFinder.FoundFile> retry = new ArrayList<>();
      int done = 0;
      try {
        while (files.hasNext() || !inFlight.isEmpty()) {
          while (files.hasNext() && inFlight.size() < 4 * workers) {
            EssayFinder.FoundFile file = files.next();
            inFlight.add(pool.submit(() -> indexOne(index, known, file)));
          }
          Indexed outcome = await(inFlight.poll(), "indexing").explained();
          progress.update(done++, found.files().size(), outcome.file().displayPath());
          if (outcome.outOfMemory() && workers > 1) {
            retry.add(outcome.file());
            continue;
          }
          tally.count(outcome);
          if (outcome.result().changed() && tally.written() % config.commitEvery() == 0) {
            index.commit();
          }
        }
        for (EssayFinder.FoundFile file : retry) {
          tally.count(indexOne(index, known, file).explained());
        }
      } catch (RuntimeException | Error e) {
        pool.shutdownNow();
        throw e;
      }
      progress.update(found.files().size(), found.files().size(), "");
      if (prune) {
        for (String id : known.keySet()) {
          if (!Files.exists(Path.of(id))) {
            index.delete(id);
            removed++;
          }
        }
      }
      index.commit();
      if (tally.written() > 0 && tally.written() >= index.size() / 2) {
        // A run that wrote most of the index merges it into one segment: a check then seeks
        // each fingerprint once instead of once per segment. Smaller runs leave merging to
        // Lucene's policy, so adding a few essays never rewrites a large index.
        index.mergeSegments();
      }
      return new IndexSummary(
          tally.added,
          tally.updated,
          tally.unchanged,
          removed,
          tally.refused,
          index.size(),
          (System.nanoTime() - started) / 1e9);
    }
  }

  /**
   * What became of one file in an {@code index} run; {@code outOfMemory}: refused because the
   * heap ran out while it was processed.
   */
  private record Indexed(
      EssayFinder.FoundFile file,
      IndexResult result,
      @Nullable RefusedInputException refusal,
      boolean outOfMemory) {
    Indexed(EssayFinder.FoundFile file, IndexResult result, RefusedInputException refusal) {
      this(file, result, refusal, false);
    }

    /** This outcome with its refusal made, when the worker ran out of memory before making it. */
    Indexed explained() {
      return outOfMemory && refusal == null
          ? new Indexed(
              file, result, new RefusedInputException(file.displayPath(), OUT_OF_MEMORY_REASON), true)
          : this;
    }
  }

  /** What an {@code index} run did so far, counted outcome by outcome. */
  private static final class Tally {
    int added;
    int updated;
    int unchanged;
    final List<RefusedInputException> refused;

    Tally(List<RefusedInputException> refusedPaths) {
      this.refused = new ArrayList<>(refusedPaths);
    }

    void count(Indexed outcome) {
      switch (outcome.result()) {
        case UNCHANGED -> unchanged++;
        case REFUSED -> refused.add(outcome.refusal());
        case ADDED -> added++;
        case UPDATED -> updated++;
      }
    }

    /** Essays added or updated. */
    int written() {
      return added + updated;
    }
  }

  private enum IndexResult {
    ADDED,
    UPDATED,
    UNCHANGED,
    REFUSED;

    boolean changed() {
      return this == ADDED || this == UPDATED;
    }
  }

  /** Reads, prepares and adds one file (on a worker thread); a file a stage fails on is refused. */
  private Indexed indexOne(FingerprintIndex index, Map<String, String> known, EssayFinder.FoundFile file) {
    Essay essay;
    IndexedEssay prepared;
    try {
      essay = reader.read(file.file(), file.displayPath());
      if (essay.contentHash().equals(known.get(essay.id()))) {
        return new Indexed(file, IndexResult.UNCHANGED, null);
      }
      prepared = prepareForIndex(essay);
    } catch (RefusedInputException e) {
      return new Indexed(file, IndexResult.REFUSED, e);
    } catch (OutOfMemoryError e) {
      // Next to nothing is made here: the heap may still be full of another essay's work, and
      // an exception (with its stack trace) made now could run out of memory again and end the
      // run. The caller makes the refusal, once this worker has let go of the essay.
      return new Indexed(file, IndexResult.REFUSED, null, true);
    } catch (RuntimeException | StackOverflowError e) {
      // One file that breaks a stage must not cost the rest of the batch: it is refused,
      // and the reason asks for a report, since any such failure is a bug or a limit to fix.
      return new Indexed(
          file, IndexResult.REFUSED, new RefusedInputException(file.displayPath(), cannotProcess(e)));
    }
    index.upsert(prepared);
    String knownHash = known.put(essay.id(), essay.contentHash());
    return new Indexed(file, knownHash == null ? IndexResult.ADDED : IndexResult.UPDATED, null);
  }

  /**
   * The result of a worker's task; whatever it threw (a failure of the index itself, say) is
   * rethrown as it was.
   */
  private static <T> T await(Future<T> task, String work) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException(IndexException.Reason.IO, work + " was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Worker threads named for what they do; daemons, so they never keep the JVM alive. */
  private static ExecutorService workers(int threads, String name) {
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }

  private AnalyzedText withinWordLimit(Essay essay, AnalyzedText words)
      throws RefusedInputException {
    if (words.size() > config.maxWords()) {
      throw new RefusedInputException(
          essay.path(),
          "too long ("
              + words.size()
              + " words; the limit is "
              + config.maxWords()
              + ", raise it with --max-words)");
    }
    return words;
  }

  /** Why an essay that ran out of memory is refused. */
  private static final String OUT_OF_MEMORY_REASON =
      "too large to process in memory (split the file, or give java more heap with -Xmx)";

  private static String cannotProcess(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return OUT_OF_MEMORY_REASON;
    }
    if (e instanceof StackOverflowError) {
      return "too deeply nested to process";
    }
    String message =
        e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return "could not be processed (internal error "
        + e.getClass().getSimpleName()
        + message
        + "; please report it)";
  }

  private IndexedEssay prepareForIndex(Essay essay) throws RefusedInputException {
    CleanedText cleaned = cleaner.clean(essay);
    AnalyzedText words = withinWordLimit(essay, analysis.analyze(cleaned));
    String cleanText = cleaned.text().equals(essay.content()) ? null : cleaned.text();
    // By reference, the index keeps only the text a check cannot cheaply get back: the cleaned
    // text of a page (not the page), the extracted text of a document; a text file is read again.
    boolean keepContent =
        config.storeTexts() || (cleanText == null && essay.mediaType() == MediaType.DOCUMENT);
    return new IndexedEssay(
        essay.id(),
        essay.path(),
        essay.mediaType().name(),
        keepContent ? essay.content() : null,
        essay.contentHash(),
        words.size(),
        distinctHashes(fingerprinter.fingerprints(words)),
        config.indexStems() ? words.contentStemCounts() : null,
        Sites.of(essay),
        TemplateBlocks.hashes(cleaned),
        cleanText,
        cleaned.encodeBlocks());
  }

  // ---- overlap check ----

  /**
   * Opens the index at {@code indexPath} for checking, with the shingle size and window it was
   * built with.
   *
   * @throws IndexException when it is missing, or was built with another analysis chain
   */
  public EssayIndex openForChecking(Path indexPath) {
    EssayIndex index = EssayIndex.openForReading(indexPath);
    String normalization = index.settings().normalization();
    if (!normalization.equals(EssayAnalyzer.NORMALIZATION)) {
      index.close();
      throw new IndexException(
          IndexException.Reason.INCOMPATIBLE,
          indexPath
              + " was built with normalization "
              + normalization
              + " but this overlap uses "
              + EssayAnalyzer.NORMALIZATION
              + "; rebuild it with: overlap index --rebuild --index "
              + indexPath
              + " PATH...");
    }
    return index;
  }

  /**
   * Checks several essays against an open index, {@code threads} at a time; the results are in
   * the order of {@code paths}, and progress is reported in that order too.
   *
   * @param withTexts keep each essay's and its sources' texts (for the HTML report)
   */
  public List<CheckedEssay> checkAll(
      FingerprintIndex index, List<String> paths, boolean withTexts, int threads, Progress progress) {
    List<CheckedEssay> checked = new ArrayList<>(paths.size());
    int workers = Math.min(threads, paths.size());
    try (ExecutorService pool = workers(workers, "overlap-check")) {
      List<Future<Attempt>> tasks = new ArrayList<>(paths.size());
      for (String path : paths) {
        tasks.add(pool.submit(() -> attempt(index, path, withTexts)));
      }
      List<Integer> retry = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        progress.update(i, paths.size(), paths.get(i));
        Attempt attempt = await(tasks.get(i), "checking").explained(paths.get(i));
        if (attempt.outOfMemory() && workers > 1) {
          retry.add(i);
        }
        checked.add(attempt.essay());
      }
      // An essay that ran out of memory beside others is checked once more alone: the others'
      // work may have taken the heap.
      for (int i : retry) {
        checked.set(i, attempt(index, paths.get(i), withTexts).explained(paths.get(i)).essay());
      }
      progress.update(paths.size(), paths.size(), "");
    }
    return checked;
  }

  /**
   * One essay checked; {@code outOfMemory}: refused because the heap ran out meanwhile (then
   * {@code essay} is null until {@link #explained} makes the refusal).
   */
  private record Attempt(@Nullable CheckedEssay essay, boolean outOfMemory) {
    /** Made before the heap runs out: an attempt that ran out of memory allocates nothing. */
    static final Attempt OUT_OF_MEMORY = new Attempt(null, true);

    /** This attempt with the refusal of {@code path} made, if it ran out of memory. */
    Attempt explained(String path) {
      return essay == null
          ? new Attempt(CheckedEssay.withoutTexts(CheckReport.refused(path, OUT_OF_MEMORY_REASON)), true)
          : this;
    }
  }

  private Attempt attempt(FingerprintIndex index, String path, boolean withTexts) {
    try {
      Essay essay;
      try {
        essay = reader.read(Path.of(path), path);
      } catch (RefusedInputException e) {
        return new Attempt(CheckedEssay.withoutTexts(CheckReport.refused(path, e.reason())), false);
      }
      CheckedEssay result = checkEssay(index, essay);
      return new Attempt(withTexts ? result : CheckedEssay.withoutTexts(result.report()), false);
    } catch (IndexException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      // As in index: nothing is made here (the heap may still be full); the caller refuses it.
      return Attempt.OUT_OF_MEMORY;
    } catch (RuntimeException | StackOverflowError e) {
      // As in index: one essay that breaks a stage is refused; the rest of the batch goes on.
      return new Attempt(
          CheckedEssay.withoutTexts(CheckReport.refused(path, cannotProcess(e))), false);
    }
  }

  /**
   * Checks that an index opened for checking elsewhere (e.g. a SolrCloud collection) was built
   * with this overlap's analysis chain, and returns it.
   *
   * @throws IndexException when it was built with another normalization (the index is closed)
   */
  public <T extends FingerprintIndex> T compatible(T index) {
    String normalization = index.settings().normalization();
    if (!normalization.equals(EssayAnalyzer.NORMALIZATION)) {
      index.close();
      throw new IndexException(
          IndexException.Reason.INCOMPATIBLE,
          index.location()
              + " was built with normalization "
              + normalization
              + " but this overlap uses "
              + EssayAnalyzer.NORMALIZATION
              + "; rebuild it with: overlap index --rebuild ...");
    }
    return index;
  }

  /** Checks one essay against an open index. A refused essay gives a report with its error. */
  public CheckReport check(FingerprintIndex index, String path) {
    return checkWithTexts(index, path).report();
  }

  /** {@link #check}, with the essay's and the sources' texts the report's offsets point into. */
  public CheckedEssay checkWithTexts(FingerprintIndex index, String path) {
    return attempt(index, path, true).explained(path).essay();
  }

  private CheckedEssay checkEssay(FingerprintIndex index, Essay essay) {
    Fingerprinter probe = new Fingerprinter(index.settings().fingerprints());
    TemplateLibrary templates = index.templates(config.templateMinDocs(), config.templateMinShare());
    CleanedText cleaned = clean(essay, Sites.of(essay), templates);
    AnalyzedText words;
    try {
      words = withinWordLimit(essay, analysis.analyze(cleaned));
    } catch (RefusedInputException e) {
      return CheckedEssay.withoutTexts(CheckReport.refused(essay.path(), e.reason()));
    }
    List<Fingerprint> essayPrints = probe.fingerprints(words);
    long[] hashes = new long[essayPrints.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = essayPrints.get(i).hash();
    }
    FingerprintIndex.Lookup lookup =
        index.lookUp(
            hashes, Set.of(essay.id()), config.maxDocFrequency(index.size()), config.maxCandidates());
    List<Candidate> candidates = new ArrayList<>(lookup.candidates());
    Set<String> seen = new HashSet<>();
    candidates.forEach(c -> seen.add(c.essay().id()));
    // An index built without stems (index --no-stems) finds candidates by fingerprints only.
    boolean byWords = index.settings().stems();
    for (Candidate similar :
        byWords
            ? index.similarByWords(
                words.contentStems(), Set.of(essay.id()), 64, config.paraphraseCandidates())
            : List.<Candidate>of()) {
      if (seen.add(similar.essay().id())) {
        candidates.add(similar);
      }
    }
    List<Map<String, Integer>> parts = byWords ? parts(words, config.chunkWords()) : List.of();
    for (List<Candidate> best :
        parts.isEmpty()
            ? List.<List<Candidate>>of()
            : index.similarByWords(parts, Set.of(essay.id()), CHUNK_QUERY_TERMS, 1)) {
      for (Candidate similar : best) {
        if (seen.add(similar.essay().id())) {
          candidates.add(similar);
        }
      }
    }
    StockPhrases stock = stockPhrases(index, words.size(), essayPrints, lookup.documentFrequencies());
    List<SourceAlignment> alignments = new ArrayList<>();
    Map<String, CleanedText> sourceTexts = new HashMap<>();
    PassageAligner.PreparedEssay prepared = aligner.prepare(words);
    List<String> warnings = new ArrayList<>();
    for (Candidate candidate : candidates) {
      StoredEssay stored = candidate.essay();
      CleanedText sourceText;
      try {
        sourceText = storedClean(stored, templates);
      } catch (SourceUnavailable e) {
        warnings.add(e.getMessage());
        continue;
      }
      AnalyzedText source = analysis.analyze(sourceText);
      List<PassageMatch> passages = aligner.align(prepared, source, stock);
      alignments.add(new SourceAlignment(stored.id(), stored.path(), source, passages));
      sourceTexts.put(stored.id(), sourceText);
    }
    return CheckedEssay.of(
        reports.build(essay.path(), words, alignments).withWarnings(warnings),
        cleaned,
        sourceTexts,
        config.scoredKinds());
  }

  /** Stems queried per part of the essay ({@link OverlapConfig#chunkWords}): its rarest. */
  static final int CHUNK_QUERY_TERMS = 8;

  /**
   * The essay's content stems cut into parts of {@code size} content words (a last part of fewer
   * than half of that joins none and is dropped); none when {@code size} is 0.
   */
  static List<Map<String, Integer>> parts(AnalyzedText words, int size) {
    List<Map<String, Integer>> parts = new ArrayList<>();
    if (size <= 0) {
      return parts;
    }
    Map<String, Integer> part = new HashMap<>();
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.scored()[i] && !words.stems()[i].isEmpty()) {
        part.merge(words.stems()[i], 1, Integer::sum);
        n++;
      }
      if (n == size || (i == words.size() - 1 && n > 0 && n * 2 >= size)) {
        parts.add(part);
        part = new HashMap<>();
        n = 0;
      }
    }
    return parts;
  }

  /** The essay's runs that many indexed documents share, from its fingerprints' frequencies. */
  private static StockPhrases stockPhrases(
      FingerprintIndex index, int words, List<Fingerprint> fingerprints, int[] documentFrequencies) {
    int[] firstWords = new int[fingerprints.size()];
    for (int i = 0; i < firstWords.length; i++) {
      firstWords[i] = fingerprints.get(i).word();
    }
    return StockPhrases.of(
        words,
        firstWords,
        documentFrequencies,
        index.settings().fingerprints().shingleSize(),
        StockPhrases.DEFAULT_MIN_DOCS);
  }

  // ---- overlap templates ----

  /** A learned template block with a sample of its text. */
  public record Template(String site, int documents, int siteDocuments, String text) {}

  /** The template blocks the index has learned, most widespread first. */
  public List<Template> templates(FingerprintIndex index) {
    List<Template> out = new ArrayList<>();
    for (TemplateLibrary.Entry entry :
        index.templates(config.templateMinDocs(), config.templateMinShare()).entries()) {
      StoredEssay sample = index.withBlock(entry.site(), entry.hash());
      String text = "";
      Essay page = null;
      if (sample != null) {
        try {
          page = toEssay(sample);
        } catch (SourceUnavailable e) {
          // indexed by reference and changed since: the template is listed without its text
        }
      }
      if (page != null) {
        CleanedText cleaned = cleaner.clean(page);
        for (var block : cleaned.blocks()) {
          String blockText = cleaned.text().substring(block.start(), block.end());
          if (TemplateBlocks.hash(blockText) == entry.hash()) {
            text = blockText;
            break;
          }
        }
      }
      out.add(new Template(entry.site(), entry.documents(), entry.siteDocuments(), text));
    }
    return out;
  }

  // ---- overlap compare ----

  /** Aligns two files with each other, no index: the report of {@code essayPath}. */
  public CheckReport compare(String essayPath, String sourcePath) throws RefusedInputException {
    return compareWithTexts(essayPath, sourcePath).report();
  }

  /** {@link #compare}, with the two texts that the report's offsets point into. */
  public CheckedEssay compareWithTexts(String essayPath, String sourcePath)
      throws RefusedInputException {
    Essay essay = reader.read(Path.of(essayPath), essayPath);
    Essay source = reader.read(Path.of(sourcePath), sourcePath);
    CleanedText essayText = cleaner.clean(essay);
    CleanedText sourceText = cleaner.clean(source);
    AnalyzedText essayWords = analysis.analyze(essayText);
    AnalyzedText sourceWords = analysis.analyze(sourceText);
    List<PassageMatch> passages = aligner.align(essayWords, sourceWords);
    CheckReport report =
        reports.build(
            essay.path(),
            essayWords,
            List.of(new SourceAlignment(source.id(), source.path(), sourceWords, passages)));
    return CheckedEssay.of(report, essayText, Map.of(source.id(), sourceText), config.scoredKinds());
  }

  // ---- overlap dedup ----

  /**
   * Groups of near-duplicate essays in the index at {@code indexPath}: essays joined by pairs
   * whose containment (shared fingerprints / fingerprints of the smaller) is at least {@code
   * minContainment}, fingerprints of templates and stock phrases left out.
   *
   * @param maxDocFrequency fingerprints in more essays than this are left out; 0 for the cut
   *     {@code check} uses ({@link OverlapConfig#maxDocFrequency})
   * @throws IndexException when the index is missing, built with another analysis chain, or
   *     damaged (a writer at work does not stop it: the last commit is read)
   */
  public DuplicateGroups dedup(Path indexPath, double minContainment, int maxDocFrequency) {
    try (EssayIndex index = openForChecking(indexPath)) {
      int cap = maxDocFrequency > 0 ? maxDocFrequency : config.maxDocFrequency(index.size());
      return index.duplicates(minContainment, cap);
    }
  }

  // ---- helpers ----

  /** A candidate's cleaned text as it was at index time, with today's templates marked. */
  private CleanedText storedClean(StoredEssay stored, TemplateLibrary templates)
      throws SourceUnavailable {
    if (stored.blocks().isEmpty()) {
      return clean(toEssay(stored), stored.site(), templates);
    }
    String text = stored.cleanText() != null ? stored.cleanText() : content(stored);
    return TemplateBlocks.mark(CleanedText.decode(text, stored.blocks()), stored.site(), templates::isTemplate);
  }

  /** An indexed essay's file content: stored, or read again from its file when referenced. */
  private String content(StoredEssay stored) throws SourceUnavailable {
    if (stored.content() != null) {
      return stored.content();
    }
    Essay again;
    try {
      again = reader.read(Path.of(stored.id()), stored.path());
    } catch (RefusedInputException e) {
      throw new SourceUnavailable(
          stored.path()
              + " was left out: it was indexed by reference and cannot be read now ("
              + e.reason()
              + "); run 'overlap index' again (with --prune if it is gone for good)");
    }
    if (!again.contentHash().equals(stored.contentHash())) {
      throw new SourceUnavailable(
          stored.path()
              + " was left out: it has changed since it was indexed by reference; run 'overlap"
              + " index' again to update the index");
    }
    return again.content();
  }

  /**
   * An essay indexed by reference ({@code --texts reference}) whose file is gone or has changed:
   * the message names it and says what to do.
   */
  private static final class SourceUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    SourceUnavailable(String message) {
      super(message, null, false, false);
    }
  }

  /** Cleans, then marks the blocks the index knows as templates of the essay's site. */
  private CleanedText clean(Essay essay, String site, TemplateLibrary templates) {
    return TemplateBlocks.mark(cleaner.clean(essay), site, templates::isTemplate);
  }

  private Essay toEssay(StoredEssay stored) throws SourceUnavailable {
    return new Essay(
        stored.id(),
        stored.path(),
        MediaType.valueOf(stored.mediaType()),
        content(stored),
        "stored",
        stored.contentHash());
  }

  /** The distinct hashes of {@code fingerprints}, ascending. */
  private static long[] distinctHashes(List<Fingerprint> fingerprints) {
    long[] hashes = new long[fingerprints.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = fingerprints.get(i).hash();
    }
    java.util.Arrays.sort(hashes);
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (n == 0 || hashes[i] != hashes[n - 1]) {
        hashes[n++] = hashes[i];
      }
    }
    return java.util.Arrays.copyOf(hashes, n);
  }
}
