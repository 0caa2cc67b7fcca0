package dev.overlap.cli;

import dev.overlap.bench.CleaningBench;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.eval.DataDirs;
import dev.overlap.ingest.EssayReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "clean",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Measures how fast pages are cleaned on one thread: every page of each FOLDER is read into"
          + " memory (HTML, text, Markdown, also gzip-compressed), cleaned once to warm up, then"
          + " cleaned --passes times, each page timed. Reading is not timed. Throughput is given in"
          + " wall-clock time (pages/s) and in the thread's CPU time (cpu pg/s: one core's worth,"
          + " steadier on a busy machine); p50 is the typical page.",
      "",
      "Without FOLDER: the boilerplate benchmarks' pages (aeb, WCXB dev) and the seed page in"
          + " ../shared/data (or $OVERLAP_DATA), one row each.",
      "",
      "  overlap bench clean",
      "  overlap bench clean scraped/ --passes 5 --format json",
      ""
    })
final class BenchCleanCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FOLDER", arity = "0..*", description = "Folders of pages, one row each.")
  List<Path> folders = new ArrayList<>();

  @Option(
      names = "--passes",
      paramLabel = "N",
      defaultValue = "3",
      description = "Measured passes over the pages, after one warm-up pass (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "TEXT",
      description = "text or json (default: text).")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (passes < 1) {
      throw new UserException(ExitCode.USAGE, "--passes must be at least 1, got " + passes);
    }
    Map<String, Path> sets = new LinkedHashMap<>();
    if (folders.isEmpty()) {
      Path data = DataDirs.root();
      for (Map.Entry<String, Path> set :
          Map.of(
                  "aeb", data.resolve("boilerplate/aeb/html"),
                  "wcxb-dev", data.resolve("boilerplate/wcxb-dev/html"),
                  "seed", data.resolve("seed"))
              .entrySet()) {
        if (Files.isDirectory(set.getValue())) {
          sets.put(set.getKey(), set.getValue());
        }
      }
      if (sets.isEmpty()) {
        throw new UserException(
            ExitCode.INPUT,
            "no pages to clean in "
                + data
                + ": give FOLDER..., or set OVERLAP_DATA to the folder holding boilerplate/ and seed/");
      }
    } else {
      for (Path folder : folders) {
        if (!Files.isDirectory(folder)) {
          throw new UserException(ExitCode.INPUT, folder + ": no such folder (give a folder of pages)");
        }
        sets.put(folder.toString(), folder);
      }
    }
    EssayReader reader = new EssayReader();
    CleaningBench bench = new CleaningBench(new BoilerplateCleaner());
    List<CleaningBench.Result> results = new ArrayList<>();
    // Sorted names: the default sets come from an unordered map.
    for (String name : sets.keySet().stream().sorted().toList()) {
      CleaningBench.Pages pages = CleaningBench.load(name, sets.get(name), reader);
      if (pages.pages().isEmpty()) {
        throw new UserException(
            ExitCode.INPUT,
            sets.get(name) + ": no pages (.html .htm .txt .md, or those .gz) to clean");
      }
      results.add(bench.run(pages, passes));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("passes", passes);
      root.put("java", Runtime.version().toString());
      root.put("results", results);
      out.println(dev.overlap.eval.EvalJson.write(root));
      return ExitCode.OK.code();
    }
    out.printf(Locale.ROOT, "%-10s %6s %8s %9s %9s %7s %8s %8s %8s %8s%n",
        "pages", "count", "MB", "pages/s", "cpu pg/s", "MB/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (CleaningBench.Result r : results) {
      out.printf(Locale.ROOT, "%-10s %6d %8.1f %9.0f %9.0f %7.2f %8.2f %8.2f %8.2f %8.1f%n",
          r.name(), r.pages(), r.megabytes(), r.pagesPerSecond(), r.cpuPagesPerSecond(),
          r.megabytesPerSecond(),
          r.p50Millis(), r.p95Millis(), r.p99Millis(), r.maxMillis());
    }
    out.printf(Locale.ROOT,
        "(one thread, pages in memory, %d measured passes after one warm-up; pages/s in wall-clock"
            + " time, cpu pg/s in the thread's CPU time; refused pages skipped: %d; Java %s)%n",
        passes, results.stream().mapToInt(CleaningBench.Result::refused).sum(), Runtime.version());
    out.flush();
    return ExitCode.OK.code();
  }
}
