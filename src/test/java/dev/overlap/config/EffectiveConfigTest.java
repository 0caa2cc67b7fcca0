package dev.overlap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectiveConfigTest {
  @TempDir Path dir;

  private EffectiveConfig load(String json) throws Exception {
    Files.writeString(dir.resolve("overlap.json"), json);
    return EffectiveConfig.load(null, dir);
  }

  private String failure(String json) throws IOException {
    Files.writeString(dir.resolve("overlap.json"), json);
    try {
      EffectiveConfig.load(null, dir);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("no failure for " + json);
  }

  @Test
  void withoutAFileEverySettingIsItsBuiltInDefault() throws Exception {
    EffectiveConfig config = EffectiveConfig.load(null, dir);
    assertThat(config.file()).isNull();
    assertThat(config.overlapConfig()).isEqualTo(OverlapConfig.DEFAULT);
    assertThat(config.values().keySet())
        .containsExactlyElementsOf(Settings.ALL.stream().map(Setting::key).toList());
    assertThat(config.values().values()).allMatch(v -> v.source().equals(EffectiveConfig.DEFAULT));
  }

  @Test
  void fileValuesWinOverDefaultsAndNameTheirSource() throws Exception {
    EffectiveConfig config =
        load(
            "{\"align\": {\"minWords\": 20, \"sentenceDice\": 0.5},"
                + " \"limits\": {\"maxFileSize\": \"64MiB\", \"maxWords\": 5000},"
                + " \"scoring\": {\"quotes\": true}, \"report\": {\"failAbove\": 25}}");
    OverlapConfig pipeline = config.overlapConfig();
    assertThat(pipeline.align().minWords()).isEqualTo(20);
    assertThat(pipeline.align().sentenceDice()).isEqualTo(0.5);
    assertThat(pipeline.align().seedWords()).isEqualTo(OverlapConfig.DEFAULT.align().seedWords());
    assertThat(pipeline.maxFileBytes()).isEqualTo(64L << 20);
    assertThat(pipeline.maxWords()).isEqualTo(5000);
    assertThat(pipeline.scoredKinds()).contains(dev.overlap.clean.BlockKind.QUOTE);
    assertThat(config.get("report.failAbove")).isEqualTo(new EffectiveConfig.Value(25.0, "overlap.json"));
    assertThat(config.get("align.maxGap").source()).isEqualTo("default");
    assertThat(config.file()).isEqualTo("overlap.json");
  }

  /** Guards "every threshold is settable": each pipeline setting changes the pipeline's config. */
  @Test
  void everyPipelineSettingReachesOverlapConfig() throws Exception {
    for (Setting setting : Settings.ALL) {
      if (java.util.Set.of(
              "index.dir", "report.format", "report.failAbove", "clean.rules", "dedup.minContainment",
              "solr.location", "solr.collection")
          .contains(setting.key())) {
        continue; // read by the commands, not the pipeline
      }
      String value =
          switch (setting.kind()) {
            case WHOLE -> Integer.toString((Integer) setting.builtIn() + 1);
            case DECIMAL -> Double.toString((Double) setting.builtIn() / 2);
            case FLAG -> Boolean.toString(!(Boolean) setting.builtIn());
            case SIZE -> "\"1KiB\"";
            case CHOICE ->
                setting.choices().stream()
                    .filter(c -> !c.equals(setting.builtIn()))
                    .map(c -> "\"" + c + "\"")
                    .findFirst()
                    .orElseThrow();
            default -> throw new AssertionError(setting.kind());
          };
      String[] parts = setting.key().split("\\.");
      EffectiveConfig config = load("{\"" + parts[0] + "\": {\"" + parts[1] + "\": " + value + "}}");
      assertThat(config.overlapConfig()).as(setting.key()).isNotEqualTo(OverlapConfig.DEFAULT);
      assertThat(config.get(setting.key()).source()).isEqualTo("overlap.json");
    }
  }

  @Test
  void anUnknownKeyFailsNamingItAndTheKnownOnes() throws Exception {
    assertThat(failure("{\"align\": {\"minWord\": 20}}"))
        .isEqualTo(
            "overlap.json: unknown key \"align.minWord\" (known: minWords, seedWords, maxGap,"
                + " sentenceCosine, sentenceDice, paraphrase, minParaphraseWords)");
    assertThat(failure("{\"aligns\": {}}")).startsWith("overlap.json: unknown key \"aligns\" (known: index, ");
  }

  @Test
  void aWrongTypeOrRangeFailsNamingTheKey() throws Exception {
    assertThat(failure("{\"align\": {\"minWords\": \"20\"}}"))
        .isEqualTo("overlap.json: \"align.minWords\" must be a whole number of at least 1, got \"20\"");
    assertThat(failure("{\"align\": {\"minWords\": 2.5}}")).contains("\"align.minWords\" must be a whole number");
    assertThat(failure("{\"align\": {\"minWords\": 0}}")).contains("got 0");
    assertThat(failure("{\"fingerprints\": {\"shingleSize\": 17}}"))
        .contains("\"fingerprints.shingleSize\" must be a whole number from 1 to 16, got 17");
    assertThat(failure("{\"candidates\": {\"commonShare\": 0}}"))
        .contains("\"candidates.commonShare\" must be a number above 0 and up to 1, got 0");
    assertThat(failure("{\"scoring\": {\"quotes\": \"yes\"}}")).contains("\"scoring.quotes\" must be true or false");
    assertThat(failure("{\"limits\": {\"maxFileSize\": \"32\"}}")).contains("\"limits.maxFileSize\" must be a size");
    assertThat(failure("{\"limits\": {\"maxFileSize\": \"32 potatoes\"}}")).contains("\"limits.maxFileSize\"");
    assertThat(failure("{\"report\": {\"format\": \"pdf\"}}"))
        .contains("\"report.format\" must be one of text, json, html, got \"pdf\"");
    assertThat(failure("{\"report\": 5}")).contains("\"report\" must be an object with keys top, format, failAbove");
    assertThat(failure("{\"align\": {\"minWords\": null}}")).contains("\"align.minWords\" must be");
    assertThat(failure("[1]")).isEqualTo("overlap.json: must be a JSON object, like {\"report\": {\"top\": 5}}");
  }

  @Test
  void malformedJsonFailsWithLineAndColumn() throws Exception {
    assertThat(failure("{\"align\": {\n  \"minWords\": 20,\n}}"))
        .startsWith("overlap.json:3:1: not valid JSON: Unexpected character ('}'");
    assertThat(failure("{\"report\": {\"top\": 1, \"top\": 2}}")).contains("Duplicate field 'top'");
    assertThat(failure("")).startsWith("overlap.json: empty");
  }

  @Test
  void aMissingConfigFileFails() {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> EffectiveConfig.load(missing, dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": no such file (given with --config)");
  }

  @Test
  void aGivenFileReplacesTheLocalOneAndItsRelativePathsAreItsOwn() throws Exception {
    Files.writeString(dir.resolve("overlap.json"), "{\"report\": {\"top\": 3}}");
    Path other = Files.createDirectories(dir.resolve("conf")).resolve("strict.json");
    Files.writeString(other, "{\"index\": {\"dir\": \"../idx\"}, \"clean\": {\"rules\": \"rules.json\"}}");
    EffectiveConfig config = EffectiveConfig.load(other, dir);
    assertThat(config.file()).isEqualTo(other.toString());
    assertThat(config.get("report.top").value()).isEqualTo(10);
    assertThat(config.get("index.dir").value()).isEqualTo(dir.resolve("idx").toString());
    assertThat(config.get("clean.rules").value()).isEqualTo(dir.resolve("conf/rules.json").toString());
    assertThat(config.get("index.dir").source()).isEqualTo(other.toString());
  }

  /** The README's Configuration table lists every setting with its built-in default. */
  @Test
  void theReadmeDocumentsEverySettingAndItsDefault() throws IOException {
    Path readme = Path.of("README.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(readme), "run from the project folder");
    String text = Files.readString(readme);
    for (Setting setting : Settings.ALL) {
      String shown =
          setting.kind() == Setting.Kind.SIZE
              ? setting.toOptionText(setting.builtIn())
              : Setting.show(setting.builtIn());
      assertThat(text)
          .as(setting.key())
          .containsPattern(
              "(?m)^\\| `" + java.util.regex.Pattern.quote(setting.key()) + "` \\| `?"
                  + java.util.regex.Pattern.quote(shown) + "`? \\|");
    }
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertThat(ByteSize.parse("32MiB", 1)).isEqualTo(32L << 20);
    assertThat(ByteSize.parse("512 kb", 1)).isEqualTo(512L << 10);
    assertThat(ByteSize.parse("2G", 1)).isEqualTo(2L << 30);
    assertThat(ByteSize.parse("1000", 1)).isEqualTo(1000);
    assertThat(ByteSize.parse("3", 1L << 20)).isEqualTo(3L << 20);
    assertThat(ByteSize.format(32L << 20)).isEqualTo("32MiB");
    assertThat(ByteSize.format(1000)).isEqualTo("1000B");
    assertThatThrownBy(() -> ByteSize.parse("-1MiB", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFileFormatReadsBackAsTheSameSettings() throws Exception {
    EffectiveConfig changed = EffectiveConfig.defaults().with("report.top", 4, "command line")
        .with("limits.maxFileSize", 3L << 20, "command line");
    EffectiveConfig reread = load(ConfigJson.asFile(changed));
    assertThat(reread.overlapConfig()).isEqualTo(changed.overlapConfig());
    assertThat(reread.get("report.top").value()).isEqualTo(4);
  }
}
