package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.FingerprintIndex;
import dev.overlap.ingest.EssayFinder;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.report.CheckedEssay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "check",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Reports the passages each essay reuses from the indexed corpus: where (offsets in both"
          + " files), how (verbatim, edited, paraphrase) and how much of the essay that is.",
      "An essay that is itself in the index is never reported as its own source.",
      "",
      "  overlap check essay.txt",
      "  overlap check --format json submissions/ > report.json",
      "  overlap check --fail-above 20 essay.txt   exit 1 when over 20%% similar",
      "  overlap check --format html --out report.html submissions/",
      ""
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ESSAY", arity = "1..*", description =
          "Essay files or folders of them: .txt, .md, .html (also .txt.gz ...), or .docx, .doc, .odt, .rtf, .pdf"
              + " (offsets then refer to the text extracted from the document).")
  List<String> essays;

  @Mixin IndexOption indexOption;

  @Mixin SolrOption solr;

  @Mixin ReportOptions report;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Essays checked at once (default: the number of cores, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new UserException(ExitCode.USAGE, "--threads must be at least 1, got " + threads);
    }
    OverlapConfig config =
        report.apply(RootCommand.of(spec).configuration.effective().overlapConfig());
    Overlap overlap = new Overlap(config);
    List<String> paths = expand(essays);
    List<CheckedEssay> reports;
    try (FingerprintIndex opened =
            solr.enabled()
                ? overlap.compatible(solr.open(null, false, false))
                : overlap.openForChecking(indexOption.path);
        StderrProgress progress = StderrProgress.of(spec, "checking")) {
      noteWithoutStems(opened, config);
      reports = overlap.checkAll(opened, paths, report.needsTexts(), threads, progress);
    }
    return report.print(reports, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Says once that an index built with --no-stems finds no paraphrase by words (unless -q). */
  private void noteWithoutStems(FingerprintIndex index, OverlapConfig config) {
    if (index.settings().stems()
        || (config.paraphraseCandidates() == 0 && config.chunkWords() == 0)
        || RootCommand.of(spec).quiet) {
      return;
    }
    var err = spec.commandLine().getErr();
    err.println(
        "overlap: note: "
            + index.location()
            + " was built with --no-stems: a source that shares no run of "
            + (index.settings().fingerprints().shingleSize() + index.settings().fingerprints().window() - 1)
            + " words with the essay"
            + " (paraphrase) is not looked for; rebuild it without --no-stems to find one");
    err.flush();
  }

  /** Folders become the essays in them; files and missing paths stay as given. */
  private static List<String> expand(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String path : given) {
      if (java.nio.file.Files.isDirectory(Path.of(path))) {
        EssayFinder.Found found = EssayFinder.find(List.of(path));
        for (EssayFinder.FoundFile file : found.files()) {
          out.add(file.displayPath());
        }
        for (RefusedInputException refused : found.refused()) {
          out.add(refused.path());
        }
      } else {
        out.add(path);
      }
    }
    return out;
  }
}
