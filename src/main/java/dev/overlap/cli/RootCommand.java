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
      BenchCommand.class,
      ConfigCommand.class,
      CompletionCommand.class
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
      "  overlap config                   every setting, its value and where it came from",
      "  overlap completion               a bash/zsh completion script",
      ""
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    footer = {"", "Run 'overlap COMMAND --help' for a command's options."})
final class RootCommand implements Runnable {
  @Option(
      names = {"-v", "--verbose"},
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "Show details: the stack trace of an error, and a line per file instead of a progress"
              + " bar.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "Print only results and errors: no progress bar (drawn only when stderr is a terminal,"
              + " never when piped), no summary line.")
  boolean quiet;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "Read settings from FILE instead of overlap.json in the current folder (see 'overlap"
              + " config'). Options given on the command line win over the file.")
  java.nio.file.@org.jspecify.annotations.Nullable Path config;

  /** The settings of this run (set by {@link Main#run} before the command line is parsed). */
  Configuration configuration = Configuration.DEFAULTS;

  /** The root command of the command running in {@code spec}. */
  static RootCommand of(picocli.CommandLine.Model.CommandSpec spec) {
    // A command run on its own (as some tests do) has built-in defaults.
    return spec.root().userObject() instanceof RootCommand root ? root : new RootCommand();
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
