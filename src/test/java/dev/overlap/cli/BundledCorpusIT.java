package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus against its own ground truth, {@code corpus/planted.json}: every planted
 * verbatim, edited and reordered passage is found in both files with character overlap ≥ 0.9, and
 * nothing else is reported.
 */
class BundledCorpusIT {
  private static final Path CORPUS = Path.of("corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Planted(String file, int start, int end, String source, int sourceStart, int sourceEnd, String kind) {}

  record Found(String source, int start, int end, int sourceStart, int sourceEnd, String kind) {}

  @TempDir static Path dir;
  static List<Planted> planted;
  static List<String> noReuse;
  static Map<String, List<Found>> found = new HashMap<>();

  @BeforeAll
  static void indexAndCheckEverything() throws Exception {
    JsonNode truth = JSON.readTree(CORPUS.resolve("planted.json").toFile());
    planted = new ArrayList<>();
    for (JsonNode r : truth.get("reuse")) {
      planted.add(
          new Planted(
              r.get("file").asText(), r.get("start").asInt(), r.get("end").asInt(),
              r.get("source").asText(), r.get("sourceStart").asInt(), r.get("sourceEnd").asInt(),
              r.get("kind").asText()));
    }
    noReuse = new ArrayList<>();
    truth.get("noReuse").forEach(n -> noReuse.add(n.asText()));

    Path index = dir.resolve("index");
    Cli.Result indexed = Cli.run("index", "--index", index.toString(), "corpus");
    assertThat(indexed.status()).as(indexed.err()).isZero();

    Set<String> files = new LinkedHashSet<>();
    for (Planted p : planted) {
      files.add(p.file());
      files.add(p.source());
    }
    files.addAll(noReuse);
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--index", index.toString()));
    args.addAll(files);
    Cli.Result checked = Cli.run(args.toArray(String[]::new));
    assertThat(checked.status()).as(checked.err()).isZero();
    for (JsonNode report : JSON.readTree(checked.out())) {
      List<Found> passages = new ArrayList<>();
      for (JsonNode source : report.get("sources")) {
        for (JsonNode p : source.get("passages")) {
          passages.add(
              new Found(
                  source.get("path").asText(),
                  p.at("/essay/start").asInt(), p.at("/essay/end").asInt(),
                  p.at("/source/start").asInt(), p.at("/source/end").asInt(),
                  p.get("kind").asText()));
        }
      }
      found.put(report.at("/essay/path").asText(), passages);
    }
  }

  static double overlap(int aStart, int aEnd, int bStart, int bEnd) {
    int intersection = Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    int union = Math.max(aEnd, bEnd) - Math.min(aStart, bStart);
    return union == 0 ? 0 : (double) intersection / union;
  }

  static String codePoints(String file, int start, int end) throws Exception {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  @Test
  void theGroundTruthIsConsistentWithTheFiles() throws Exception {
    assertThat(planted).hasSizeGreaterThanOrEqualTo(6);
    assertThat(planted).extracting(Planted::kind).contains("verbatim", "edited", "reordered", "paraphrase");
    for (Planted p : planted) {
      if (p.kind().equals("verbatim")) {
        assertThat(codePoints(p.file(), p.start(), p.end()))
            .isEqualTo(codePoints(p.source(), p.sourceStart(), p.sourceEnd()));
      }
    }
  }

  @Test
  void everyVerbatimEditedAndReorderedPassageIsFoundInBothFiles() throws Exception {
    for (Planted p : planted) {
      if (p.kind().equals("paraphrase")) {
        continue;
      }
      List<Found> candidates = found.getOrDefault(p.file(), List.of());
      double best = 0;
      for (Found f : candidates) {
        if (f.source().equals(p.source())) {
          best =
              Math.max(
                  best,
                  Math.min(
                      overlap(p.start(), p.end(), f.start(), f.end()),
                      overlap(p.sourceStart(), p.sourceEnd(), f.sourceStart(), f.sourceEnd())));
        }
      }
      assertThat(best)
          .as("%s %s [%d,%d) from %s [%d,%d): found %s", p.kind(), p.file(), p.start(), p.end(),
              p.source(), p.sourceStart(), p.sourceEnd(), candidates)
          .isGreaterThanOrEqualTo(0.9);
    }
  }

  /** Heavy rewording is found, if not always whole: what share of it is the eval's business. */
  @Test
  void theParaphrasesAreFound() {
    for (Planted p : planted) {
      if (!p.kind().equals("paraphrase")) {
        continue;
      }
      assertThat(found.getOrDefault(p.file(), List.of()))
          .as("paraphrase in %s of %s", p.file(), p.source())
          .anySatisfy(
              f -> {
                assertThat(f.source()).isEqualTo(p.source());
                assertThat(overlap(p.start(), p.end(), f.start(), f.end())).isGreaterThan(0.25);
              });
    }
  }

  @Test
  void nothingIsReportedOutsideThePlantedPassages() {
    for (Map.Entry<String, List<Found>> entry : found.entrySet()) {
      for (Found f : entry.getValue()) {
        boolean planted =
            BundledCorpusIT.planted.stream()
                .anyMatch(
                    p ->
                        (p.file().equals(entry.getKey()) && p.source().equals(f.source())
                                && overlap(p.start(), p.end(), f.start(), f.end()) > 0)
                            || (p.source().equals(entry.getKey()) && p.file().equals(f.source())
                                && overlap(p.sourceStart(), p.sourceEnd(), f.start(), f.end()) > 0));
        assertThat(planted).as("unplanted passage in %s: %s", entry.getKey(), f).isTrue();
      }
    }
    for (String file : noReuse) {
      assertThat(found.get(file)).as(file).isEmpty();
    }
  }
}
