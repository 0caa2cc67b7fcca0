package dev.overlap.cli;

import dev.overlap.config.OverlapConfig;
import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import dev.overlap.report.HtmlReportWriter;
import dev.overlap.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code check} and {@code compare}: output, thresholds, exit status. */
final class ReportOptions {
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output: text, json or html (default: ${DEFAULT-VALUE}). JSON is described in the"
              + " README; html is one self-contained page showing each source beside the essay.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  @Nullable Path outFile;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "List at most N sources per essay (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-words",
      paramLabel = "N",
      description = "Ignore passages shorter than N words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(
      names = "--fail-above",
      paramLabel = "PERCENT",
      description =
          "Exit with status 1 when an essay's similarity is above PERCENT (0-100); none by"
              + " default.")
  Double failAbove;

  @Mixin MaxWordsOption maxWords;

  @Option(
      names = "--score-references",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description =
          "Count reused words in the references/bibliography, which are always read (default:"
              + " ${DEFAULT-VALUE}; =false turns off what the configuration file turned on).")
  boolean scoreReferences;

  @Option(
      names = "--score-quotes",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description =
          "Count reused words inside quotations, which are always read (default:"
              + " ${DEFAULT-VALUE}).")
  boolean scoreQuotes;

  OverlapConfig apply(OverlapConfig config) {
    if (top < 1) {
      throw new UserException(ExitCode.USAGE, "--top must be at least 1, got " + top);
    }
    if (minWords < 1) {
      throw new UserException(ExitCode.USAGE, "--min-words must be at least 1, got " + minWords);
    }
    if (failAbove != null && (failAbove < 0 || failAbove > 100)) {
      throw new UserException(
          ExitCode.USAGE, "--fail-above takes a percentage from 0 to 100, got " + failAbove);
    }
    if (outFile != null) {
      Path parent = outFile.toAbsolutePath().getParent();
      if (Files.isDirectory(outFile) || parent == null || !Files.isDirectory(parent)) {
        throw new UserException(
            ExitCode.USAGE, outFile + ": --out needs a file in an existing folder");
      }
    }
    java.util.Set<dev.overlap.clean.BlockKind> scored = new java.util.HashSet<>(config.scoredKinds());
    setIf(scored, dev.overlap.clean.BlockKind.REFERENCES, scoreReferences);
    setIf(scored, dev.overlap.clean.BlockKind.QUOTE, scoreQuotes);
    return config
        .withTopSources(top)
        .withAlign(config.align().withMinWords(minWords))
        .withScoredKinds(scored)
        .withMaxWords(maxWords.checked());
  }

  private static <T> void setIf(java.util.Set<T> set, T element, boolean present) {
    if (present) {
      set.add(element);
    } else {
      set.remove(element);
    }
  }

  /** Whether the format shows the texts, so the check must keep them ({@code checkWithTexts}). */
  boolean needsTexts() {
    return format == Format.HTML;
  }

  /** Prints the reports and returns the exit status they call for. */
  int print(List<CheckedEssay> checked, PrintWriter out, PrintWriter err) {
    List<CheckReport> reports = checked.stream().map(CheckedEssay::report).toList();
    String rendered =
        switch (format) {
          case JSON -> ReportWriter.json(reports) + System.lineSeparator();
          case HTML -> HtmlReportWriter.html(checked, new HtmlReportWriter.Settings(minWords, top));
          case TEXT -> {
            StringWriter text = new StringWriter();
            ReportWriter.text(reports, new PrintWriter(text));
            yield text.toString();
          }
        };
    if (outFile == null) {
      out.print(rendered);
      out.flush();
    } else {
      try {
        Files.writeString(outFile, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException(
            ExitCode.USAGE, outFile + ": cannot write the report: " + e.getMessage());
      }
    }
    boolean refused = false;
    boolean above = false;
    for (CheckReport report : reports) {
      if (report.error() != null) {
        refused = true;
        err.println("overlap: " + report.essay().path() + ": " + report.error());
      } else if (failAbove != null && report.similarity() != null
          && report.similarity() * 100 > failAbove) {
        above = true;
      }
    }
    if (above && failAbove != null) {
      err.println(
          String.format(Locale.ROOT, "overlap: similarity above %.1f%% (--fail-above)", failAbove));
    }
    err.flush();
    if (refused) {
      return ExitCode.INPUT.code();
    }
    return above ? ExitCode.ABOVE_THRESHOLD.code() : ExitCode.OK.code();
  }
}
