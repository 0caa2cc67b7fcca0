package dev.overlap.cli;

import dev.overlap.align.AlignSettings;
import dev.overlap.config.OverlapConfig;
import dev.overlap.fingerprint.FingerprintSettings;
import dev.overlap.eval.EvalConfig;
import dev.overlap.eval.EvalJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    subcommands = {
      EvalCloughCommand.class,
      EvalPanCommand.class,
      EvalPlantedCommand.class,
      EvalDedupCommand.class,
      EvalBoilerplateCommand.class
    },
    description = {
      "Measures detection quality on evaluation corpora (see ../shared/data/README.md).",
      "",
      "  overlap eval clough [DIR]     document level: Clough & Stevenson short answers",
      "  overlap eval pan [DIR]        passage level: PAN text alignment, plagdet",
      "  overlap eval planted          passage level: generated reuse in Europarl text",
      "  overlap eval dedup            near-duplicates: generated copies, Europarl",
      "  overlap eval boilerplate      cleaning: article extraction (aeb) and WCXB pages",
      ""
    },
    commandListHeading = "%nCommands:%n")
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  enum Format {
    TEXT,
    JSON
  }

  /** Aligner and fingerprint settings to explore, and the output format; shared by eval commands. */
  static final class Tuning {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "Output: text (tables) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
        names = "--min-words",
        paramLabel = "N",
        description = "Aligner: shortest passage in words (default: 15).")
    Integer minWords;

    @Option(
        names = "--seed-words",
        paramLabel = "N",
        description = "Aligner: shortest identical run used as a seed (default: 3).")
    Integer seedWords;

    @Option(
        names = "--max-gap",
        paramLabel = "N",
        description = "Aligner: most words between two seeds of one passage (default: 25).")
    Integer maxGap;

    @Option(
        names = "--sentence-cosine",
        paramLabel = "X",
        description = "Aligner: least cosine of a similar sentence pair (default: 0.4).")
    Double sentenceCosine;

    @Option(
        names = "--sentence-dice",
        paramLabel = "X",
        description = "Aligner: least Dice of a similar sentence pair (default: 0.4).")
    Double sentenceDice;

    @Option(
        names = "--no-paraphrase",
        description = "Aligner: exact seeds only, no similar-sentence seeds.")
    boolean noParaphrase;

    @Option(
        names = "--shingle",
        paramLabel = "K",
        description = "Index: words per shingle (default: 5).")
    Integer shingle;

    @Option(
        names = "--window",
        paramLabel = "W",
        description = "Index: winnowing window (default: 4).")
    Integer window;

    /**
     * The settings in force ({@code overlap.json} or {@code --config}, else the defaults) with
     * these options over them, every candidate aligned and listed.
     */
    OverlapConfig config(CommandSpec spec) {
      OverlapConfig base = RootCommand.of(spec).configuration.effective().overlapConfig();
      AlignSettings a = base.align();
      AlignSettings align;
      FingerprintSettings fingerprints;
      try {
        align =
            new AlignSettings(
                minWords != null ? minWords : a.minWords(),
                seedWords != null ? seedWords : a.seedWords(),
                maxGap != null ? maxGap : a.maxGap(),
                sentenceCosine != null ? sentenceCosine : a.sentenceCosine(),
                sentenceDice != null ? sentenceDice : a.sentenceDice(),
                a.paraphrase() && !noParaphrase);
        FingerprintSettings f = base.fingerprints();
        fingerprints =
            new FingerprintSettings(
                shingle != null ? shingle : f.shingleSize(), window != null ? window : f.window());
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCode.USAGE, e.getMessage());
      }
      return EvalConfig.of(base.withFingerprints(fingerprints).withAlign(align));
    }

    void print(PrintWriter out, Object result, String table) {
      out.print(format == Format.JSON ? EvalJson.write(result) + "\n" : table);
      out.flush();
    }
  }

  /** The data folder given, or the default; a missing one is an input error. */
  static Path dataDir(Path given, String what) {
    if (!Files.isDirectory(given)) {
      throw new UserException(
          ExitCode.INPUT,
          given
              + ": no "
              + what
              + " folder here (give DIR, or set OVERLAP_DATA to the folder holding"
              + " clough-stevenson/ and pan13-verbatim/)");
    }
    return given;
  }
}
