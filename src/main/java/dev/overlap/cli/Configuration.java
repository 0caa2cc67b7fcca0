package dev.overlap.cli;

import dev.overlap.config.ConfigException;
import dev.overlap.config.EffectiveConfig;
import dev.overlap.config.Setting;
import dev.overlap.config.Settings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The settings of one run, read before the command line is parsed: picocli takes the default of
 * every option that overrides a setting from here ({@link Settings} names the option and the
 * commands), so precedence is built-in default, then the file, then the option itself.
 *
 * <p>A file that cannot be used does not stop {@code --help}, {@code --version} or {@code
 * completion}; any other command fails with the file's one-line message and exit 2.
 */
final class Configuration implements CommandLine.IDefaultValueProvider {
  static final Configuration DEFAULTS = new Configuration(EffectiveConfig.defaults(), null);

  private final EffectiveConfig config;
  private final @Nullable ConfigException error;

  private Configuration(EffectiveConfig config, @Nullable ConfigException error) {
    this.config = config;
    this.error = error;
  }

  /** The file named by {@code --config} in {@code args}, else {@code overlap.json} in {@code dir}. */
  static Configuration load(String[] args, Path dir) {
    try {
      return new Configuration(EffectiveConfig.load(configOption(args), dir), null);
    } catch (ConfigException e) {
      return new Configuration(EffectiveConfig.defaults(), e);
    } catch (java.nio.file.InvalidPathException e) {
      return new Configuration(
          EffectiveConfig.defaults(),
          new ConfigException(e.getInput() + ": --config needs a file path (" + e.getReason() + ")"));
    }
  }

  /** The value of {@code --config FILE} or {@code --config=FILE}, before picocli has parsed. */
  static @Nullable Path configOption(String[] args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      } else if (args[i].startsWith("--config=")) {
        return Path.of(args[i].substring("--config=".length()));
      }
    }
    return null;
  }

  /** The file's settings (or the defaults); fails when the file could not be used. */
  EffectiveConfig effective() {
    if (error != null) {
      throw new UserException(ExitCode.USAGE, error.getMessage());
    }
    return config;
  }

  /** Runs the parsed command, unless the file is unusable and it is not a help request. */
  int execute(CommandLine.ParseResult parsed) {
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    if (parsed.asCommandLineList().getLast().getCommand() instanceof CompletionCommand) {
      return new CommandLine.RunLast().execute(parsed); // reads no setting
    }
    try {
      effective();
    } catch (UserException e) {
      // Handed to Main's exception handler, like a command's own failure.
      throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), e.getMessage(), e);
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** A command's words after {@code overlap}: {@code dedup}, {@code eval dedup}. */
  static String path(CommandLine.Model.CommandSpec command) {
    String qualified = command.qualifiedName(" ");
    int space = qualified.indexOf(' ');
    return space < 0 ? "" : qualified.substring(space + 1);
  }

  @Override
  public @Nullable String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || option.command() == null) {
      return null;
    }
    Setting setting =
        Settings.forOption(path(option.command()), option.longestName()).orElse(null);
    if (setting == null || (setting.isIndexBound() && !config.isSet(setting.key()))) {
      // Index-bound settings left unset default to what the index was built with.
      return null;
    }
    if (option.negatable()) {
      // Picocli reads --x as "the opposite of the default" once a default is given (--stems
      // would turn stems off when the file turns them on): the command applies the file itself.
      return null;
    }
    return setting.toOptionText(config.get(setting.key()).value());
  }
}
