package dev.overlap.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives each block of a page a kind, in the manner of jusText (Pomikálek 2011) with a marketing
 * lexicon on top:
 *
 * <ol>
 *   <li>per block: length, stop-word share (in the page's language), sentence punctuation, cue
 *       score from the {@link Lexicon}, share of "you/your/our/us" (promotional voice), and for
 *       HTML the hint the page structure gives (furniture, main content, link density);
 *   <li>a first class: hard boilerplate (cues, furniture, links), short, near-good, good or bad;
 *   <li>title, reference list (a heading such as "References" and the citation-like blocks after
 *       it) and quotations;
 *   <li>context: a short block between two boilerplate blocks is boilerplate, between two good
 *       ones good; a near-good block next to good text is good.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class BlockClassifier {
  /** What the page structure says about a block before its text is read. */
  enum Hint {
    NONE,
    /** Inside the main content of an HTML page: judged leniently. */
    CONTENT,
    /** Outside the main content but not furniture: kept only when clearly good prose. */
    OUTSIDE,
    /** Navigation, footer, sidebar, share bar...: boilerplate whatever its text. */
    FURNITURE,
    /** The page's main heading. */
    TITLE,
    /** An HTML heading inside the content. */
    HEADING,
    /** An HTML blockquote. */
    QUOTE
  }

  /**
   * One block to classify.
   *
   * @param proseContent the block is inside a main content made of prose (under a quarter of its
   *     text in links): there a line of links is a list of other pages, not the content, which it
   *     can be on a listing
   */
  record Unit(
      String text, Hint hint, double linkDensity, String hintReason, boolean proseContent) {
    static Unit of(String text) {
      return new Unit(text, Hint.NONE, 0, "", false);
    }
  }

  /** The kind a block got and why. */
  record Verdict(BlockKind kind, String reason) {}

  private enum Cls {
    GOOD,
    NEAR_GOOD,
    SHORT,
    BAD
  }

  private static final Set<String> VOICE = Set.of("you", "your", "yours", "our", "ours", "us");
  private static final Pattern CITATION_MARKS =
      Pattern.compile(
          "\\(\\s*(?:1[5-9]|20)\\d\\d[a-z]?\\s*[,)]|(?:^|\\s)(?:1[5-9]|20)\\d\\d[a-z]?[.,;)]"
              + "|et al\\.|doi|https?://|www\\.|retrieved from|available at|\\[online\\]|accessed"
              + "|\\bvol\\.|\\bpp?\\.\\s?\\d|\\d+\\s?\\(\\d+\\)\\s?[:,]|journal|university press"
              + "|press\\b|edition|\\bed[s]?\\.");
  private static final Pattern AUTHOR_START =
      Pattern.compile("^(?:\\[?\\d{1,3}[.\\])]\\s*)?\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?,\\s");
  private static final Pattern HEADING_NUMBER = Pattern.compile("^(?:[0-9ivx]+[.)]?\\s+|#+\\s*)");

  private final CleanRules rules;
  private final Lexicon lexicon;

  /** What measuring a block needs of a word, found with one look-up (see {@link WordFacts}). */
  private final WordMap<WordFacts> facts;
  private final Set<String> referenceHeadings;
  private final double shortChars;
  private final double goodChars;
  private final double stopLow;
  private final double stopHigh;
  private final double maxLinkDensity;
  private final double shortWords;
  private final double shortCueScore;
  private final double shortCueCoverage;
  private final double shortVoiceRate;
  /** Block length up to which promotional cues count in full; longer blocks need them denser. */
  private static final int PROMO_WORDS = 150;

  /** Words of a page its language is judged by. */
  private static final int LANGUAGE_WORDS = 20_000;

  private final double promoScore;
  private final double promoVoiceScore;
  private final double promoVoiceRate;
  private final double minLanguageShare;

  BlockClassifier(CleanRules rules) {
    this.rules = rules;
    this.lexicon = new Lexicon(rules);
    this.facts = facts(lexicon);
    this.referenceHeadings = Set.copyOf(rules.referenceHeadings());
    this.shortChars = rules.setting("shortChars");
    this.goodChars = rules.setting("goodChars");
    this.stopLow = rules.setting("stopLow");
    this.stopHigh = rules.setting("stopHigh");
    this.maxLinkDensity = rules.setting("maxLinkDensity");
    this.shortWords = rules.setting("shortWords");
    this.shortCueScore = rules.setting("shortCueScore");
    this.shortCueCoverage = rules.setting("shortCueCoverage");
    this.shortVoiceRate = rules.setting("shortVoiceRate");
    this.promoScore = rules.setting("promoScore");
    this.promoVoiceScore = rules.setting("promoVoiceScore");
    this.promoVoiceRate = rules.setting("promoVoiceRate");
    this.minLanguageShare = rules.setting("minLanguageShare");
  }

  CleanRules rules() {
    return rules;
  }

  /** Measured features of one block. */
  private record Features(
      int words,
      int chars,
      double stopShare,
      double voiceRate,
      boolean sentenceEnd,
      boolean question,
      Lexicon.Match cues,
      String lower,
      String text,
      double titleCaseShare,
      int separators,
      Words tokens,
      int[] stopCounts) {
    /** With the share of its words on the stop list of {@code language} (none: unchanged). */
    Features withStopShare(StopWords.@Nullable Language language) {
      if (language == null) {
        return this;
      }
      double share = (double) stopCounts[language.index()] / Math.max(1, tokens.size());
      return new Features(
          words, chars, share, voiceRate, sentenceEnd, question, cues, lower, text, titleCaseShare,
          separators, tokens, stopCounts);
    }
  }

  /** Features that do not depend on the page, by block text (equal texts, equal features); reused across passes and readings. */
  static final class Cache {
    private final Map<String, Features> byText = new HashMap<>();
  }

  List<Verdict> classify(List<Unit> units) {
    return classify(units, new Cache());
  }

  List<Verdict> classify(List<Unit> units, Cache cache) {
    int n = units.size();
    Features[] features = new Features[n];
    // The page's language is judged by its first 20,000 words: the sum of its blocks' stop-word
    // counts while they fit, the words themselves counted again for the block that crosses.
    int[] stopCounts = new int[StopWords.languages()];
    int counted = 0;
    for (int i = 0; i < n; i++) {
      Features f = cache.byText.computeIfAbsent(units.get(i).text(), this::measure);
      features[i] = f;
      Words words = f.tokens();
      if (counted + words.size() <= LANGUAGE_WORDS) {
        for (int k = 0; k < stopCounts.length; k++) {
          stopCounts[k] += f.stopCounts()[k];
        }
        counted += words.size();
      } else if (counted < LANGUAGE_WORDS) {
        int[] part = StopWords.count(words.list(LANGUAGE_WORDS - counted));
        for (int k = 0; k < stopCounts.length; k++) {
          stopCounts[k] += part[k];
        }
        counted = LANGUAGE_WORDS;
      }
    }
    StopWords.Language language = StopWords.detect(stopCounts, counted, minLanguageShare);
    boolean haveStops = language != null;

    Cls[] cls = new Cls[n];
    boolean[] hard = new boolean[n];
    BlockKind[] kinds = new BlockKind[n];
    String[] reasons = new String[n];
    for (int i = 0; i < n; i++) {
      features[i] = features[i].withStopShare(language);
    }
    double[] thresholds = stopThresholds(language, features);
    for (int i = 0; i < n; i++) {
      Unit unit = units.get(i);
      Features f = features[i];
      String bad = hardBoilerplate(unit, f);
      if (bad != null) {
        cls[i] = Cls.BAD;
        hard[i] = true;
        reasons[i] = bad;
        continue;
      }
      cls[i] = textClass(f, haveStops, thresholds[0], thresholds[1]);
      reasons[i] = reason(cls[i], f, haveStops);
      if (unit.linkDensity() > maxLinkDensity && cls[i] == Cls.SHORT && unit.proseContent()) {
        // A short link in an article (a related headline, "More in World"): not promoted by the
        // content, left to its neighbours: kept only between paragraphs.
        reasons[i] = reasons[i] + ", a link in the article";
        continue;
      }
      if (unit.linkDensity() > maxLinkDensity && cls[i] != Cls.SHORT) {
        // Links inside the main content (cards of a listing, a related-links line): left to context.
        cls[i] = Cls.BAD;
        reasons[i] = "mostly links (" + whole(unit.linkDensity() * 100) + "%) in the main content";
        continue;
      }
      switch (unit.hint()) {
        case CONTENT, HEADING, QUOTE, TITLE -> {
          if (cls[i] == Cls.SHORT) {
            cls[i] = Cls.NEAR_GOOD;
            reasons[i] = reasons[i] + " in the main content";
          } else if (cls[i] == Cls.BAD) {
            cls[i] = Cls.NEAR_GOOD;
            reasons[i] = "in the main content (" + reasons[i] + ")";
          }
        }
        case OUTSIDE -> reasons[i] = reasons[i] + ", " + unit.hintReason();
        default -> {}
      }
    }

    boolean anyHard = false;
    for (int i = 0; i < n; i++) {
      anyHard |= hard[i];
    }
    if (!anyHard) {
      // No block is boilerplate by itself (no cue, no furniture): this is clean text, an essay or
      // an already cleaned page, and length or stop words alone remove nothing. This is also what
      // makes cleaning idempotent: the kept blocks of a page never hold a hard boilerplate block.
      for (int i = 0; i < n; i++) {
        if (cls[i] != Cls.GOOD) {
          cls[i] = Cls.GOOD;
          reasons[i] = reasons[i] + "; kept: no boilerplate cue on the page";
        }
      }
    }
    markTitle(units, features, cls, hard, kinds, reasons);
    markReferences(features, cls, hard, kinds, reasons);
    for (int i = 0; i < n; i++) {
      if (kinds[i] == null && !(hard[i] && cls[i] == Cls.BAD) && isQuote(units.get(i), features[i])) {
        kinds[i] = BlockKind.QUOTE;
        cls[i] = cls[i] == Cls.BAD ? Cls.NEAR_GOOD : cls[i];
        reasons[i] = units.get(i).hint() == Hint.QUOTE ? "blockquote" : "in quotation marks";
      }
    }
    smooth(units, features, cls, hard, kinds, reasons);

    List<Verdict> verdicts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BlockKind kind = kinds[i];
      if (kind == null) {
        kind = cls[i] == Cls.GOOD ? BlockKind.ESSAY : BlockKind.BOILERPLATE;
      }
      verdicts.add(new Verdict(kind, reasons[i]));
    }
    return verdicts;
  }

  static List<String> words(String lower) {
    return Words.of(lower).list();
  }

  /**
   * A word's stop-list languages (by language index), whether it addresses the reader ({@link
   * #VOICE}) and the lexicon phrases it starts: one hash look-up per word of a block where there
   * were three.
   */
  private record WordFacts(int[] languages, boolean voice, Lexicon.Phrase @Nullable [] phrases) {}

  private static WordMap<WordFacts> facts(Lexicon lexicon) {
    Map<String, int[]> languages = StopWords.languagesByWord();
    Map<String, List<Lexicon.Phrase>> phrases = lexicon.phrasesByFirstWord();
    Set<String> words = new HashSet<>(languages.keySet());
    words.addAll(VOICE);
    words.addAll(phrases.keySet());
    Map<String, WordFacts> facts = HashMap.newHashMap(words.size());
    for (String word : words) {
      List<Lexicon.Phrase> starting = phrases.get(word);
      facts.put(
          word,
          new WordFacts(
              languages.getOrDefault(word, new int[0]),
              VOICE.contains(word),
              starting == null ? null : starting.toArray(Lexicon.Phrase[]::new)));
    }
    return new WordMap<>(facts);
  }

  private Features measure(String text) {
    String lower = Text.lower(text);
    Words words = Words.of(lower);
    int voice = 0;
    int[] stopCounts = new int[StopWords.languages()];
    Lexicon.Phrase[][] phrases = null; // made for the first word that starts a phrase
    for (int i = 0; i < words.size(); i++) {
      WordFacts fact = facts.get(lower, words.start(i), words.end(i));
      if (fact == null) {
        continue;
      }
      if (fact.voice()) {
        voice++;
      }
      for (int language : fact.languages()) {
        stopCounts[language]++;
      }
      if (fact.phrases() != null) {
        if (phrases == null) {
          phrases = new Lexicon.Phrase[words.size()][];
        }
        phrases[i] = fact.phrases();
      }
    }
    String stripped = stripClosers(text);
    char last = stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
    boolean sentenceEnd = ".!?…。！？".indexOf(last) >= 0;
    int size = Math.max(1, words.size());
    long titleCaseAndSeparators = titleCaseAndSeparators(text);
    return new Features(
        words.size(),
        text.length(),
        0,
        (double) voice / size,
        sentenceEnd,
        last == '?' || last == '？',
        lexicon.match(words, phrases),
        lower,
        text,
        (double) (int) (titleCaseAndSeparators >>> 32) / size,
        (int) titleCaseAndSeparators,
        words,
        stopCounts);
  }

  /**
   * The share of {@code words} that start with a capital (words here: runs of letters and digits)
   * and the separators ({@code | / • · › »}) of {@code text}, in one pass.
   */
  private static long titleCaseAndSeparators(String text) {
    int capitalized = 0;
    int separators = 0;
    boolean atStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word;
      if (c < 0x80) {
        boolean upper = c >= 'A' && c <= 'Z';
        word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (upper && atStart) {
          capitalized++;
        } else if (c == '|' || c == '/') {
          separators++;
        }
      } else {
        word = Character.isLetterOrDigit(c);
        if (word && atStart && Character.isUpperCase(c)) {
          capitalized++;
        } else if (c >= 0xB7 && "|•·›»/".indexOf(c) >= 0) {
          separators++;
        }
      }
      atStart = !word;
    }
    return (long) capitalized << 32 | separators;
  }

  private static String stripClosers(String text) {
    int end = text.length();
    while (end > 0 && "\"'”’»)] ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Boilerplate whatever the context: furniture, links, marketing cues, promotional prose. */
  private @Nullable String hardBoilerplate(Unit unit, Features f) {
    if (unit.hint() == Hint.FURNITURE) {
      return unit.hintReason();
    }
    if (unit.linkDensity() > maxLinkDensity
        && unit.hint() != Hint.TITLE
        && unit.hint() != Hint.CONTENT
        && unit.hint() != Hint.HEADING) {
      return "mostly links (" + whole(unit.linkDensity() * 100) + "% of its text)";
    }
    Lexicon.Match cues = f.cues();
    if (cues.score() <= 0) {
      return null;
    }
    if (f.words() <= shortWords) {
      double coverage = (double) cues.coveredWords() / Math.max(1, f.words());
      if (cues.score() >= shortCueScore
          && (coverage >= shortCueCoverage
              || f.voiceRate() >= shortVoiceRate
              || f.words() <= 6
              || cues.strongScore() >= 5)) {
        return "marketing cue in a short block: " + cues.describe();
      }
      if (coverage >= 0.5 && f.words() <= 8) {
        return "navigation-like short block: " + cues.describe();
      }
      return null;
    }
    // Cues count by density: a paragraph of promotion is dense with them, while a long page of
    // prose that mentions "contact us" and "24/7" once each is not promotion.
    double strong = cues.strongScore() * PROMO_WORDS / Math.max(PROMO_WORDS, f.words());
    if (strong >= promoScore || (strong >= promoVoiceScore && f.voiceRate() >= promoVoiceRate)) {
      return "promotional prose (cue score " + whole(strong) + ", you/our " + whole(f.voiceRate() * 100)
          + "% of words): " + cues.describe();
    }
    return null;
  }

  /**
   * jusText's stop-word thresholds suit long stop lists (English here). With the shorter lists of
   * other languages, prose has a lower share: the thresholds scale with the median share of the
   * page's longer blocks.
   */
  private double[] stopThresholds(StopWords.@Nullable Language language, Features[] features) {
    if (language == null || language.thorough()) {
      return new double[] {stopLow, stopHigh};
    }
    List<Double> shares = new ArrayList<>();
    for (Features f : features) {
      if (f.words() >= 15) {
        shares.add(f.stopShare());
      }
    }
    if (shares.isEmpty()) {
      return new double[] {stopLow, stopHigh};
    }
    shares.sort(null);
    double median = shares.get(shares.size() / 2);
    return new double[] {Math.min(stopLow, median * 0.7), Math.min(stopHigh, median * 0.75)};
  }

  private Cls textClass(Features f, boolean haveStops, double stopLow, double stopHigh) {
    if (f.question() && f.words() >= 6 && (!haveStops || f.stopShare() >= stopLow)) {
      return f.chars() >= goodChars ? Cls.GOOD : Cls.NEAR_GOOD;
    }
    if (f.chars() < shortChars) {
      return Cls.SHORT;
    }
    if (haveStops) {
      if (f.stopShare() >= stopHigh && f.chars() >= goodChars) {
        return Cls.GOOD;
      }
      if (f.stopShare() >= stopLow) {
        return Cls.NEAR_GOOD;
      }
      // Few stop words: a list of links or names is boilerplate; sentences, recipes and
      // specifications (punctuated, not title case) may be content and are left to context.
      return f.sentenceEnd() && f.titleCaseShare() < 0.5 && f.separators() < 3 ? Cls.NEAR_GOOD : Cls.BAD;
    }
    if (f.sentenceEnd() || f.chars() >= goodChars * 2) {
      return f.chars() >= goodChars ? Cls.GOOD : Cls.NEAR_GOOD;
    }
    return Cls.BAD;
  }

  /** A non-negative number rounded half up, as {@code %.0f} prints it (without a formatter). */
  static String whole(double value) {
    return Long.toString(Math.round(value));
  }

  private static String reason(Cls cls, Features f, boolean haveStops) {
    String stops =
        haveStops ? ", " + whole(f.stopShare() * 100) + "% stop words" : "";
    return switch (cls) {
      case GOOD -> "prose (" + f.words() + " words" + stops + ")";
      case NEAR_GOOD -> "prose-like (" + f.words() + " words" + stops + ")";
      case SHORT -> "short (" + f.words() + " words)";
      case BAD -> "not prose (" + f.words() + " words" + stops + ")";
    };
  }

  private boolean headingLike(Features f) {
    return f.words() >= 1
        && f.words() <= 20
        && f.cues().score() == 0
        && !f.sentenceEnd()
        && f.chars() < 200
        && !f.lower().startsWith("•")
        && f.lower().codePoints().anyMatch(Character::isLetter);
  }

  private void markTitle(
      List<Unit> units, Features[] f, Cls[] cls, boolean[] hard, BlockKind[] kinds, String[] reasons) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).hint() == Hint.TITLE && !(hard[i] && cls[i] == Cls.BAD)) {
        kinds[i] = BlockKind.TITLE;
        cls[i] = Cls.GOOD;
        reasons[i] = "main heading";
        return;
      }
    }
    int firstGood = -1;
    for (int i = 0; i < units.size(); i++) {
      if (!hard[i] && (cls[i] == Cls.GOOD || cls[i] == Cls.NEAR_GOOD) && !headingLike(f[i])) {
        firstGood = i;
        break;
      }
    }
    if (firstGood < 0) {
      return;
    }
    int looked = 0;
    for (int i = firstGood - 1; i >= 0 && looked < 3; i--) {
      if (hard[i]) {
        continue;
      }
      looked++;
      if (f[i].words() >= 2 && headingLike(f[i])) {
        kinds[i] = BlockKind.TITLE;
        cls[i] = Cls.GOOD;
        reasons[i] = "heading before the first prose block";
        return;
      }
    }
  }

  private void markReferences(
      Features[] f, Cls[] cls, boolean[] hard, BlockKind[] kinds, String[] reasons) {
    int n = f.length;
    for (int i = 0; i < n; i++) {
      if (!isReferenceHeading(f[i]) || i + 1 >= n || !citationLike(f[i + 1])) {
        continue;
      }
      kinds[i] = BlockKind.REFERENCES;
      cls[i] = Cls.GOOD;
      hard[i] = true;
      reasons[i] = "reference list heading";
      int j = i + 1;
      while (j < n && citationLike(f[j])) {
        kinds[j] = BlockKind.REFERENCES;
        cls[j] = Cls.GOOD;
        hard[j] = true;
        reasons[j] = "citation after the reference heading";
        j++;
      }
      i = j - 1;
    }
  }

  private boolean isReferenceHeading(Features f) {
    if (f.words() > 4) {
      return false;
    }
    String heading = HEADING_NUMBER.matcher(f.lower().strip()).replaceFirst("");
    heading = heading.replaceAll("[:.\\s]+$", "");
    return referenceHeadings.contains(heading);
  }

  private static boolean citationLike(Features f) {
    if (f.words() < 3 || f.words() > 400) {
      return false;
    }
    String lower = f.lower();
    int marks = 0;
    var matcher = CITATION_MARKS.matcher(lower);
    while (matcher.find() && marks < 2) {
      marks++;
    }
    return marks >= 2 || (marks >= 1 && AUTHOR_START.matcher(f.text()).find());
  }

  private static boolean isQuote(Unit unit, Features f) {
    if (unit.hint() == Hint.QUOTE) {
      return true;
    }
    String text = unit.text().strip();
    if (text.length() < 20 || "\"“«„".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    int close = Math.max(text.lastIndexOf('"'), Math.max(text.lastIndexOf('”'), text.lastIndexOf('»')));
    if (close <= 0) {
      return false;
    }
    String inner = text.substring(1, close);
    if (inner.indexOf('"') >= 0 || inner.indexOf('”') >= 0) {
      return false;
    }
    String after = text.substring(close + 1).strip();
    return after.length() <= 60;
  }

  /** jusText's context revision, plus "a short heading right before prose is prose". */
  private void smooth(
      List<Unit> units, Features[] f, Cls[] cls, boolean[] hard, BlockKind[] kinds, String[] reasons) {
    int n = cls.length;
    boolean anyGood = false;
    for (int i = 0; i < n; i++) {
      anyGood |= cls[i] == Cls.GOOD && kinds[i] == null;
    }
    // The page's edges count as boilerplate only when the page has clear prose somewhere: a page
    // of middling paragraphs alone (a short news item, an already cleaned text) is kept.
    Cls edge = anyGood ? Cls.BAD : Cls.GOOD;
    Cls[] revised = cls.clone();
    for (int i = 0; i < n; i++) {
      if (cls[i] != Cls.SHORT || kinds[i] != null) {
        continue;
      }
      Cls prev = neighbour(cls, i, -1, true, edge);
      Cls next = neighbour(cls, i, +1, true, edge);
      Cls result;
      if (prev == Cls.GOOD && next == Cls.GOOD) {
        result = Cls.GOOD;
      } else if (prev == Cls.BAD && next == Cls.BAD) {
        result = Cls.BAD;
      } else if ((prev == Cls.BAD && neighbour(cls, i, -1, false, edge) == Cls.NEAR_GOOD)
          || (next == Cls.BAD && neighbour(cls, i, +1, false, edge) == Cls.NEAR_GOOD)) {
        result = Cls.GOOD;
      } else {
        result = Cls.BAD;
      }
      if (result == Cls.BAD && next == Cls.GOOD && nextIsProse(cls, i) && headingLike(f[i])) {
        result = Cls.GOOD;
        reasons[i] = "heading before prose";
      } else {
        reasons[i] =
            reasons[i]
                + (result == Cls.GOOD ? ", between prose blocks" : ", beside boilerplate");
      }
      revised[i] = result;
    }
    for (int i = 0; i < n; i++) {
      if (cls[i] != Cls.NEAR_GOOD || kinds[i] != null) {
        continue;
      }
      Cls prev = neighbour(revised, i, -1, true, edge);
      Cls next = neighbour(revised, i, +1, true, edge);
      // Without any clear prose on the page, prose-like blocks are the best it has: kept.
      if (prev == Cls.BAD && next == Cls.BAD && units.get(i).hint() != Hint.CONTENT && anyGood) {
        revised[i] = Cls.BAD;
        reasons[i] = reasons[i] + ", beside boilerplate";
      } else {
        revised[i] = Cls.GOOD;
        reasons[i] = reasons[i] + ", next to prose";
      }
    }
    for (int i = 0; i < n; i++) {
      if (kinds[i] == BlockKind.QUOTE) {
        revised[i] = Cls.GOOD;
      }
    }
    System.arraycopy(revised, 0, cls, 0, n);
  }

  private static boolean nextIsProse(Cls[] cls, int i) {
    return i + 1 < cls.length && (cls[i + 1] == Cls.GOOD || cls[i + 1] == Cls.NEAR_GOOD);
  }

  private static Cls neighbour(Cls[] cls, int i, int step, boolean ignoreNearGood, Cls edge) {
    for (int j = i + step; j >= 0 && j < cls.length; j += step) {
      Cls c = cls[j];
      if (c == Cls.SHORT || (ignoreNearGood && c == Cls.NEAR_GOOD)) {
        continue;
      }
      return c;
    }
    return edge;
  }
}
