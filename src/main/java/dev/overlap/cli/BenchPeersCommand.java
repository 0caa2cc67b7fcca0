package dev.overlap.cli;

import dev.overlap.bench.RealText;
import dev.overlap.eval.SimText;
import dev.overlap.eval.peers.PeersBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "peers",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Checks new essays against a corpus with overlap, sim_text and JPlag on the same files,"
          + " each in its own process, and reports wall time, peak memory (resident) and the"
          + " share of essays whose planted source each tool names.",
      "",
      "overlap is timed end to end (index + check) and with its index prebuilt (check only);"
          + " sim_text ('sim_text -p -t 1 -r 8 -S new... / corpus...', the names given on"
          + " standard input with -i) and JPlag (text language,"
          + " new against old submissions, clustering off) have no index. A tool that is not"
          + " installed is skipped with a note.",
      "",
      "  overlap bench peers --sizes 3000,13000 --essays 100",
      ""
    })
final class BenchPeersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin RealTextOption text;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "3000,13000",
      description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--essays", defaultValue = "100", description = "New essays checked (default: ${DEFAULT-VALUE}).")
  int essays;

  @Option(names = "--essay-words", defaultValue = "1500", description = "Words per new essay (default: ${DEFAULT-VALUE}).")
  int essayWords;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @picocli.CommandLine.Mixin JPlagOption jplag;

  @Option(
      names = "--time-limit",
      paramLabel = "MINUTES",
      defaultValue = "30",
      description = "Stop a tool's run after this long and report it unfinished (default: ${DEFAULT-VALUE}).")
  long minutes;

  @Option(
      names = "--no-stems",
      description =
          "Build overlap's index as 'overlap index --no-stems': without the stems that find"
              + " paraphrase (faster to build; checks find copying and editing only).")
  boolean noStems;

  @Option(names = "--keep", description = "Keep the generated files and each tool's output, and print where.")
  boolean keep;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> documents = text.documents();
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    int span = dev.overlap.bench.ScalingBench.unseenPerEssay(essayWords);
    RealText.Split texts = RealText.split(documents, largest, essays * span, seed);
    Path overlapJar = BenchCommand.ownJar();
    if (overlapJar == null) {
      err.println("overlap runs from classes, not its jar: its own row is skipped");
    }
    Path simText = SimText.find().orElse(null);
    Path runner = jplag.find().map(dev.overlap.eval.peers.JPlag::runner).orElse(null);
    Path work = Files.createTempDirectory("overlap-peers");
    try {
      List<PeersBench.Row> rows =
          new PeersBench(texts.corpus(), texts.unseen(), essays, essayWords, seed, overlapJar, simText, runner,
                  Duration.ofMinutes(minutes), !noStems)
              .run(sizes.stream().sorted().toList(), work, err);
      out.printf(Locale.ROOT, "%9s  %-9s %-31s %9s %9s %7s  %s%n",
          "documents", "tool", "setting", "seconds", "peak MB", "recall", "note");
      for (PeersBench.Row row : rows) {
        out.printf(Locale.ROOT, "%9d  %-9s %-31s %9.1f %9.0f %7.3f  %s%n",
            row.documents(), row.tool(), row.setting(), row.seconds(), row.peakMegabytes(),
            row.recall(), row.note());
      }
      out.printf(Locale.ROOT,
          "(%d new essays of ~%d words, each with one 60-150-word passage of a corpus document;"
              + " recall: share of essays whose planted source the tool names; %d cores, Java %s)%n",
          essays, essayWords, Runtime.getRuntime().availableProcessors(), Runtime.version());
      out.flush();
    } finally {
      if (keep) {
        err.println("files kept in " + work);
      } else {
        try (Stream<Path> files = Files.walk(work)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
    }
    return ExitCode.OK.code();
  }
}
