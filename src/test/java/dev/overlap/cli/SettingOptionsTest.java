package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.config.Setting;
import dev.overlap.config.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options and the settings agree: every setting's option exists in the commands it names, and
 * an option spelled like a setting's option elsewhere is deliberately separate (listed here), so a
 * new command that mixes in, say, {@code --index} is not left without its default.
 */
class SettingOptionsTest {
  /** Options named like a setting's option that are not that setting, by command. */
  private static final Map<String, Set<String>> SEPARATE =
      Map.ofEntries(
          Map.entry("clean", Set.of("--index", "--format")),
          Map.entry("dedup", Set.of("--format")),
          Map.entry("config", Set.of("--format")),
          Map.entry("eval", Set.of("--format", "--min-words", "--window")),
          Map.entry("eval clough", Set.of("--format", "--min-words", "--window")),
          Map.entry("eval pan", Set.of("--format", "--min-words", "--window")),
          Map.entry("eval planted", Set.of("--format", "--min-words", "--window")),
          Map.entry("eval boilerplate", Set.of("--format")),
          Map.entry("eval dedup", Set.of("--format", "--min-words", "--min-containment")),
          Map.entry("bench clean", Set.of("--format")),
          Map.entry("bench", Set.of("--texts"))); // what the measured index keeps, as 'index --texts'

  private static List<CommandSpec> commands() {
    List<CommandSpec> all = new ArrayList<>();
    collect(new CommandLine(new RootCommand()), all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandSpec> into) {
    into.add(command.getCommandSpec());
    for (CommandLine sub : command.getSubcommands().values()) {
      collect(sub, into);
    }
  }

  @Test
  void everySettingOptionExistsInTheCommandsItNames() {
    Map<String, CommandSpec> byName = new java.util.HashMap<>();
    for (CommandSpec command : commands()) {
      byName.put(Configuration.path(command), command);
    }
    for (Setting setting : Settings.ALL) {
      for (String command : setting.commands()) {
        assertThat(byName).as(setting.key()).containsKey(command);
        assertThat(byName.get(command).findOption(setting.option()))
            .as(setting.key() + ": " + command + " " + setting.option())
            .isNotNull();
      }
    }
  }

  @Test
  void anOptionSpelledLikeASettingsIsThatSettingOrListedAsSeparate() {
    Set<String> settingOptions = new java.util.HashSet<>();
    for (Setting setting : Settings.ALL) {
      if (setting.option() != null) {
        settingOptions.add(setting.option());
      }
    }
    for (CommandSpec command : commands()) {
      for (OptionSpec option : command.options()) {
        String name = option.longestName();
        if (!settingOptions.contains(name) || option.hidden()) {
          continue;
        }
        String path = Configuration.path(command);
        boolean bound = Settings.forOption(path, name).isPresent();
        boolean separate = SEPARATE.getOrDefault(path, Set.of()).contains(name);
        assertThat(bound || separate)
            .as("%s %s: bind it in Settings or list it as separate here", path, name)
            .isTrue();
        assertThat(bound && separate).as("%s %s is both", path, name).isFalse();
      }
    }
  }
}
