package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A block every page of a site repeats is learned as a template and never reported as reuse. */
class TemplatesIT {
  @TempDir Path dir;

  static final String SHARED =
      "Every essay in this collection was contributed by volunteers who teach at schools and"
          + " colleges in the region, and it is shared here so that readers can follow how an"
          + " argument grows from a question to a conclusion.";

  static final String[] TITLES = {"Tides", "Bread", "Glaciers", "Bees"};

  static final String[] BODIES = {
    "Tides rise and fall twice a day because the moon pulls on the oceans. The sun adds a smaller"
        + " pull, so the highest tides come when both line up.",
    "Bread rises because yeast eats sugar and releases gas. Kneading builds gluten, which traps"
        + " that gas in a stretchy web of protein.",
    "Glaciers carve valleys into a U shape as they grind forward. Rivers, by contrast, cut narrow"
        + " V shaped valleys over much longer periods.",
    "Bees dance to tell their sisters where flowers are. The angle of the dance points toward the"
        + " food relative to the position of the sun."
  };

  @Test
  void aSiteWideBlockBecomesATemplateAndIsNotScored() throws Exception {
    Path site = dir.resolve("pages");
    Files.createDirectories(site);
    for (int i = 0; i < BODIES.length; i++) {
      Files.writeString(
          site.resolve("page" + i + ".txt"),
          TITLES[i] + "\n\n" + BODIES[i] + "\n\n" + SHARED + "\n",
          StandardCharsets.UTF_8);
    }
    Path index = dir.resolve("index");
    assertThat(Cli.run("index", "--index", index.toString(), site.toString()).status()).isZero();

    Cli.Result templates = Cli.run("templates", "--index", index.toString());
    assertThat(templates.out()).contains("4/4", "pages", "Every essay in this collection");

    Cli.Result check =
        Cli.run("check", "--format", "json", "--index", index.toString(), site.resolve("page0.txt").toString());
    JsonNode report = new ObjectMapper().readTree(check.out());
    assertThat(report.get("sources")).as(check.out()).isEmpty();
    int ownWords = (TITLES[0] + " " + BODIES[0]).split("\\s+").length;
    assertThat(report.at("/essay/words").asInt()).as("template words are not part of the essay").isEqualTo(ownWords);

    Cli.Result cleaned =
        Cli.run("clean", "--index", index.toString(), site.resolve("page1.txt").toString());
    assertThat(cleaned.status()).as(cleaned.err()).isZero();
    assertThat(cleaned.out()).contains(BODIES[1]).doesNotContain("Every essay in this collection");
    assertThat(Cli.run("clean", site.resolve("page1.txt").toString()).out())
        .as("without the index the block is ordinary text")
        .contains("Every essay in this collection");

    Path outside = dir.resolve("elsewhere/copy.txt");
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, "My essay\n\n" + SHARED + "\n", StandardCharsets.UTF_8);
    Cli.Result copied =
        Cli.run("check", "--format", "json", "--index", index.toString(), outside.toString());
    assertThat(new ObjectMapper().readTree(copied.out()).get("sources"))
        .as("a site's template text never counts as reuse, wherever it is copied")
        .isEmpty();
  }
}
