package dev.overlap.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of {@code overlap.json}, in the order {@code overlap config} lists them. Built-in
 * defaults are read from {@link OverlapConfig#DEFAULT}, so they cannot drift from the pipeline's.
 * A setting with an {@linkplain Setting#option() option} is overridden by that option in the
 * commands named; the others are set in the file only.
 */
public final class Settings {
  private static final OverlapConfig D = OverlapConfig.DEFAULT;
  private static final int MAX = Integer.MAX_VALUE;

  public static final List<Setting> ALL =
      List.of(
          Setting.path("index.dir", "index", "Index folder.")
              .option("--index", "index", "check", "templates", "dedup"),
          Setting.whole(
                  "index.commitEvery", D.commitEvery(), 1, MAX,
                  "Essays added or updated between commits; a killed run loses at most these.")
              .option("--commit-every", "index"),
          Setting.choice(
                  "index.texts", D.storeTexts() ? "store" : "reference",
                  List.of("store", "reference"),
                  "store: the index keeps every essay's text; reference: text and Markdown essays"
                      + " are read back from their files when they are candidates, HTML pages keep"
                      + " only their cleaned text (a smaller index).")
              .option("--texts", "index"),
          Setting.flag(
                  "index.stems", D.indexStems(),
                  "Keep each essay's content-word stems, with which check finds paraphrase that"
                      + " shares no fingerprint; false: a faster, smaller index that finds copying"
                      + " and editing only. Stored in the index.")
              .option("--stems", "index")
              .indexBound(),
          Setting.whole(
                  "fingerprints.shingleSize", D.fingerprints().shingleSize(), 1, 16,
                  "Words per fingerprint shingle. Stored in the index: changing it needs"
                      + " 'overlap index --rebuild'.")
              .option("--shingle-size", "index")
              .indexBound(),
          Setting.whole(
                  "fingerprints.window", D.fingerprints().window(), 1, 64,
                  "Winnowing window in shingles; any shared run of shingleSize+window-1 words is"
                      + " found. Stored in the index.")
              .option("--window", "index")
              .indexBound(),
          Setting.whole(
              "candidates.max", D.maxCandidates(), 1, MAX,
              "Most indexed essays aligned per checked essay, by shared fingerprints."),
          Setting.whole(
              "candidates.paraphrase", D.paraphraseCandidates(), 0, MAX,
              "Further essays aligned because their content words are most like the essay's"
                  + " (finds paraphrase); 0 turns this off."),
          Setting.whole(
              "candidates.chunkWords", D.chunkWords(), 0, MAX,
              "When above 0, the essay is also cut into parts of this many content words and each"
                  + " part's most similar essay is aligned too: more paraphrase found in large"
                  + " indexes, checks slower; 0 turns it off."),
          Setting.whole(
              "candidates.commonDocs", D.commonDocs(), 1, MAX,
              "A fingerprint in more than max(commonDocs, commonShare × essays) essays is a stock"
                  + " phrase and finds no candidates."),
          Setting.decimal(
              "candidates.commonShare", D.commonShare(), 0, true, 1, "See candidates.commonDocs."),
          Setting.whole(
                  "align.minWords", D.align().minWords(), 1, MAX,
                  "Shortest passage reported, in words of the checked essay.")
              .option("--min-words", "check", "compare"),
          Setting.whole(
              "align.seedWords", D.align().seedWords(), 1, 12,
              "Shortest run of identical words that seeds a passage."),
          Setting.whole(
              "align.maxGap", D.align().maxGap(), 0, MAX,
              "Most words between two seeds of one passage, in either text."),
          Setting.decimal(
              "align.sentenceCosine", D.align().sentenceCosine(), 0, true, 1,
              "Least cosine of the content words of two sentences that seed a paraphrase."),
          Setting.decimal(
              "align.sentenceDice", D.align().sentenceDice(), 0, true, 1,
              "Least Dice coefficient of the same."),
          Setting.flag(
              "align.paraphrase", D.align().paraphrase(),
              "Whether similar sentences seed passages at all (false: word runs only)."),
          Setting.whole(
              "align.minParaphraseWords", D.align().minParaphraseWords(), 0, MAX,
              "A source whose passages all rest on similar sentences (no exact run enough by"
                  + " itself) is reported only when they cover this many words of the essay; 0"
                  + " reports them all."),
          Setting.whole(
              "templates.minDocs", D.templateMinDocs(), 2, MAX,
              "A block on at least this many pages of a site, and on templates.minShare of them,"
                  + " is a site template: never scored."),
          Setting.decimal(
              "templates.minShare", D.templateMinShare(), 0, true, 1, "See templates.minDocs."),
          Setting.decimal(
                  "dedup.minContainment", 0.4, 0, true, 1,
                  "Least share of the smaller essay's fingerprints that the other must share for"
                      + " the two to be near-duplicates (overlap dedup).")
              .option("--min-containment", "dedup"),
          Setting.size("limits.maxFileSize", D.maxFileBytes(), "Larger files are refused unread.")
              .option("--max-file-size", "index", "clean"),
          Setting.whole(
                  "limits.maxWords", D.maxWords(), 1, MAX, "Essays of more words are refused.")
              .option("--max-words", "index", "check", "compare"),
          Setting.flag(
                  "scoring.references", false,
                  "Count reused words in references and bibliographies (always read).")
              .option("--score-references", "check", "compare"),
          Setting.flag(
                  "scoring.quotes", false, "Count reused words inside quotations (always read).")
              .option("--score-quotes", "check", "compare"),
          Setting.whole("report.top", D.topSources(), 1, MAX, "Most sources listed per essay.")
              .option("--top", "check", "compare"),
          Setting.choice(
                  "report.format", "text", List.of("text", "json", "html"), "Report format.")
              .option("--format", "check", "compare"),
          Setting.decimal(
                  "report.failAbove", null, 0, false, 100,
                  "Exit with status 1 when an essay is more than this percentage similar.")
              .option("--fail-above", "check", "compare"),
          Setting.path(
                  "clean.rules", null,
                  "A JSON rules file extending the built-in boilerplate rules (overlap clean).")
              .option("--rules", "clean"),
          Setting.text(
                  "solr.location", null,
                  "A SolrCloud ZooKeeper host list or Solr URL to use instead of the index folder"
                      + " (needs overlap-solr.jar and solr.collection).")
              .option("--solr", "index", "check"),
          Setting.text("solr.collection", null, "The SolrCloud collection holding the essays.")
              .option("--collection", "index", "check"));

  private static final Map<String, Setting> BY_KEY = new LinkedHashMap<>();

  static {
    for (Setting setting : ALL) {
      if (BY_KEY.put(setting.key(), setting) != null) {
        throw new IllegalStateException("two settings named " + setting.key());
      }
    }
  }

  private Settings() {}

  /** The setting named {@code key}. */
  public static Setting get(String key) {
    Setting setting = BY_KEY.get(key);
    if (setting == null) {
      throw new IllegalArgumentException("no setting " + key);
    }
    return setting;
  }

  /** The setting named {@code key}, or null. */
  static @org.jspecify.annotations.Nullable Setting find(String key) {
    return BY_KEY.get(key);
  }

  /** The setting that {@code option} overrides in {@code command}, if any. */
  public static Optional<Setting> forOption(String command, String option) {
    for (Setting setting : ALL) {
      if (option.equals(setting.option()) && setting.commands().contains(command)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }
}
