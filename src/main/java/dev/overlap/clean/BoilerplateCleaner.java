package dev.overlap.clean;

import dev.overlap.ingest.Essay;
import dev.overlap.ingest.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a document into blocks and gives each a kind: title, essay text, references, quotation, or
 * boilerplate (marketing, navigation, disclaimers...), each with the reason it got it.
 *
 * <p>Text and Markdown keep their text as it is, so offsets are offsets in the file: a block is a
 * line, or a paragraph (lines up to a blank line) when the file is hard-wrapped. HTML is first
 * reduced to text, one line per block element ({@link HtmlPage}), and its structure (main content,
 * navigation, link density) informs the verdicts.
 *
 * <p>Cleaning is idempotent: the classifier is re-run on the kept blocks alone until nothing more
 * is removed, so cleaning {@link CleanedText#keptText()} again keeps all of it.
 *
 * <p>Thread-safe: holds no mutable state; one instance can serve many threads.
 */
public final class BoilerplateCleaner {
  private static final int MAX_PASSES = 20;
  private static final double FALLBACK_SHARE = 0.2;
  /** Paragraphs of prose in the content that make a declared article one. */
  private static final int ARTICLE_PARAGRAPHS = 2;

  private final BlockClassifier classifier;
  private final HtmlPage.Names names;

  /** A cleaner with the built-in rules. */
  public BoilerplateCleaner() {
    this(CleanRules.defaults());
  }

  /** A cleaner with the given rules (e.g. {@code CleanRules.defaults().extendedWith(user)}). */
  public BoilerplateCleaner(CleanRules rules) {
    this.classifier = new BlockClassifier(Objects.requireNonNull(rules, "rules"));
    this.names = new HtmlPage.Names(rules);
  }

  public CleanRules rules() {
    return classifier.rules();
  }

  public CleanedText clean(Essay essay) {
    return essay.mediaType() == MediaType.HTML
        ? cleanHtml(essay.content())
        : cleanText(essay.content());
  }

  /** Cleans plain text (or Markdown): blocks are offsets into {@code text} itself. */
  public CleanedText cleanText(String text) {
    List<int[]> spans = TextBlocks.split(text);
    List<BlockClassifier.Unit> units = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      units.add(BlockClassifier.Unit.of(text.substring(span[0], span[1])));
    }
    BlockClassifier.Cache cache = new BlockClassifier.Cache();
    List<BlockClassifier.Verdict> verdicts = settle(units, classifier.classify(units, cache), cache);
    List<Block> blocks = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      BlockClassifier.Verdict verdict = verdicts.get(i);
      blocks.add(new Block(spans.get(i)[0], spans.get(i)[1], verdict.kind(), verdict.reason()));
    }
    return new CleanedText(text, blocks);
  }

  /**
   * Cleans an HTML page: the text is the page reduced to one line per block element. When the
   * chosen main content keeps less than a fifth of the page's words (listings, product grids,
   * pages of many sections), the page is judged again with only its furniture removed by structure,
   * and the reading that keeps more is used; except on an article (a page that says so in its
   * {@code og:type} and whose content has at least two paragraphs of prose), where the rest of the
   * page is lists of other articles, however many words they hold.
   */
  public CleanedText cleanHtml(String html) {
    HtmlPage.Reading reading = HtmlPage.read(html, names);
    List<HtmlPage.Line> lines = reading.lines();
    // One cache for both readings of the page: the whole-body one holds the same block texts.
    BlockClassifier.Cache cache = new BlockClassifier.Cache();
    List<BlockClassifier.Verdict> verdicts = verdicts(lines, cache);
    int total = 0;
    for (HtmlPage.Line line : lines) {
      total += Text.countWords(line.text());
    }
    int kept = keptWords(lines, verdicts);
    if (kept < total * FALLBACK_SHARE
        && !(reading.declaredArticle() && proseParagraphs(lines, verdicts) >= ARTICLE_PARAGRAPHS)) {
      List<HtmlPage.Line> inclusive = reading.wholeBody().get();
      if (inclusive.size() == lines.size()) {
        List<BlockClassifier.Verdict> again = verdicts(inclusive, cache);
        if (keptWords(inclusive, again) > kept) {
          lines = inclusive;
          verdicts = again;
        }
      }
    }
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      int start = text.length();
      text.append(lines.get(i).text()).append('\n');
      BlockClassifier.Verdict verdict = verdicts.get(i);
      blocks.add(
          new Block(start, start + lines.get(i).text().length(), verdict.kind(), verdict.reason()));
    }
    return new CleanedText(text.toString(), blocks);
  }

  private List<BlockClassifier.Verdict> verdicts(
      List<HtmlPage.Line> lines, BlockClassifier.Cache cache) {
    List<BlockClassifier.Unit> units = new ArrayList<>(lines.size());
    for (HtmlPage.Line line : lines) {
      units.add(line.unit());
    }
    return settle(units, classifier.classify(units, cache), cache);
  }

  /** Kept lines of the main content that are paragraphs of prose: long, few links. */
  private static int proseParagraphs(
      List<HtmlPage.Line> lines, List<BlockClassifier.Verdict> verdicts) {
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      BlockClassifier.Unit unit = lines.get(i).unit();
      if (verdicts.get(i).kind().kept()
          && unit.hint() == BlockClassifier.Hint.CONTENT
          && unit.text().length() >= HtmlPage.PROSE_CHARS
          && unit.linkDensity() < 0.5) {
        count++;
      }
    }
    return count;
  }

  private static int keptWords(List<HtmlPage.Line> lines, List<BlockClassifier.Verdict> verdicts) {
    int kept = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (verdicts.get(i).kind().kept()) {
        kept += Text.countWords(lines.get(i).text());
      }
    }
    return kept;
  }

  /**
   * Re-classifies the kept blocks alone, as cleaning the cleaned text would, until nothing more is
   * removed: this makes {@code clean(clean(x)) == clean(x)}.
   */
  private List<BlockClassifier.Verdict> settle(
      List<BlockClassifier.Unit> units,
      List<BlockClassifier.Verdict> first,
      BlockClassifier.Cache cache) {
    List<BlockClassifier.Verdict> verdicts = new ArrayList<>(first);
    List<BlockClassifier.Unit> judged = units;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<Integer> kept = new ArrayList<>();
      List<BlockClassifier.Unit> keptUnits = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        if (verdicts.get(i).kind().kept()) {
          kept.add(i);
          keptUnits.add(BlockClassifier.Unit.of(units.get(i).text()));
        }
      }
      if (keptUnits.equals(judged)) {
        // The blocks just judged, every one kept (a plain text without boilerplate): judging
        // them again would give the same verdicts.
        break;
      }
      judged = keptUnits;
      List<BlockClassifier.Verdict> again = classifier.classify(keptUnits, cache);
      boolean changed = false;
      for (int k = 0; k < kept.size(); k++) {
        int i = kept.get(k);
        BlockClassifier.Verdict verdict = again.get(k);
        if (!verdict.kind().kept()) {
          verdicts.set(i, new BlockClassifier.Verdict(verdict.kind(), verdict.reason() + " (among the kept blocks)"));
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return verdicts;
  }
}
