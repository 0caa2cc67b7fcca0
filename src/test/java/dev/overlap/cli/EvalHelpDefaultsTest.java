package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.align.AlignSettings;
import dev.overlap.fingerprint.FingerprintSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The eval commands' tuning options name the defaults the tool really uses. */
class EvalHelpDefaultsTest {
  private static String defaultOf(String help, String option) {
    Matcher m = Pattern.compile(Pattern.quote(option) + "=\\S+\\s+[^(]*\\(default:\\s*([0-9.]+)\\)").matcher(help);
    assertThat(m.find()).as("%s with a default in:%n%s", option, help).isTrue();
    return m.group(1);
  }

  @Test
  void tuningDefaultsAreTheSettingsDefaults() {
    String help = Cli.run("eval", "clough", "--help").out().replaceAll("\\s+", " ");
    AlignSettings align = AlignSettings.DEFAULT;
    FingerprintSettings fingerprints = FingerprintSettings.DEFAULT;
    assertThat(Integer.parseInt(defaultOf(help, "--min-words"))).isEqualTo(align.minWords());
    assertThat(Integer.parseInt(defaultOf(help, "--seed-words"))).isEqualTo(align.seedWords());
    assertThat(Integer.parseInt(defaultOf(help, "--max-gap"))).isEqualTo(align.maxGap());
    assertThat(Double.parseDouble(defaultOf(help, "--sentence-cosine"))).isEqualTo(align.sentenceCosine());
    assertThat(Double.parseDouble(defaultOf(help, "--sentence-dice"))).isEqualTo(align.sentenceDice());
    assertThat(Integer.parseInt(defaultOf(help, "--shingle"))).isEqualTo(fingerprints.shingleSize());
    assertThat(Integer.parseInt(defaultOf(help, "--window"))).isEqualTo(fingerprints.window());
  }
}
