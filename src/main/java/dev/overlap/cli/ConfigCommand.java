package dev.overlap.cli;

import dev.overlap.config.ConfigJson;
import dev.overlap.config.EffectiveConfig;
import dev.overlap.config.Setting;
import dev.overlap.config.Settings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "config",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Prints every setting: its key in overlap.json, its value, where the value came from"
          + " (default, the file, or the command line) and the option that overrides it.",
      "Settings are read from overlap.json in the current folder, or from --config FILE; an"
          + " option on the command line wins over both. The README's Configuration section"
          + " describes the file.",
      "The setting options of the other commands (--min-words, --top, --max-file-size, …) are"
          + " accepted here too, to show their effect.",
      "",
      "  overlap config                       the settings in force here",
      "  overlap config --config strict.json  those of another file",
      "  overlap config --format json         for scripts: {\"file\": …, \"settings\": {key: {value,"
          + " source, …}}}",
      "  overlap config --format file         the settings as an overlap.json to start from",
      ""
    })
final class ConfigCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON,
    FILE
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (a table), json (every key with value, source, option, description) or file"
              + " (overlap.json with every value) (default: ${DEFAULT-VALUE}).")
  Format format;

  /**
   * Adds to {@code config} a hidden option for every setting option of the other commands, so that
   * {@code overlap config --min-words 20} shows "command line" as the source.
   */
  static void addSettingOptions(CommandSpec config) {
    for (Setting setting : Settings.ALL) {
      String name = setting.option();
      if (name == null || config.findOption(name) != null) {
        continue;
      }
      OptionSpec.Builder option =
          OptionSpec.builder(name)
              .type(String.class)
              .paramLabel("VALUE")
              .hidden(true)
              .description("Show the effect of " + name + " on " + setting.key() + ".");
      if (setting.kind() == Setting.Kind.FLAG) {
        option.arity("0..1").fallbackValue("true");
      }
      config.addOption(option.build());
    }
  }

  @Override
  public Integer call() {
    EffectiveConfig config = RootCommand.of(spec).configuration.effective();
    for (Setting setting : Settings.ALL) {
      String name = setting.option();
      OptionSpec option = name == null ? null : spec.findOption(name);
      if (option == null || !option.hidden() || !spec.commandLine().getParseResult().hasMatchedOption(option)) {
        continue;
      }
      String given = option.getValue();
      try {
        config = config.with(setting.key(), setting.fromText(given), EffectiveConfig.COMMAND_LINE);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCode.USAGE, name + " " + e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.println(ConfigJson.describe(config));
      case FILE -> out.println(ConfigJson.asFile(config));
      case TEXT -> printTable(config, out);
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private static void printTable(EffectiveConfig config, PrintWriter out) {
    out.println(
        config.file() == null
            ? "no configuration file (overlap.json here, or --config FILE): built-in defaults"
            : "configuration file: " + config.file());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KEY", "VALUE", "SOURCE", "OPTION"});
    for (Map.Entry<String, EffectiveConfig.Value> entry : config.values().entrySet()) {
      Setting setting = Settings.get(entry.getKey());
      String value = Setting.show(entry.getValue().value());
      if (setting.kind() == Setting.Kind.SIZE) {
        value = setting.toOptionText(entry.getValue().value());
      }
      if (setting.isIndexBound() && !config.isSet(setting.key())) {
        value += " (or as the index was built)";
      }
      String option = setting.option() == null ? "" : setting.option();
      rows.add(new String[] {setting.key(), value, entry.getValue().source(), option});
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      out.println(
          String.format(
                  Locale.ROOT,
                  "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s",
                  (Object[]) row)
              .stripTrailing());
    }
  }
}
