package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.fingerprint.FingerprintSettings;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.IndexSettings;
import dev.overlap.index.IndexSummary;
import dev.overlap.ingest.RefusedInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "index",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Adds essays (.txt, .md, .html, each also gzip-compressed as .txt.gz ...; .docx, .doc, .odt,"
          + " .rtf, .pdf as the text extracted from them) to the index. Incremental: unchanged files are skipped, changed files"
          + " replaced; --prune removes essays whose file is gone.",
      "Encrypted, damaged and scanned (image-only) documents are refused with their reason.",
      "Folders are walked; a .overlapignore file in a folder lists glob patterns to skip.",
      "",
      "  overlap index                    index corpus/ into index/",
      "  overlap index --prune archive/   update, and forget deleted files",
      "  overlap index --rebuild corpus/  start the index afresh",
      "  overlap index --texts reference  a smaller index; sources read from files",
      "  overlap index --no-stems         faster, smaller; no paraphrase search",
      ""
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files and folders to index (default: ${DEFAULT-VALUE}).",
      defaultValue = "corpus")
  List<String> paths;

  @Mixin IndexOption indexOption;

  @Mixin SolrOption solr;

  @Option(names = "--rebuild", description = "Discard the index and build it again from PATH.")
  boolean rebuild;

  @Option(names = "--prune", description = "Remove indexed essays whose file no longer exists.")
  boolean prune;

  @Option(
      names = "--shingle-size",
      paramLabel = "K",
      description =
          "Words per fingerprint shingle (default: fingerprints.shingleSize if the configuration"
              + " file sets it, else what the index was built with, else 5); fixed per index.")
  Integer shingleSize;

  @Option(
      names = "--window",
      paramLabel = "W",
      description =
          "Winnowing window in shingles (default: fingerprints.window if the configuration file"
              + " sets it, else what the index was built with, else 4); any shared run of K+W-1"
              + " words is found. Fixed per index.")
  Integer window;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "Refuse files larger than this, and documents whose extracted text is longer: 64MiB,"
              + " 512KiB, 1GiB; a bare number is MiB (default: ${DEFAULT-VALUE}).")
  long maxFileBytes;

  @Mixin MaxWordsOption maxWords;

  /** What the index keeps of each essay's text. */
  enum Texts {
    store,
    reference
  }

  @Option(
      names = "--texts",
      paramLabel = "MODE",
      description =
          "store: the index keeps every essay's text, so checks work after files move"
              + " (default: ${DEFAULT-VALUE}); reference: .txt and .md essays are read back from"
              + " their files when they are candidates (SHA-256 checked), HTML pages keep only"
              + " their cleaned text; a smaller index (0.54-0.58x the text on Europarl, against 1.11-1.14x).")
  Texts texts;

  @Option(
      names = "--stems",
      negatable = true,
      description =
          "--no-stems: leave out each essay's content-word stems, with which check finds"
              + " paraphrase that shares no 8-word run with its source: indexing takes ~0.6x the"
              + " time, the index ~2/3 the space, checks ~0.6x, and such paraphrase is missed"
              + " (default: index.stems if the configuration file sets it, else as the index was"
              + " built, else --stems). Fixed per index.")
  Boolean stems;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Essays read, cleaned and analysed at once (default: the number of cores, here"
              + " ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit after every N added or updated essays and at the end (default:"
              + " ${DEFAULT-VALUE}); a killed run keeps what was committed, and the next run goes"
              + " on from there.")
  int commitEvery;

  @Override
  public Integer call() throws RefusedInputException {
    if (solr.enabled() && texts == Texts.reference) {
      throw new UserException(
          ExitCode.USAGE, "--texts reference works with an index folder, not with --solr");
    }
    FingerprintSettings fingerprints;
    RootCommand root = RootCommand.of(spec);
    var file = root.configuration.effective();
    java.util.Optional<IndexSettings> builtWith =
        rebuild
            ? java.util.Optional.empty()
            : solr.enabled() ? solr.builtWith() : EssayIndex.builtWith(indexOption.path);
    boolean indexStems =
        stems != null
            ? stems
            : file.isSet("index.stems")
                ? (Boolean) java.util.Objects.requireNonNull(file.get("index.stems").value())
                : builtWith.map(IndexSettings::stems).orElse(OverlapConfig.DEFAULT.indexStems());
    try {
      FingerprintSettings built =
          builtWith.map(IndexSettings::fingerprints).orElse(FingerprintSettings.DEFAULT);
      fingerprints =
          new FingerprintSettings(
              shingleSize != null ? shingleSize : built.shingleSize(),
              window != null ? window : built.window());
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE, e.getMessage());
    }
    if (threads < 1) {
      throw new UserException(ExitCode.USAGE, "--threads must be at least 1, got " + threads);
    }
    if (commitEvery < 1) {
      throw new UserException(
          ExitCode.USAGE, "--commit-every must be at least 1, got " + commitEvery);
    }
    Overlap overlap =
        new Overlap(
            file.overlapConfig()
                .withFingerprints(fingerprints)
                .withMaxFileBytes(maxFileBytes)
                .withCommitEvery(commitEvery)
                .withStoreTexts(texts == Texts.store)
                .withIndexStems(indexStems)
                .withMaxWords(maxWords.checked()));
    IndexSummary summary;
    try (StderrProgress progress = StderrProgress.of(spec, "indexing")) {
      summary =
          solr.enabled()
              ? overlap.index(
                  () -> solr.open(overlap.indexSettings(), true, rebuild), paths, prune, threads, progress)
              : overlap.index(indexOption.path, paths, rebuild, prune, threads, progress);
    }
    var err = spec.commandLine().getErr();
    List<RefusedInputException> refusedByPath = new java.util.ArrayList<>(summary.refused());
    refusedByPath.sort(java.util.Comparator.comparing(RefusedInputException::path));
    for (RefusedInputException refused : refusedByPath) {
      err.println("overlap: " + refused.path() + ": " + refused.reason() + " (skipped)");
    }
    err.flush();
    if (!root.quiet) {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "indexed %s: %d added, %d updated, %d unchanged, %d removed, %d refused; %d essays in %s"
                  + " (%.1f s)%n",
              String.join(" ", paths),
              summary.added(),
              summary.updated(),
              summary.unchanged(),
              summary.removed(),
              summary.refused().size(),
              summary.documents(),
              solr.enabled() ? "collection " + solr.collection + " on " + solr.location : indexOption.path,
              summary.seconds());
    }
    spec.commandLine().getOut().flush();
    return summary.refused().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT.code();
  }
}
