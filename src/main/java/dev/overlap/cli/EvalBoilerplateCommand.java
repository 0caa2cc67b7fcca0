package dev.overlap.cli;

import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.Input;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.SetResult;
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
import picocli.CommandLine.Spec;

@Command(
    name = "boilerplate",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Measures the boilerplate filter on the article-extraction benchmark (aeb: 4-gram shingle"
          + " F1, as upstream) and WCXB dev (word-bag F1 and leak%%: the share of boilerplate"
          + " snippets left in the output), beside published figures.",
      "",
      "  overlap eval boilerplate --data ../shared/data --set all",
      "  overlap eval boilerplate --set aeb --worst 20   # and its 20 worst pages",
      ""
    })
final class EvalBoilerplateCommand implements Callable<Integer> {
  enum Set {
    AEB,
    WCXB,
    ALL
  }

  enum Format {
    TEXT,
    JSON
  }

  /** Published figures, from data/README.md. */
  private static final Map<String, String> PUBLISHED_AEB = new LinkedHashMap<>();
  private static final Map<String, String> PUBLISHED_WCXB = new LinkedHashMap<>();

  static {
    PUBLISHED_AEB.put("rs-trafilatura", "0.970");
    PUBLISHED_AEB.put("trafilatura 2.0", "0.958");
    PUBLISHED_AEB.put("Readability.js", "0.947");
    PUBLISHED_AEB.put("readability-lxml", "0.922");
    PUBLISHED_AEB.put("boilerpipe", "0.860 (0.877 here)");
    PUBLISHED_AEB.put("jusText", "0.804");
    PUBLISHED_AEB.put("keep everything", "0.665 (text lines whole: 0.684)");
    PUBLISHED_WCXB.put("Readability.js", "F1 0.791, leak 7.5%");
    PUBLISHED_WCXB.put("boilerpipe", "F1 0.729, leak 7.6%");
    PUBLISHED_WCXB.put("keep everything", "F1 0.718");
  }

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ../shared/data, else $OVERLAP_DATA).")
  Path data;

  @Option(names = "--set", paramLabel = "SET", description = "aeb, wcxb or all (default: ${DEFAULT-VALUE}).")
  Set set = Set.ALL;

  @Option(names = "--input", paramLabel = "INPUT", description = "html or text (the text-lines files) (default: ${DEFAULT-VALUE}).")
  Input input = Input.HTML;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(
      names = "--worst",
      paramLabel = "N",
      description =
          "Also list the N pages of each set with the lowest F1, worst first: id, P, R, F1 (and"
              + " leak for WCXB), the page type and its address or site. Where to look when a"
              + " figure drops; with --format json they are in \"worst\" (default: ${DEFAULT-VALUE}:"
              + " none).")
  int worst = 0;

  @Override
  public Integer call() throws IOException {
    if (worst < 0) {
      throw new UserException(ExitCode.USAGE, "--worst must be 0 or more, got " + worst);
    }
    Path dir = data == null ? BoilerplateEvaluation.defaultDataDir() : data;
    if (!Files.isDirectory(dir.resolve("boilerplate"))) {
      throw new UserException(
          ExitCode.INPUT, "no boilerplate benchmarks in " + dir + " (expected " + dir.resolve("boilerplate") + "/aeb and /wcxb-dev)");
    }
    BoilerplateEvaluation evaluation = new BoilerplateEvaluation(new BoilerplateCleaner());
    List<SetResult> results = new ArrayList<>();
    if (set != Set.WCXB) {
      results.add(evaluation.aeb(dir, input, i -> true));
    }
    if (set != Set.AEB) {
      results.add(evaluation.wcxb(dir, input, i -> true));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("results", results);
      if (worst > 0) {
        Map<String, Object> pages = new LinkedHashMap<>();
        for (SetResult r : results) {
          pages.put(r.set(), evaluation.worstPages(r.set(), worst));
        }
        root.put("worst", pages);
      }
      root.put("published", Map.of("aeb", PUBLISHED_AEB, "wcxb", PUBLISHED_WCXB));
      out.println(dev.overlap.eval.EvalJson.write(root));
      return ExitCode.OK.code();
    }
    for (SetResult r : results) {
      out.printf(
          Locale.ROOT,
          "%s (%s input, %d pages): P %.3f  R %.3f  F1 %.3f%s  %.0f pages/s%n",
          r.set(), r.input().name().toLowerCase(Locale.ROOT), r.pages(), r.precision(), r.recall(), r.f1(),
          r.set().equals("wcxb") ? String.format(Locale.ROOT, "  leak %.1f%% of %d snippets", r.leak() * 100, r.leakSnippets()) : "",
          r.pagesPerSecond());
      for (Map.Entry<String, BoilerplateEvaluation.TypeResult> t : r.byType().entrySet()) {
        BoilerplateEvaluation.TypeResult v = t.getValue();
        out.printf(
            Locale.ROOT, "  %-14s %4d pages  P %.3f  R %.3f  F1 %.3f  leak %.1f%%%n",
            t.getKey(), v.pages(), v.precision(), v.recall(), v.f1(), v.leak() * 100);
      }
      Map<String, String> published = r.set().equals("aeb") ? PUBLISHED_AEB : PUBLISHED_WCXB;
      out.println("  published:");
      out.printf(Locale.ROOT, "    %-18s %s%n", "overlap (this run)", String.format(Locale.ROOT, "%.3f", r.f1()));
      for (Map.Entry<String, String> p : published.entrySet()) {
        out.printf(Locale.ROOT, "    %-18s %s%n", p.getKey(), p.getValue());
      }
      if (r.failed() > 0) {
        out.println("  " + r.failed() + " page(s) could not be read (scored as empty)");
      }
      List<BoilerplateEvaluation.PageResult> pages = evaluation.worstPages(r.set(), worst);
      if (!pages.isEmpty()) {
        out.println("  worst pages (lowest F1 first):");
        for (BoilerplateEvaluation.PageResult page : pages) {
          out.printf(
              Locale.ROOT,
              "    P %.3f  R %.3f  F1 %.3f%s  %s  %s  %s%n",
              page.precision(), page.recall(), page.f1(),
              r.set().equals("wcxb") ? String.format(Locale.ROOT, "  leak %3.0f%%", page.leak() * 100) : "",
              page.id(), page.type(), page.source());
        }
      }
    }
    return ExitCode.OK.code();
  }
}
