package dev.overlap.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One setting: its key in {@code overlap.json} (dotted: {@code align.minWords} is {@code
 * {"align": {"minWords": …}}}), its type and range, its built-in default, and the command-line
 * option that overrides it in which commands. {@link Settings#ALL} lists every one; the file
 * loader, {@code overlap config} and the command-line defaults all read that list.
 *
 * <p>Values are {@link Integer} (whole numbers), {@link Double} (decimals), {@link Boolean}, {@link
 * Long} (sizes, in bytes) or {@link String} (paths and choices); an optional setting's default is
 * {@code null}, "none".
 */
public final class Setting {
  /** How a value is written and checked. */
  public enum Kind {
    WHOLE,
    DECIMAL,
    FLAG,
    SIZE,
    PATH,
    TEXT,
    CHOICE
  }

  private final String key;
  private final Kind kind;
  private final @Nullable Object builtIn;
  private final double min;
  private final double max;
  private final boolean minExclusive;
  private final List<String> choices;
  private final @Nullable String option;
  private final Set<String> commands;
  private final boolean indexBound;
  private final String description;

  private Setting(
      String key,
      Kind kind,
      @Nullable Object builtIn,
      double min,
      boolean minExclusive,
      double max,
      List<String> choices,
      @Nullable String option,
      Set<String> commands,
      boolean indexBound,
      String description) {
    this.key = key;
    this.kind = kind;
    this.builtIn = builtIn;
    this.min = min;
    this.minExclusive = minExclusive;
    this.max = max;
    this.choices = List.copyOf(choices);
    this.option = option;
    this.commands = Set.copyOf(commands);
    this.indexBound = indexBound;
    this.description = description;
  }

  static Setting whole(String key, int builtIn, int min, int max, String description) {
    return new Setting(
        key, Kind.WHOLE, builtIn, min, false, max, List.of(), null, Set.of(), false, description);
  }

  static Setting decimal(
      String key, @Nullable Double builtIn, double min, boolean minExclusive, double max,
      String description) {
    return new Setting(
        key, Kind.DECIMAL, builtIn, min, minExclusive, max, List.of(), null, Set.of(), false,
        description);
  }

  static Setting flag(String key, boolean builtIn, String description) {
    return new Setting(key, Kind.FLAG, builtIn, 0, false, 0, List.of(), null, Set.of(), false, description);
  }

  static Setting size(String key, long builtIn, String description) {
    return new Setting(
        key, Kind.SIZE, builtIn, 1, false, Long.MAX_VALUE, List.of(), null, Set.of(), false,
        description);
  }

  static Setting path(String key, @Nullable String builtIn, String description) {
    return new Setting(key, Kind.PATH, builtIn, 0, false, 0, List.of(), null, Set.of(), false, description);
  }

  /** A string taken as written (not a path: never resolved against the file's folder). */
  static Setting text(String key, @Nullable String builtIn, String description) {
    return new Setting(key, Kind.TEXT, builtIn, 0, false, 0, List.of(), null, Set.of(), false, description);
  }

  /** The values a {@link Kind#CHOICE} setting accepts; empty for the others. */
  public List<String> choices() {
    return choices;
  }

  static Setting choice(String key, String builtIn, List<String> choices, String description) {
    return new Setting(key, Kind.CHOICE, builtIn, 0, false, 0, choices, null, Set.of(), false, description);
  }

  /** The same setting, overridden by {@code option} in {@code commands}. */
  Setting option(String name, String... inCommands) {
    return new Setting(
        key, kind, builtIn, min, minExclusive, max, choices, name, Set.of(inCommands), indexBound,
        description);
  }

  /**
   * The same setting, stored in the index: a command that writes the index uses the value the
   * index was built with unless the file or the command line gives one.
   */
  Setting indexBound() {
    return new Setting(
        key, kind, builtIn, min, minExclusive, max, choices, option, commands, true, description);
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  /** The built-in default; {@code null} for an optional setting ("none"). */
  public @Nullable Object builtIn() {
    return builtIn;
  }

  /** The long option that overrides it on the command line, if any ({@code --min-words}). */
  public @Nullable String option() {
    return option;
  }

  /** The commands in which {@link #option()} overrides the setting ({@code check}, {@code eval pan}). */
  public Set<String> commands() {
    return commands;
  }

  /** Whether the value is stored in the index and, unless set, taken from it. */
  public boolean isIndexBound() {
    return indexBound;
  }

  public String description() {
    return description;
  }

  /** The last part of the key: {@code minWords} for {@code align.minWords}. */
  String name() {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /** The value of a JSON node, checked; the message of the exception completes "KEY must …". */
  @Nullable Object fromJson(JsonNode node) {
    if (node.isNull() && builtIn == null) {
      return null;
    }
    return switch (kind) {
      case WHOLE -> {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
          throw new IllegalArgumentException("must be " + expected() + ", got " + node);
        }
        yield checked(node.asLong());
      }
      case DECIMAL -> {
        if (!node.isNumber()) {
          throw new IllegalArgumentException("must be " + expected() + ", got " + node);
        }
        yield checked(node.asDouble());
      }
      case FLAG -> {
        if (!node.isBoolean()) {
          throw new IllegalArgumentException("must be " + expected() + ", got " + node);
        }
        yield node.asBoolean();
      }
      case SIZE -> {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          yield checked(node.asLong());
        } else if (node.isTextual() && !node.asText().strip().matches("\\d+")) {
          try {
            yield checked(ByteSize.parse(node.asText(), 1));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be " + expected() + ", got " + node, e);
          }
        }
        throw new IllegalArgumentException("must be " + expected() + ", got " + node);
      }
      case PATH, TEXT, CHOICE -> {
        if (!node.isTextual()) {
          throw new IllegalArgumentException("must be " + expected() + ", got " + node);
        }
        yield fromText(node.asText());
      }
    };
  }

  /**
   * The value written on a command line (sizes without a unit are MiB there, as {@code
   * --max-file-size} reads them).
   */
  public @Nullable Object fromText(String text) {
    try {
      return switch (kind) {
        case WHOLE -> checked(Long.parseLong(text.strip()));
        case DECIMAL -> checked(Double.parseDouble(text.strip()));
        case FLAG -> {
          if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("must be " + expected() + ", got \"" + text + "\"");
          }
          yield Boolean.parseBoolean(text);
        }
        case SIZE -> {
          try {
            yield checked(ByteSize.parse(text, 1L << 20));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "must be a size such as 32MiB (a bare number is MiB), got \"" + text + "\"", e);
          }
        }
        case PATH, TEXT -> {
          if (text.isBlank()) {
            throw new IllegalArgumentException("must be " + expected() + ", got \"\"");
          }
          yield text;
        }
        case CHOICE -> {
          String lower = text.toLowerCase(Locale.ROOT);
          if (!choices.contains(lower)) {
            throw new IllegalArgumentException("must be " + expected() + ", got \"" + text + "\"");
          }
          yield lower;
        }
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be " + expected() + ", got \"" + text + "\"", e);
    }
  }

  private Object checked(long value) {
    if (kind == Kind.SIZE) {
      if (value < min) {
        throw new IllegalArgumentException("must be " + expected() + ", got " + value);
      }
      return value;
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException("must be " + expected() + ", got " + value);
    }
    return (int) value;
  }

  private Object checked(double value) {
    if (!Double.isFinite(value) || (minExclusive ? value <= min : value < min) || value > max) {
      throw new IllegalArgumentException("must be " + expected() + ", got " + show(value));
    }
    return value;
  }

  /** What a value must be, for messages and {@code overlap config}: "a whole number from 1". */
  public String expected() {
    String none = builtIn == null ? ", or null for none" : "";
    return switch (kind) {
      case WHOLE ->
          max >= Integer.MAX_VALUE
              ? "a whole number of at least " + show(min)
              : "a whole number from " + show(min) + " to " + show(max);
      case DECIMAL ->
          "a number " + (minExclusive ? "above " : "from ") + show(min) + (minExclusive ? " and up to " : " to ")
              + show(max) + none;
      case FLAG -> "true or false";
      case SIZE -> "a size in bytes, or a string such as \"32MiB\" or \"512KiB\"";
      case PATH -> "a path (a string)" + none;
      case TEXT -> "a string" + none;
      case CHOICE -> "one of " + String.join(", ", choices);
    };
  }

  /** A value as {@code overlap config} shows it: {@code 15}, {@code 0.005}, {@code 32MiB}, none. */
  public static String show(@Nullable Object value) {
    if (value == null) {
      return "none";
    } else if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  /** A value as its command-line option takes it; {@code null} for none. */
  public @Nullable String toOptionText(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    return kind == Kind.SIZE ? ByteSize.format((Long) value) : show(value);
  }

  @Override
  public String toString() {
    return key;
  }
}
