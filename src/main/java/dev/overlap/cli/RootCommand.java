package dev.overlap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "overlap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    subcommands = {
      IndexCommand.class,
      CheckCommand.class,
      CompareCommand.class,
      CleanCommand.class,
      TemplatesCommand.class,
      DedupCommand.class,
      EvalCommand.class,
      BenchCommand.class
    },
    description = {
      "Finds passages of essays reused from a corpus: verbatim, edited or paraphrased, with exact"
          + " offsets in both texts.",
      "",
      "  overlap index corpus/            build or update the index (in index/)",
      "  overlap check essay.txt          report what essay.txt reuses from the index",
      "  overlap compare a.txt b.txt      align two files, no index",
      "  overlap clean page.html          a scraped page's essay, without boilerplate",
      "  overlap templates                blocks the index learned as site templates",
      "  overlap dedup                    groups of near-duplicate essays in the index",
      "  overlap eval clough              detection quality (also: eval pan, planted)",
      "  overlap eval boilerplate         measure cleaning quality on real pages",
      "  overlap bench                    measure speed on generated corpora",
      ""
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    footer = {"", "Run 'overlap COMMAND --help' for a command's options."})
final class RootCommand implements Runnable {
  @Option(
      names = {"-v", "--verbose"},
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Show details of errors, including stack traces.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
