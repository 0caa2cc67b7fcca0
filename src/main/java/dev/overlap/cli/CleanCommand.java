package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.clean.Block;
import dev.overlap.clean.TemplateBlocks;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import dev.overlap.ingest.MediaType;
import dev.overlap.ingest.Sites;
import dev.overlap.report.CleanReport;
import dev.overlap.report.ReportWriter;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.CleanRules;
import dev.overlap.clean.CleanedText;
import dev.overlap.config.CleanRulesLoader;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.EssayFinder;
import dev.overlap.ingest.EssayReader;
import dev.overlap.ingest.RefusedInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
      "Removes boilerplate from scraped essay pages (calls to action, chat widgets, review badges,"
          + " disclaimers, navigation) and keeps the title, essay text, quotations and references.",
      "",
      "  overlap clean page.html                 cleaned text to standard output",
      "  overlap clean --out clean/ scraped/     one .txt per page in clean/",
      "  overlap clean crawl/page.html.gz        a page compressed as crawlers keep it",
      "  overlap clean --explain page.txt        what was removed, and why",
      "  overlap clean --format json page.html   every block with its kind and reason",
      ""
    })
final class CleanCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PAGE", description =
          "Files or folders to clean: HTML, text, or documents (.docx, .doc, .odt, .rtf, .pdf),"
              + " whose extracted text is cleaned.")
  List<String> pages;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one <name>.txt per page here.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (the kept text) or json (every block: kind, reason, code-point offsets).")
  Format format = Format.TEXT;

  @Option(names = "--explain", description = "Print what was removed and why (to standard error).")
  boolean explain;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "A JSON rules file extending the built-in cues, headings and settings (default:"
              + " clean.rules of the configuration file, else none).")
  @org.jspecify.annotations.Nullable Path rules;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Also remove the site templates this index has learned (blocks repeated on many pages"
              + " of a page's site; see 'overlap templates').")
  Path index;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "Largest file read: 64MiB, 512KiB, 1GiB; a bare number is MiB (default:"
              + " ${DEFAULT-VALUE}).")
  long maxFileBytes = EssayReader.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    BoilerplateCleaner cleaner = new BoilerplateCleaner(loadRules());
    TemplateBlocks.TemplateSet templates = TemplateBlocks.TemplateSet.NONE;
    if (index != null) {
      OverlapConfig config = RootCommand.of(spec).configuration.effective().overlapConfig();
      try (EssayIndex opened = new Overlap(config).openForChecking(index)) {
        templates =
            opened.templates(config.templateMinDocs(), config.templateMinShare())::isTemplate;
      }
    }
    EssayFinder.Found found = EssayFinder.find(pages);
    EssayReader reader = new EssayReader(maxFileBytes);
    int refused = 0;
    for (RefusedInputException e : found.refused()) {
      stderr.println("overlap: " + e.getMessage());
      refused++;
    }
    if (found.files().isEmpty()) {
      throw new UserException(ExitCode.INPUT, "no essay files found in " + String.join(", ", pages));
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    Set<String> written = new HashSet<>();
    List<CleanReport.Page> jsonPages = new ArrayList<>();
    // --explain writes to stderr too: its lines and a bar would overwrite each other.
    try (StderrProgress progress =
        explain
            ? new StderrProgress(stderr, "cleaning", StderrProgress.Mode.SILENT)
            : StderrProgress.of(spec, "cleaning")) {
      int done = 0;
      for (EssayFinder.FoundFile file : found.files()) {
        progress.update(done++, found.files().size(), file.displayPath());
        Essay essay;
        try {
          essay = reader.read(file.file(), file.displayPath());
        } catch (RefusedInputException e) {
          stderr.println("overlap: " + e.getMessage());
          refused++;
          continue;
        }
        CleanedText cleaned = TemplateBlocks.mark(cleaner.clean(essay), Sites.of(essay), templates);
        if (explain) {
          explain(file.displayPath(), cleaned, stderr);
        }
        String rendered =
            format == Format.JSON
                ? null
                : cleaned.keptText() + (cleaned.keptText().isEmpty() ? "" : "\n");
        if (out != null) {
          String name = outputName(file.file(), written);
          String content =
              format == Format.JSON
                  ? ReportWriter.json(CleanReport.Page.of(file.displayPath(), cleaned)) + "\n"
                  : rendered;
          Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
        } else if (format == Format.JSON) {
          jsonPages.add(CleanReport.Page.of(file.displayPath(), cleaned));
        } else {
          if (found.files().size() > 1) {
            stdout.println("==> " + file.displayPath() + " <==");
          }
          stdout.print(rendered);
        }
      }
      progress.update(found.files().size(), found.files().size(), "");
    }
    if (out == null && format == Format.JSON) {
      stdout.println(ReportWriter.json(new CleanReport(CleanReport.SCHEMA, jsonPages)));
    }
    stdout.flush();
    if (refused > 0) {
      stderr.println("overlap: " + refused + " input(s) refused");
      return ExitCode.INPUT.code();
    }
    return ExitCode.OK.code();
  }

  private CleanRules loadRules() {
    if (rules == null) {
      return CleanRules.defaults();
    }
    try {
      return CleanRulesLoader.load(rules);
    } catch (CleanRulesLoader.RulesException e) {
      throw new UserException(ExitCode.USAGE, e.getMessage());
    }
  }

  /**
   * {@code essay.html} (or {@code essay.html.gz}) → {@code essay.txt}; a second {@code essay.*}
   * becomes {@code essay-2.txt}.
   */
  private String outputName(Path file, Set<String> written) {
    String name = file.getFileName().toString();
    if (MediaType.gzipped(file)) {
      name = name.substring(0, name.length() - ".gz".length());
    }
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String extension = format == Format.JSON ? ".json" : ".txt";
    String candidate = base + extension;
    for (int n = 2; !written.add(candidate); n++) {
      candidate = base + "-" + n + extension;
    }
    return candidate;
  }

  private static void explain(String path, CleanedText cleaned, PrintWriter err) {
    int removed = 0;
    int removedWords = 0;
    int keptWords = 0;
    StringBuilder lines = new StringBuilder();
    for (Block block : cleaned.blocks()) {
      String text = cleaned.text().substring(block.start(), block.end());
      int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
      if (block.kind().kept()) {
        keptWords += words;
        continue;
      }
      removed++;
      removedWords += words;
      String shown = text.replaceAll("\\s+", " ");
      if (shown.length() > 70) {
        shown = shown.substring(0, 69) + "…";
      }
      lines.append("  - \"").append(shown).append("\"\n      ").append(block.reason()).append('\n');
    }
    err.println(
        path + ": removed " + removed + " block(s), " + removedWords + " words; kept "
            + keptWords + " words");
    err.print(lines);
    err.flush();
  }
}
