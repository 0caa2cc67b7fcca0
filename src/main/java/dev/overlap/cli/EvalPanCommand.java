package dev.overlap.cli;

import dev.overlap.eval.DataDirs;
import dev.overlap.eval.PanEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "pan",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Passage-level evaluation on a PAN text-alignment corpus (susp/, src/, one folder of case"
          + " XML files per obfuscation): aligns each pair and reports PAN's character precision,"
          + " recall, granularity and plagdet per folder and overall.",
      ""
    })
final class EvalPanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The corpus folder (default: $OVERLAP_DATA/pan13-verbatim, else"
          + " ../shared/data/pan13-verbatim).")
  @Nullable Path dir;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write the detections as PAN XML files to DIR/FOLDER/PAIR.xml.")
  @Nullable Path out;

  @Option(
      names = "--examples",
      paramLabel = "N",
      defaultValue = "10",
      description = "List up to N worst cases and stray detections (default: ${DEFAULT-VALUE}).")
  int examples;

  @Mixin EvalCommand.Tuning tuning;

  @Override
  public Integer call() throws IOException {
    Path data = EvalCommand.dataDir(dir != null ? dir : DataDirs.pan(), "PAN corpus");
    PanEvaluation.Result result = new PanEvaluation(tuning.config(spec)).run(data, out);
    tuning.print(spec.commandLine().getOut(), result, PanEvaluation.table(result, examples));
    return ExitCode.OK.code();
  }
}
