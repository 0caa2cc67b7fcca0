package dev.overlap.align;

import dev.overlap.analysis.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns an essay with one source: seed, extend, filter.
 *
 * <ol>
 *   <li><b>Seeds.</b> Every maximal run of at least {@code seedWords} identical words (found
 *       through a hash of the source's word n-grams), and, for paraphrase, every sentence pair
 *       whose stemmed content words reach the cosine and Dice thresholds (Sanchez-Perez, Sidorov
 *       and Gelbukh, PAN 2014).
 *   <li><b>Extension.</b> Seeds no more than {@code maxGap} words apart in both texts join one
 *       passage, in any order inside it (so reordered sentences stay one passage); passages that
 *       come close are merged until none do.
 *   <li><b>Filter.</b> A passage needs {@code minWords} words and enough evidence: exact runs
 *       covering {@code minWords} words with one run of at least 5, or two similar sentence pairs
 *       (or one very similar long one). Of passages that overlap in the essay, the better one stays.
 *   <li><b>Lone paraphrase.</b> When no passage has exact runs enough by themselves, so that
 *       all rest on similar sentences, the source is reported only if they cover {@code
 *       minParaphraseWords} words of the essay together: a sentence or two that say what the
 *       source says, with nothing copied, is as likely two texts on one topic as reuse.
 * </ol>
 *
 * <p>Thread-safe: keeps no state between calls.
 */
public final class PassageAligner {
  /** A source n-gram seen more often than this is too common to seed from. */
  private static final int MAX_NGRAM_OCCURRENCES = 64;

  /**
   * Exact runs at least this long explain their words, which then leave the sentence comparison;
   * shorter runs ("the dominant language") are as likely in a paraphrase and stay in it.
   */
  private static final int EXPLAINING_RUN = 5;

  /**
   * How much longer than the essay span the source span of one passage may be: a summary keeps
   * one sentence in two or three of its source.
   */
  private static final int SOURCE_SPREAD = 3;

  /**
   * Most source words between two pieces of one passage: a dropped sentence or two. Pieces
   * further apart are two passages, whose joint source span would cover unreused text between.
   */
  private static final int MAX_SOURCE_GAP = 60;

  /** Least share of a joined source span that the pieces' seeds must cover. */
  private static final double MIN_SOURCE_COVER = 0.4;

  private final AlignSettings settings;

  public PassageAligner(AlignSettings settings) {
    this.settings = settings;
  }

  public AlignSettings settings() {
    return settings;
  }

  /** The passages {@code essay} shares with {@code source}, in essay order. */
  public List<PassageMatch> align(AnalyzedText essay, AnalyzedText source) {
    return align(prepare(essay), source, StockPhrases.NONE);
  }

  /**
   * The passages {@code essay} shares with {@code source}, in essay order, where runs shorter than
   * {@code minWords} that {@code stock} calls stock phrases are no evidence of reuse: a passage
   * made of them (with edits between) is not reported, while one they are part of keeps them.
   */
  public List<PassageMatch> align(AnalyzedText essay, AnalyzedText source, StockPhrases stock) {
    return align(prepare(essay), source, stock);
  }

  /**
   * The essay's n-gram hashes and stem numbers, computed once for all the sources it is aligned
   * with (a check aligns one essay with some 50 candidates).
   */
  public PreparedEssay prepare(AnalyzedText essay) {
    return new PreparedEssay(essay, settings.seedWords());
  }

  /**
   * {@link #align(AnalyzedText, AnalyzedText, StockPhrases)} with the essay's side computed
   * beforehand.
   */
  public List<PassageMatch> align(PreparedEssay prepared, AnalyzedText source, StockPhrases stock) {
    AnalyzedText essay = prepared.text;
    List<Seed> exact = exactSeeds(prepared, source, stock);
    List<Seed> seeds = new ArrayList<>(exact);
    if (settings.paraphrase()) {
      seeds.addAll(sentenceSeeds(prepared, source, exact));
    }
    List<Cluster> clusters = extend(seeds);
    List<PassageMatch> passages = new ArrayList<>();
    List<Cluster> accepted = new ArrayList<>();
    boolean exactEvidence = false;
    clusters.sort(Comparator.comparingInt((Cluster c) -> -c.evidence()).thenComparingInt(c -> c.s1));
    for (Cluster cluster : clusters) {
      Evidence evidence = cluster.evaluate(essay, source);
      if (!evidence.accepted(settings)) {
        continue;
      }
      boolean overlaps = false;
      for (Cluster kept : accepted) {
        int overlap = Math.min(kept.s2, cluster.s2) - Math.max(kept.s1, cluster.s1);
        if (overlap > 0 && overlap * 2 > cluster.s2 - cluster.s1) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) {
        continue;
      }
      accepted.add(cluster);
      exactEvidence |= evidence.specificEnough(settings);
      passages.add(toMatch(cluster, evidence, essay, source));
    }
    if (!exactEvidence && essayWords(passages) < settings.minParaphraseWords()) {
      passages.clear(); // a lone paraphrase: too little to tell reuse from a shared topic
    }
    passages.sort(Comparator.comparingInt(PassageMatch::essayFirstWord));
    return passages;
  }

  private static int essayWords(List<PassageMatch> passages) {
    int words = 0;
    for (PassageMatch passage : passages) {
      words += passage.essayWords();
    }
    return words;
  }

  // ---- seeds ----

  /**
   * A rectangle in (essay words × source words), end exclusive.
   *
   * @param stock an exact run that is a stock phrase: it joins passages but is no evidence
   */
  record Seed(int s1, int s2, int t1, int t2, boolean exact, double similarity, boolean stock) {
    Seed(int s1, int s2, int t1, int t2, boolean exact, double similarity) {
      this(s1, s2, t1, t2, exact, similarity, false);
    }
  }

  private List<Seed> exactSeeds(PreparedEssay prepared, AnalyzedText source, StockPhrases stock) {
    int n = settings.seedWords();
    AnalyzedText essay = prepared.text;
    String[] a = essay.terms();
    String[] b = source.terms();
    List<Seed> seeds = new ArrayList<>();
    if (a.length < n || b.length < n) {
      return seeds;
    }
    GramTable grams = new GramTable(b, n);
    for (int i = 0; i + n <= a.length; i++) {
      int slot = grams.find(prepared.grams[i]);
      if (slot < 0 || grams.count[slot] > MAX_NGRAM_OCCURRENCES) {
        continue;
      }
      for (int j = grams.head[slot]; j >= 0; j = grams.next[j]) {
        if (i > 0 && j > 0 && a[i - 1].equals(b[j - 1])) {
          continue; // inside a run that started earlier
        }
        int length = 0;
        while (i + length < a.length && j + length < b.length && a[i + length].equals(b[j + length])) {
          length++;
        }
        if (length >= n && (length >= 6 || hasContentWord(essay, i, i + length))) {
          boolean common = length < settings.minWords() && stock.covers(i, i + length);
          seeds.add(new Seed(i, i + length, j, j + length, true, 1.0, common));
        }
      }
    }
    return seeds;
  }

  /**
   * The source's word n-grams by hash, open addressing: for each hash its number of occurrences
   * and their positions in ascending order (a chain through {@code next}).
   */
  private static final class GramTable {
    final long[] keys;
    final int[] head;
    final int[] count;
    final int[] next;
    private final int mask;

    GramTable(String[] terms, int n) {
      int positions = terms.length - n + 1;
      int capacity = Integer.highestOneBit(Math.max(2, positions * 2) - 1) << 1;
      keys = new long[capacity];
      head = new int[capacity];
      count = new int[capacity];
      next = new int[positions];
      mask = capacity - 1;
      java.util.Arrays.fill(head, -1);
      for (int j = positions - 1; j >= 0; j--) {
        long hash = gramHash(terms, j, n);
        int slot = slot(hash);
        while (head[slot] >= 0 && keys[slot] != hash) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = hash;
        next[j] = head[slot];
        head[slot] = j;
        count[slot]++;
      }
    }

    /** The slot of {@code hash}, or -1 when the source has no such n-gram. */
    int find(long hash) {
      int slot = slot(hash);
      while (head[slot] >= 0) {
        if (keys[slot] == hash) {
          return slot;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    private int slot(long hash) {
      long h = hash * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }

  private static boolean hasContentWord(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!text.stems()[i].isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static long gramHash(String[] terms, int from, int n) {
    long h = 1;
    for (int i = from; i < from + n; i++) {
      h = h * 0x9E3779B97F4A7C15L + terms[i].hashCode();
    }
    return h;
  }

  /**
   * Sentences as bags of stem numbers: sentence {@code k} covers words {@code first[k]} to {@code
   * end[k]} and holds stems {@code ids[offsets[k]..offsets[k+1])} (ascending, distinct) with their
   * {@code counts}.
   */
  private record Bags(int[] first, int[] end, int[] offsets, int[] ids, int[] counts) {
    int size() {
      return first.length;
    }

    int bagSize(int k) {
      return offsets[k + 1] - offsets[k];
    }
  }

  /** The sentences of {@code text} with the content words not {@code covered}, by stem number. */
  private static Bags bags(AnalyzedText text, int[] stemIds, BitSet covered) {
    int[] sentence = text.sentences();
    int count = 0;
    for (int i = 0; i < sentence.length; i++) {
      if (i == 0 || sentence[i] != sentence[i - 1]) {
        count++;
      }
    }
    int[] first = new int[count];
    int[] end = new int[count];
    int[] offsets = new int[count + 1];
    int[] ids = new int[sentence.length];
    int[] counts = new int[sentence.length];
    int[] scratch = new int[sentence.length];
    int k = 0;
    int size = 0;
    int from = 0;
    for (int i = 1; i <= sentence.length; i++) {
      if (i == sentence.length || sentence[i] != sentence[from]) {
        int taken = 0;
        for (int w = from; w < i; w++) {
          if (stemIds[w] >= 0 && !covered.get(w)) {
            scratch[taken++] = stemIds[w];
          }
        }
        java.util.Arrays.sort(scratch, 0, taken);
        for (int t = 0; t < taken; t++) {
          if (t > 0 && scratch[t] == scratch[t - 1]) {
            counts[size - 1]++;
          } else {
            ids[size] = scratch[t];
            counts[size++] = 1;
          }
        }
        first[k] = from;
        end[k++] = i;
        offsets[k] = size;
        from = i;
      }
    }
    return new Bags(first, end, offsets, ids, counts);
  }

  /**
   * Sentence pairs similar in the words that exact runs do not already explain: the residue of a
   * sentence that was partly copied is compared, so that a copied half does not pull in the
   * other, unrelated half of its sentence.
   */
  private List<Seed> sentenceSeeds(PreparedEssay prepared, AnalyzedText source, List<Seed> exact) {
    BitSet essayCovered = new BitSet();
    BitSet sourceCovered = new BitSet();
    for (Seed seed : exact) {
      if (seed.s2() - seed.s1() >= EXPLAINING_RUN) {
        essayCovered.set(seed.s1(), seed.s2());
        sourceCovered.set(seed.t1(), seed.t2());
      }
    }
    // Stems numbered as in the essay; a stem only the source has gets a number after those.
    int shared = prepared.stemIds.size();
    int[] sourceIds = new int[source.size()];
    Map<String, Integer> sourceOnly = new HashMap<>();
    String[] stems = source.stems();
    for (int w = 0; w < sourceIds.length; w++) {
      if (stems[w].isEmpty()) {
        sourceIds[w] = -1;
      } else {
        Integer id = prepared.stemIds.get(stems[w]);
        sourceIds[w] =
            id != null ? id : sourceOnly.computeIfAbsent(stems[w], key -> shared + sourceOnly.size());
      }
    }
    Bags mine =
        essayCovered.isEmpty() ? prepared.sentences : bags(prepared.text, prepared.ids, essayCovered);
    Bags theirs = bags(source, sourceIds, sourceCovered);
    double[] isf = inverseSentenceFrequency(mine, theirs, shared + sourceOnly.size());
    double[] mineNorms = norms(mine, isf);
    double[] theirNorms = norms(theirs, isf);
    // The source sentences holding each stem the essay has, with its count there.
    int[] start = new int[shared + 1];
    for (int e = 0; e < theirs.offsets()[theirs.size()]; e++) {
      if (theirs.ids()[e] < shared) {
        start[theirs.ids()[e] + 1]++;
      }
    }
    for (int id = 0; id < shared; id++) {
      start[id + 1] += start[id];
    }
    int[] fill = java.util.Arrays.copyOf(start, shared);
    int[] postingSentence = new int[start[shared]];
    int[] postingCount = new int[start[shared]];
    for (int b = 0; b < theirs.size(); b++) {
      for (int e = theirs.offsets()[b]; e < theirs.offsets()[b + 1]; e++) {
        int id = theirs.ids()[e];
        if (id < shared) {
          postingSentence[fill[id]] = b;
          postingCount[fill[id]++] = theirs.counts()[e];
        }
      }
    }
    List<Seed> seeds = new ArrayList<>();
    double[] dot = new double[theirs.size()];
    int[] sharedStems = new int[theirs.size()];
    for (int m = 0; m < mine.size(); m++) {
      if (mine.bagSize(m) < 3) {
        continue;
      }
      java.util.Arrays.fill(dot, 0);
      java.util.Arrays.fill(sharedStems, 0);
      for (int e = mine.offsets()[m]; e < mine.offsets()[m + 1]; e++) {
        int id = mine.ids()[e];
        int count = mine.counts()[e];
        double weight = isf[id];
        for (int p = start[id]; p < start[id + 1]; p++) {
          int b = postingSentence[p];
          dot[b] += count * postingCount[p] * weight * weight;
          sharedStems[b]++;
        }
      }
      for (int b = 0; b < theirs.size(); b++) {
        if (sharedStems[b] < 3 || theirNorms[b] == 0 || mineNorms[m] == 0) {
          continue;
        }
        double cosine = dot[b] / (mineNorms[m] * theirNorms[b]);
        double dice = 2.0 * sharedStems[b] / (mine.bagSize(m) + theirs.bagSize(b));
        if (cosine >= settings.sentenceCosine() && dice >= settings.sentenceDice()) {
          seeds.add(new Seed(mine.first()[m], mine.end()[m], theirs.first()[b], theirs.end()[b], false, cosine));
        }
      }
    }
    return seeds;
  }

  /**
   * Weights of stems by how few sentences of the two texts hold them (tf-isf, as Sanchez-Perez
   * et al.): a topic word found in every sentence says little about which sentences match.
   */
  private static double[] inverseSentenceFrequency(Bags mine, Bags theirs, int stems) {
    int[] frequency = new int[stems];
    for (Bags side : List.of(mine, theirs)) {
      for (int e = 0; e < side.offsets()[side.size()]; e++) {
        frequency[side.ids()[e]]++;
      }
    }
    double total = mine.size() + theirs.size();
    double[] isf = new double[stems];
    for (int id = 0; id < stems; id++) {
      if (frequency[id] > 0) {
        isf[id] = Math.log(1 + total / frequency[id]);
      }
    }
    return isf;
  }

  private static double[] norms(Bags sentences, double[] isf) {
    double[] norms = new double[sentences.size()];
    for (int k = 0; k < norms.length; k++) {
      double sum = 0;
      for (int e = sentences.offsets()[k]; e < sentences.offsets()[k + 1]; e++) {
        double w = sentences.counts()[e] * isf[sentences.ids()[e]];
        sum += w * w;
      }
      norms[k] = Math.sqrt(sum);
    }
    return norms;
  }

  /**
   * An essay made ready for {@link #align(PreparedEssay, AnalyzedText)}: its word n-gram hashes,
   * its content stems numbered, and its sentences as bags of those numbers. Immutable.
   */
  public static final class PreparedEssay {
    final AnalyzedText text;
    final long[] grams;
    final Map<String, Integer> stemIds = new HashMap<>();
    final int[] ids;
    final Bags sentences;

    PreparedEssay(AnalyzedText text, int seedWords) {
      this.text = text;
      String[] terms = text.terms();
      grams = new long[Math.max(0, terms.length - seedWords + 1)];
      for (int i = 0; i < grams.length; i++) {
        grams[i] = gramHash(terms, i, seedWords);
      }
      String[] stems = text.stems();
      ids = new int[stems.length];
      for (int w = 0; w < stems.length; w++) {
        ids[w] = stems[w].isEmpty() ? -1 : stemIds.computeIfAbsent(stems[w], key -> stemIds.size());
      }
      sentences = bags(text, ids, new BitSet());
    }

    public AnalyzedText text() {
      return text;
    }
  }

  // ---- extension ----

  private final class Cluster {
    int s1;
    int s2;
    int t1;
    int t2;
    final List<Seed> seeds = new ArrayList<>();

    Cluster(Seed seed) {
      s1 = seed.s1();
      s2 = seed.s2();
      t1 = seed.t1();
      t2 = seed.t2();
      seeds.add(seed);
    }

    /**
     * Whether a seed or passage belongs with this one: within {@code maxGap} words of it in the
     * essay, and either within {@code maxGap} words in the source too, or inside a source region
     * not much longer than the joined essay span, which is where reordered, shortened or dropped
     * sentences of one reused passage land. Only strong evidence (a run of {@value
     * #EXPLAINING_RUN}+ words, a similar sentence pair) may join from afar: a stray three-word run
     * would otherwise stretch a passage over text that was not reused.
     */
    boolean near(int os1, int os2, int ot1, int ot2, boolean strong, List<Seed> otherSeeds) {
      int gap = settings.maxGap();
      if (os1 > s2 + gap || os2 < s1 - gap) {
        return false;
      }
      if (ot1 <= t2 + gap && ot2 >= t1 - gap) {
        return true;
      }
      if (!strong) {
        return false;
      }
      int essaySpan = Math.max(s2, os2) - Math.min(s1, os1);
      int from = Math.min(t1, ot1);
      int sourceSpan = Math.max(t2, ot2) - from;
      if (sourceSpan > SOURCE_SPREAD * essaySpan + gap) {
        return false;
      }
      BitSet covered = new BitSet(sourceSpan);
      for (List<Seed> list : List.of(seeds, otherSeeds)) {
        for (Seed seed : list) {
          covered.set(seed.t1() - from, seed.t2() - from);
        }
      }
      return Math.max(ot1 - t2, t1 - ot2) <= MAX_SOURCE_GAP
          && covered.cardinality() >= MIN_SOURCE_COVER * sourceSpan;
    }

    void absorb(Cluster other) {
      s1 = Math.min(s1, other.s1);
      s2 = Math.max(s2, other.s2);
      t1 = Math.min(t1, other.t1);
      t2 = Math.max(t2, other.t2);
      seeds.addAll(other.seeds);
    }

    /**
     * Whether an exact seed matches words that another exact seed of this passage already matched,
     * in either text: a phrase one text repeats ("degree from an ... degree from an"), not more
     * reuse.
     */
    boolean matchesSourceAgain(Seed seed) {
      if (!seed.exact()) {
        return false;
      }
      int claimedSource = 0;
      int claimedEssay = 0;
      for (Seed other : seeds) {
        if (other.exact()) {
          claimedSource +=
              Math.max(0, Math.min(other.t2(), seed.t2()) - Math.max(other.t1(), seed.t1()));
          claimedEssay +=
              Math.max(0, Math.min(other.s2(), seed.s2()) - Math.max(other.s1(), seed.s1()));
        }
      }
      return claimedSource * 2 >= seed.t2() - seed.t1() || claimedEssay * 2 >= seed.s2() - seed.s1();
    }

    boolean strong() {
      for (Seed seed : seeds) {
        if (PassageAligner.strong(seed)) {
          return true;
        }
      }
      return false;
    }

    int evidence() {
      int total = 0;
      for (Seed seed : seeds) {
        total += seed.s2() - seed.s1();
      }
      return total;
    }

    Evidence evaluate(AnalyzedText essay, AnalyzedText source) {
      BitSet exactEssay = new BitSet();
      BitSet exactSource = new BitSet();
      BitSet sentenceEssay = new BitSet();
      BitSet specificEssay = new BitSet();
      int longestRun = 0;
      int longestSpecific = 0;
      int sentencePairs = 0;
      double similarity = 0;
      double bestSimilarity = 0;
      for (Seed seed : seeds) {
        if (seed.exact()) {
          exactEssay.set(seed.s1(), seed.s2());
          exactSource.set(seed.t1(), seed.t2());
          longestRun = Math.max(longestRun, seed.s2() - seed.s1());
          if (!seed.stock()) {
            specificEssay.set(seed.s1(), seed.s2());
            longestSpecific = Math.max(longestSpecific, seed.s2() - seed.s1());
          }
        } else {
          sentenceEssay.set(seed.s1(), seed.s2());
          sentencePairs++;
          similarity += seed.similarity();
          bestSimilarity = Math.max(bestSimilarity, seed.similarity());
        }
      }
      boolean anyScored = false;
      for (int i = s1; i < s2 && !anyScored; i++) {
        anyScored = essay.scored()[i];
      }
      BitSet covered = (BitSet) exactEssay.clone();
      covered.or(sentenceEssay);
      return new Evidence(
          s2 - s1,
          t2 - t1,
          covered.cardinality(),
          exactEssay.cardinality(),
          exactSource.cardinality(),
          longestRun,
          specificEssay.cardinality(),
          longestSpecific,
          sentencePairs,
          sentencePairs == 0 ? 0 : similarity / sentencePairs,
          bestSimilarity,
          anyScored);
    }
  }

  private static boolean strong(Seed seed) {
    return !seed.exact() || seed.s2() - seed.s1() >= EXPLAINING_RUN;
  }

  private List<Cluster> extend(List<Seed> seeds) {
    seeds.sort(Comparator.comparingInt(Seed::s1).thenComparingInt(Seed::t1));
    List<Cluster> clusters = new ArrayList<>();
    for (Seed seed : seeds) {
      Cluster home = null;
      for (int c = clusters.size() - 1; c >= 0; c--) {
        Cluster candidate = clusters.get(c);
        if (candidate.near(seed.s1(), seed.s2(), seed.t1(), seed.t2(), strong(seed), List.of(seed))) {
          home = candidate;
          break;
        }
      }
      if (home == null) {
        clusters.add(new Cluster(seed));
      } else if (!home.matchesSourceAgain(seed)) {
        home.absorb(new Cluster(seed));
      }
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      outer:
      for (int i = 0; i < clusters.size(); i++) {
        for (int j = i + 1; j < clusters.size(); j++) {
          Cluster a = clusters.get(i);
          Cluster b = clusters.get(j);
          if (a.near(b.s1, b.s2, b.t1, b.t2, b.strong(), b.seeds)) {
            a.absorb(b);
            clusters.remove(j);
            merged = true;
            break outer;
          }
        }
      }
    }
    return clusters;
  }

  // ---- filter ----

  private record Evidence(
      int essayWords,
      int sourceWords,
      int covered,
      int exactEssay,
      int exactSource,
      int longestRun,
      int specificExact,
      int longestSpecific,
      int sentencePairs,
      double meanSimilarity,
      double bestSimilarity,
      boolean anyScored) {

    /**
     * One run of {@code minWords}, or (edited text) runs of at least 5 covering 12 words and at
     * least 30% of the passage: two short runs of stock wording ("the Czech composer Antonín
     * Dvořák ... in New York") are not enough.
     */
    boolean exactEnough(AlignSettings settings) {
      return exactEnough(settings, exactEssay, longestRun);
    }

    /** {@link #exactEnough(AlignSettings)} counting only runs that are not stock phrases. */
    boolean specificEnough(AlignSettings settings) {
      return exactEnough(settings, specificExact, longestSpecific);
    }

    private boolean exactEnough(AlignSettings settings, int exact, int longest) {
      if (longest >= settings.minWords()) {
        return true;
      }
      return exact >= Math.max(settings.minWords(), 12)
          && longest >= Math.min(5, settings.minWords())
          && exact * 10 >= essayWords * 3;
    }

    /**
     * Similar sentence pairs carry the passage: two or more that, with the exact runs, cover most
     * of it; or one that is very similar or backed by exact runs.
     */
    boolean paraphraseEnough() {
      if (sentencePairs >= 2) {
        return covered * 10 >= essayWords * 6;
      }
      return sentencePairs == 1 && essayWords >= 12 && (bestSimilarity >= 0.7 || specificExact >= 6);
    }

    boolean accepted(AlignSettings settings) {
      return anyScored
          && essayWords >= settings.minWords()
          && (specificEnough(settings) || paraphraseEnough());
    }

    PassageKind kind(AlignSettings settings) {
      double essayShare = (double) exactEssay / essayWords;
      double sourceShare = (double) exactSource / Math.max(1, sourceWords);
      if (exactEssay == essayWords && exactSource == sourceWords) {
        return PassageKind.VERBATIM;
      }
      if (exactEnough(settings) && Math.min(essayShare, sourceShare) >= 0.4) {
        return PassageKind.EDITED;
      }
      return PassageKind.PARAPHRASE;
    }

    double score(PassageKind kind) {
      double exact = (double) (exactEssay + exactSource) / (essayWords + sourceWords);
      return kind == PassageKind.PARAPHRASE ? Math.max(exact, meanSimilarity) : exact;
    }
  }

  /**
   * Grows a passage over words at its edges that match after one or two substituted words
   * ("Meandering channels [move|migrate] across ..."): runs of two or more words with a content
   * word, or one word that starts (ends) a sentence in both texts.
   */
  private static void extendEdges(Cluster cluster, AnalyzedText essay, AnalyzedText source) {
    String[] a = essay.terms();
    String[] b = source.terms();
    boolean grown = true;
    while (grown) {
      grown = false;
      for (int skipA = 0; skipA <= 2 && !grown; skipA++) {
        for (int skipB = 0; skipB <= 2 && !grown; skipB++) {
          int i = cluster.s1 - 1 - skipA;
          int j = cluster.t1 - 1 - skipB;
          int run = 0;
          while (i - run >= 0 && j - run >= 0 && a[i - run].equals(b[j - run])) {
            run++;
          }
          if (run > 0 && edgeRunCounts(essay, source, i - run + 1, j - run + 1, run, true)) {
            cluster.s1 = i - run + 1;
            cluster.t1 = j - run + 1;
            grown = true;
          }
        }
      }
      for (int skipA = 0; skipA <= 2 && !grown; skipA++) {
        for (int skipB = 0; skipB <= 2 && !grown; skipB++) {
          int i = cluster.s2 + skipA;
          int j = cluster.t2 + skipB;
          int run = 0;
          while (i + run < a.length && j + run < b.length && a[i + run].equals(b[j + run])) {
            run++;
          }
          if (run > 0 && edgeRunCounts(essay, source, i, j, run, false)) {
            cluster.s2 = i + run;
            cluster.t2 = j + run;
            grown = true;
          }
        }
      }
    }
  }

  private static boolean edgeRunCounts(
      AnalyzedText essay, AnalyzedText source, int i, int j, int run, boolean atStart) {
    if (run >= 2 && hasContentWord(essay, i, i + run)) {
      return true;
    }
    if (atStart) {
      return sentenceStart(essay, i) && sentenceStart(source, j);
    }
    return sentenceEnd(essay, i + run - 1) && sentenceEnd(source, j + run - 1);
  }

  private static boolean sentenceStart(AnalyzedText text, int word) {
    return word == 0 || text.sentences()[word - 1] != text.sentences()[word];
  }

  private static boolean sentenceEnd(AnalyzedText text, int word) {
    return word == text.size() - 1 || text.sentences()[word + 1] != text.sentences()[word];
  }

  private PassageMatch toMatch(
      Cluster cluster, Evidence evidence, AnalyzedText essay, AnalyzedText source) {
    extendEdges(cluster, essay, source);
    evidence = cluster.evaluate(essay, source);
    PassageKind kind = evidence.kind(settings);
    int essayStart = essay.starts()[cluster.s1];
    int essayEnd = essay.ends()[cluster.s2 - 1];
    int sourceStart = source.starts()[cluster.t1];
    int sourceEnd = source.ends()[cluster.t2 - 1];
    // Take the closing punctuation when both texts end the passage with the same mark.
    if (essayEnd < essay.text().length()
        && sourceEnd < source.text().length()
        && ".!?".indexOf(essay.text().charAt(essayEnd)) >= 0
        && essay.text().charAt(essayEnd) == source.text().charAt(sourceEnd)) {
      essayEnd++;
      sourceEnd++;
    }
    double score = Math.round(evidence.score(kind) * 1000) / 1000.0;
    return new PassageMatch(
        cluster.s1,
        cluster.s2,
        cluster.t1,
        cluster.t2,
        essayStart,
        essayEnd,
        sourceStart,
        sourceEnd,
        kind,
        score);
  }
}
