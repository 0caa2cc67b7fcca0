package dev.overlap.cli;

import dev.overlap.eval.CloughEvaluation;
import dev.overlap.eval.DataDirs;
import dev.overlap.eval.SimText;
import dev.overlap.eval.WorkDir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "clough",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Document-level evaluation on Clough & Stevenson's 95 short answers: ROC AUC, Spearman,"
          + " 4-class leave-one-out accuracy and scores per category, with the 5 sources indexed"
          + " (A) and with sources and answers indexed (B). Scores of A: the similarity, the"
          + " weighted similarity, and the longest run of identical words inside the answer's"
          + " passages (how much was copied in one piece; it orders cut > light > heavy > non"
          + " best). sim_text and JPlag run beside when installed.",
      ""
    })
final class EvalCloughCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The corpus folder (default: $OVERLAP_DATA/clough-stevenson, else"
          + " ../shared/data/clough-stevenson).")
  @Nullable Path dir;

  @Option(
      names = "--sim-text-run",
      paramLabel = "N",
      defaultValue = "5",
      description = "sim_text's minimum run in words, -r (default: ${DEFAULT-VALUE}).")
  int simTextRun;

  @Option(names = "--no-peers", description = "Do not run sim_text or JPlag.")
  boolean noPeers;

  @picocli.CommandLine.Mixin JPlagOption jplag;

  @Mixin EvalCommand.Tuning tuning;

  @Override
  public Integer call() throws IOException {
    Path data = EvalCommand.dataDir(dir != null ? dir : DataDirs.clough(), "clough-stevenson");
    Optional<SimText> simText =
        noPeers ? Optional.empty() : SimText.find().map(p -> new SimText(p, simTextRun));
    CloughEvaluation.Result result;
    try (WorkDir work = new WorkDir("overlap-eval-clough")) {
      result =
          new CloughEvaluation(
                  tuning.config(spec),
                  simText,
                  noPeers ? Optional.empty() : jplag.find())
              .run(data, work.path());
    }
    tuning.print(spec.commandLine().getOut(), result, CloughEvaluation.table(result));
    return ExitCode.OK.code();
  }
}
