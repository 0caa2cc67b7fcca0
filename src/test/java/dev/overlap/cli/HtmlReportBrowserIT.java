package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a generated report in headless Chromium: the script runs, every passage is highlighted in
 * both columns, and a link to a passage shows it and its twin. Leaves the page and a screenshot in
 * {@code target/} to look at. Skips when Chromium is not installed ({@code apt-get install
 * chromium}; {@code .ci/run} does it). {@code CHROMIUM} names the browser to use instead (a path
 * that is not an executable skips the test).
 */
class HtmlReportBrowserIT {
  static final Path PAGE = Path.of("target", "report-browser.html").toAbsolutePath();
  static final Path SCREENSHOT = Path.of("target", "report-screenshot.png").toAbsolutePath();
  static final long TIMEOUT_SECONDS = 120;

  @TempDir static Path dir;
  static @Nullable Path chromium;
  static JsonNode report;

  @BeforeAll
  static void generateTheReport() throws Exception {
    chromium = findChromium();
    if (chromium == null) {
      return;
    }
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("rivers.txt"), HtmlReportIT.RIVERS, StandardCharsets.UTF_8);
    Files.writeString(site.resolve("chess.md"), HtmlReportIT.CHESS, StandardCharsets.UTF_8);
    Files.writeString(site.resolve("bread.txt"), HtmlReportIT.BREAD, StandardCharsets.UTF_8);
    Files.writeString(site.resolve("essay.txt"), HtmlReportIT.ESSAY, StandardCharsets.UTF_8);
    String index = dir.resolve("index").toString();
    assertThat(Cli.run("index", "--index", index, site.toString()).status()).isZero();
    String essay = site.resolve("essay.txt").toString();
    Files.createDirectories(PAGE.getParent());
    Cli.Result html =
        Cli.run("check", "--format", "html", "--out", PAGE.toString(), "--index", index, essay);
    assertThat(html.status()).as(html.err()).isZero();
    report =
        new ObjectMapper()
            .readTree(Cli.run("check", "--format", "json", "--index", index, essay).out());
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(
        chromium != null,
        "chromium not found (on PATH, or at $CHROMIUM): the browser test of the HTML report is"
            + " skipped; install it with: apt-get install -y chromium");
  }

  @Test
  void everyPassageIsHighlightedOnBothSidesAndALinkShowsItsTwin() throws Exception {
    String pair = "e1-s1-p1";
    Document dom = Jsoup.parse(chromium("--dump-dom", PAGE.toUri() + "#" + pair + "-essay"));

    assertThat(dom.selectFirst("html").attr("data-ready")).as("the script ran").isEqualTo("true");
    int passages = 0;
    for (int j = 0; j < report.get("sources").size(); j++) {
      int expected = report.get("sources").get(j).get("passages").size();
      passages += expected;
      Element section = dom.getElementById("e1-s" + (j + 1));
      for (String side : List.of("essay", "source")) {
        assertThat(pairs(section.select(".text[data-side=" + side + "] mark.p")))
            .as("passages highlighted in the %s column of source %d", side, j + 1)
            .hasSize(expected);
      }
    }
    assertThat(passages).as("two passages of rivers.txt, one of chess.md").isEqualTo(3);
    assertThat(dom.select("mark.p[data-pairs]")).hasSizeGreaterThanOrEqualTo(2 * passages);

    List<String> active = new ArrayList<>();
    dom.select(".active").forEach(e -> active.add(e.tagName() + " " + e.attr("data-side")));
    assertThat(active)
        .as("the linked passage, its twin and its table row")
        .contains("mark essay", "mark source", "tr ");
    assertThat(dom.select("mark.active").eachAttr("data-pairs")).allMatch(p -> p.contains(pair));
    assertThat(dom.select("mark.active").first().classNames())
        .isEqualTo(dom.select("mark.active").last().classNames());
  }

  @Test
  void aScreenshotShowsThePage() throws Exception {
    Files.deleteIfExists(SCREENSHOT);
    chromium(
        "--screenshot=" + SCREENSHOT,
        "--window-size=1400,2000",
        "--hide-scrollbars",
        PAGE.toUri().toString());
    assertThat(SCREENSHOT).exists();
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private static Set<String> pairs(Iterable<Element> marks) {
    Set<String> out = new TreeSet<>();
    for (Element mark : marks) {
      out.add(mark.attr("data-pairs").split(" ")[0]);
    }
    return out;
  }

  /** Runs headless Chromium with a fresh profile and no network; returns its standard output. */
  private static String chromium(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--virtual-time-budget=5000",
            "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile")));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(dir, "chromium", ".out");
    Path stderr = Files.createTempFile(dir, "chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("chromium took over " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertThat(process.exitValue())
        .as("chromium %s failed: %s", command, Files.readString(stderr, StandardCharsets.UTF_8))
        .isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static @Nullable Path findChromium() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Files.isExecutable(Path.of(configured)) ? Path.of(configured) : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
