package dev.overlap.cli;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "templates",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Lists the template blocks learned from the index: blocks repeated on at least 3 pages"
          + " and half of the pages of a site (the site is a page's canonical URL host, else its"
          + " folder). Template blocks are never scored by check. The thresholds are"
          + " templates.minDocs and templates.minShare (see 'overlap config').",
      ""
    })
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Override
  public Integer call() {
    Overlap overlap = new Overlap(RootCommand.of(spec).configuration.effective().overlapConfig());
    PrintWriter out = spec.commandLine().getOut();
    try (EssayIndex opened = overlap.openForChecking(indexOption.path)) {
      List<Overlap.Template> templates = overlap.templates(opened);
      if (templates.isEmpty()) {
        out.println("no template blocks in " + indexOption.path + " (" + opened.size() + " essays)");
      }
      for (Overlap.Template template : templates) {
        String text = template.text().replaceAll("\\s+", " ");
        out.printf(
            Locale.ROOT,
            "%5d/%-5d %-24s %s%n",
            template.documents(),
            template.siteDocuments(),
            template.site().isEmpty() ? "(no site)" : template.site(),
            text.length() > 100 ? text.substring(0, 100) + " …" : text);
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
