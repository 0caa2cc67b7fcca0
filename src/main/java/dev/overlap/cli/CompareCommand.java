package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.report.CheckedEssay;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "compare",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Aligns two files with each other, without an index, and reports the passages ESSAY"
          + " shares with SOURCE.",
      "",
      "  overlap compare essay.txt source.txt",
      "  overlap compare --format html --out pair.html essay.txt source.txt",
      ""
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ESSAY", description = "The essay to check.")
  String essay;

  @Parameters(index = "1", paramLabel = "SOURCE", description = "The file to compare it with.")
  String source;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws RefusedInputException {
    OverlapConfig config =
        report.apply(RootCommand.of(spec).configuration.effective().overlapConfig());
    CheckedEssay result = new Overlap(config).compareWithTexts(essay, source);
    return report.print(List.of(result), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
