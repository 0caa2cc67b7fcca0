package dev.overlap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.clean.CleanRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanRulesLoaderTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path file = dir.resolve("rules.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void extendsTheBuiltInRules() throws Exception {
    CleanRules rules =
        CleanRulesLoader.load(
            write("{\"cues\": [{\"name\": \"call to action\", \"phrases\": [\"buy your essay\"]},"
                + " {\"name\": \"acme\", \"weight\": 3, \"phrases\": [\"acme essays\"]}],"
                + " \"settings\": {\"promoScore\": 6}}"));
    assertThat(rules.setting("promoScore")).isEqualTo(6);
    assertThat(rules.setting("stopLow")).isEqualTo(CleanRules.defaults().setting("stopLow"));
    CleanRules.CueGroup cta =
        rules.cues().stream().filter(c -> c.name().equals("call to action")).findFirst().orElseThrow();
    assertThat(cta.phrases()).contains("order now", "buy your essay");
    assertThat(cta.weight()).isEqualTo(3.0);
    assertThat(rules.cues()).extracting(CleanRules.CueGroup::name).contains("acme");
  }

  @Test
  void anUnknownKeyFailsNamingIt() throws IOException {
    Path file = write("{\"cues\": [{\"name\": \"x\", \"phrasez\": [\"a\"]}]}");
    assertThatThrownBy(() -> CleanRulesLoader.load(file))
        .isInstanceOf(CleanRulesLoader.RulesException.class)
        .hasMessageContaining("unknown key 'phrasez'")
        .hasMessageContaining(file.toString());
    Path top = write("{\"cuez\": []}");
    assertThatThrownBy(() -> CleanRulesLoader.load(top)).hasMessageContaining("'cuez'");
  }

  @Test
  void anUnknownSettingOrBadPatternFailsNamingIt() throws IOException {
    Path setting = write("{\"settings\": {\"fooBar\": 1}}");
    assertThatThrownBy(() -> CleanRulesLoader.load(setting)).hasMessageContaining("'fooBar'");
    Path pattern = write("{\"cues\": [{\"name\": \"x\", \"patterns\": [\"(unclosed\"]}]}");
    assertThatThrownBy(() -> CleanRulesLoader.load(pattern)).hasMessageContaining("(unclosed");
  }

  @Test
  void theBuiltInRulesDefineEverySetting() {
    for (String name : CleanRules.SETTINGS) {
      assertThat(CleanRules.defaults().settings()).containsKey(name);
    }
  }

  @Test
  void aMissingFileIsReported() {
    assertThatThrownBy(() -> CleanRulesLoader.load(dir.resolve("none.json")))
        .hasMessageContaining("no such file");
  }
}
