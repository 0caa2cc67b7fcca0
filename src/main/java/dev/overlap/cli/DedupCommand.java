package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.DuplicateGroups;
import dev.overlap.report.DuplicatesReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Finds groups of near-duplicate essays in the index: the same essay republished, or a"
          + " lightly edited copy. Two essays are near-duplicates when they share at least"
          + " --min-containment of the fingerprints of the smaller one (containment); a group is"
          + " every essay joined to another through such pairs. Found in one pass over the index's"
          + " fingerprints, without comparing all pairs. Fingerprints in many essays (templates,"
          + " stock phrases) are left out, as check leaves them out.",
      "",
      "  overlap dedup                          groups in index/, as text",
      "  overlap dedup --format csv --out d.csv one row per member",
      "  overlap dedup --min-containment 0.9    only (nearly) exact copies",
      ""
    })
final class DedupCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--min-containment",
      paramLabel = "X",
      defaultValue = "0.4",
      description =
          "Least share (0-1] of the smaller essay's fingerprints that the other must share for"
              + " the two to be near-duplicates (default: ${DEFAULT-VALUE}). An exact copy has 1;"
              + " a copy with 5-10%% of its words edited mostly between 0.5 and 0.8; the same essay behind a"
              + " new introduction of a fifth of its length between 0.6 and 0.8; an essay that reuses a"
              + " passage of another, or shares a stock paragraph, far less (0.07-0.15 in the"
              + " bundled corpus). Measured: see 'overlap eval dedup' and the README.")
  double minContainment;

  @Option(
      names = "--max-doc-frequency",
      paramLabel = "N",
      description =
          "Leave out fingerprints found in more than N essays (default: the cut check uses,"
              + " max(50, 0.5%% of the essays)). A group of more than N copies of one essay is"
              + " only found with a higher N; higher N costs time (pairs grow as N squared).")
  @Nullable Integer maxDocFrequency;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output: text, json or csv (default: ${DEFAULT-VALUE}). JSON is described in the"
              + " README (section Near-duplicates); csv has one row per member:"
              + " group,size,id,path,words,containment.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the groups to FILE (UTF-8) instead of standard output.")
  @Nullable Path outFile;

  @Override
  public Integer call() {
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new UserException(
          ExitCode.USAGE, "--min-containment takes a share in (0, 1], got " + minContainment);
    }
    if (maxDocFrequency != null && maxDocFrequency < 2) {
      throw new UserException(
          ExitCode.USAGE, "--max-doc-frequency must be at least 2, got " + maxDocFrequency);
    }
    if (outFile != null) {
      Path parent = outFile.toAbsolutePath().getParent();
      if (Files.isDirectory(outFile) || parent == null || !Files.isDirectory(parent)) {
        throw new UserException(ExitCode.USAGE, outFile + ": --out needs a file in an existing folder");
      }
    }
    Overlap overlap = new Overlap(OverlapConfig.DEFAULT);
    DuplicateGroups found =
        overlap.dedup(indexOption.path, minContainment, maxDocFrequency == null ? 0 : maxDocFrequency);
    DuplicatesReport report = DuplicatesReport.of(found);
    String rendered =
        switch (format) {
          case JSON -> report.json();
          case CSV -> report.csv();
          case TEXT -> {
            StringWriter text = new StringWriter();
            report.text(new PrintWriter(text));
            yield text.toString();
          }
        };
    if (outFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    } else {
      try {
        Files.writeString(outFile, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException(ExitCode.USAGE, outFile + ": cannot write the groups: " + e.getMessage());
      }
    }
    return ExitCode.OK.code();
  }
}
