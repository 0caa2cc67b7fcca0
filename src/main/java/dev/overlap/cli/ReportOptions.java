package dev.overlap.cli;

import dev.overlap.config.OverlapConfig;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ReportWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options shared by {@code check} and {@code compare}: output, thresholds, exit status. */
final class ReportOptions {
  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}). JSON is described in the README.")
  Format format;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "List at most N sources per essay (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-words",
      paramLabel = "N",
      defaultValue = "15",
      description = "Ignore passages shorter than N words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(
      names = "--fail-above",
      paramLabel = "PERCENT",
      description = "Exit with status 1 when an essay's similarity is above PERCENT (0-100).")
  Double failAbove;

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
    return config.withTopSources(top).withAlign(config.align().withMinWords(minWords));
  }

  /** Prints the reports and returns the exit status they call for. */
  int print(List<CheckReport> reports, PrintWriter out, PrintWriter err) {
    if (format == Format.JSON) {
      out.println(ReportWriter.json(reports));
    } else {
      ReportWriter.text(reports, out);
    }
    out.flush();
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
