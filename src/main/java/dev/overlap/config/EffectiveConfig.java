package dev.overlap.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.overlap.align.AlignSettings;
import dev.overlap.clean.BlockKind;
import dev.overlap.fingerprint.FingerprintSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The value of every {@link Settings setting} and where it came from: the built-in default, a
 * configuration file, or the command line (later sources win).
 *
 * <p>The file is {@code overlap.json} in the working folder, or the one given with {@code
 * --config}. It is read strictly: a key that is not a setting, a value of the wrong type or out of
 * range, malformed JSON, or duplicate keys fail with one line naming the file and the key; a
 * number in a string is not taken for a number. Relative paths in a file outside the working
 * folder are relative to the file's folder.
 *
 * <pre>{@code
 * {"align": {"minWords": 20}, "limits": {"maxFileSize": "64MiB"}, "report": {"top": 5}}
 * }</pre>
 */
public final class EffectiveConfig {
  /** The name looked for in the working folder. */
  public static final String FILE_NAME = "overlap.json";

  public static final String DEFAULT = "default";
  public static final String COMMAND_LINE = "command line";

  /** A setting's value ({@code null} for none) and its source. */
  public record Value(@Nullable Object value, String source) {}

  /**
   * Strict JSON: duplicate keys and trailing content fail. Values are taken from the tree by
   * {@link Setting#fromJson}, which checks their JSON type, so nothing is coerced; unknown keys are
   * found by walking the tree against {@link Settings#ALL}, which also gives the known names.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final @Nullable String file;
  private final Map<String, Value> values;

  private EffectiveConfig(@Nullable String file, Map<String, Value> values) {
    this.file = file;
    this.values = Collections.unmodifiableMap(values);
  }

  /** The built-in defaults alone. */
  public static EffectiveConfig defaults() {
    Map<String, Value> values = new LinkedHashMap<>();
    for (Setting setting : Settings.ALL) {
      values.put(setting.key(), new Value(setting.builtIn(), DEFAULT));
    }
    return new EffectiveConfig(null, values);
  }

  /**
   * The defaults overridden by {@code given} (the {@code --config} file, which must exist) or, when
   * it is null, by {@code overlap.json} in {@code workingDir} if there is one.
   */
  public static EffectiveConfig load(@Nullable Path given, Path workingDir) throws ConfigException {
    if (given != null) {
      if (!Files.exists(given)) {
        throw new ConfigException(given + ": no such file (given with --config)");
      }
      return read(given, given.toString());
    }
    Path local = workingDir.resolve(FILE_NAME);
    return Files.exists(local) ? read(local, FILE_NAME) : defaults();
  }

  private static EffectiveConfig read(Path path, String label) throws ConfigException {
    if (Files.isDirectory(path)) {
      throw new ConfigException(label + ": is a folder; the configuration is a JSON file");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ConfigException(label + where + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw new ConfigException(label + ": no such file", e);
    } catch (IOException e) {
      throw new ConfigException(label + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ConfigException(
          label + ": empty; write a JSON object such as {\"align\": {\"minWords\": 20}}");
    }
    if (!root.isObject()) {
      throw new ConfigException(label + ": must be a JSON object, like {\"report\": {\"top\": 5}}");
    }
    Map<String, Value> values = new LinkedHashMap<>(defaults().values);
    Path folder = path.toAbsolutePath().getParent();
    boolean here = folder != null && folder.equals(Path.of("").toAbsolutePath());
    walk(root, "", label, values, here ? null : folder);
    return new EffectiveConfig(label, values);
  }

  private static void walk(
      JsonNode node, String prefix, String label, Map<String, Value> values, @Nullable Path folder)
      throws ConfigException {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix + field.getKey();
      Setting setting = Settings.find(key);
      if (setting != null) {
        Object value;
        try {
          value = setting.fromJson(field.getValue());
        } catch (IllegalArgumentException e) {
          throw new ConfigException(label + ": \"" + key + "\" " + e.getMessage(), e);
        }
        if (value instanceof String path && setting.kind() == Setting.Kind.PATH && folder != null) {
          value = folder.resolve(path).normalize().toString();
        }
        values.put(key, new Value(value, label));
      } else if (!namesUnder(key + ".").isEmpty()) {
        if (!field.getValue().isObject()) {
          throw new ConfigException(
              label + ": \"" + key + "\" must be an object with keys "
                  + String.join(", ", namesUnder(key + ".")) + ", got " + field.getValue());
        }
        walk(field.getValue(), key + ".", label, values, folder);
      } else {
        throw new ConfigException(
            label + ": unknown key \"" + key + "\" (known: " + String.join(", ", namesUnder(prefix))
                + ")");
      }
    }
  }

  /** The next part of every key under {@code prefix} ("align." → minWords, seedWords, …). */
  private static Set<String> namesUnder(String prefix) {
    Set<String> names = new LinkedHashSet<>();
    for (Setting setting : Settings.ALL) {
      if (setting.key().startsWith(prefix)) {
        String rest = setting.key().substring(prefix.length());
        names.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
      }
    }
    return names;
  }

  /** The file read ({@code overlap.json} or the {@code --config} path as given), if any. */
  public @Nullable String file() {
    return file;
  }

  /** Every setting in {@link Settings#ALL} order. */
  public Map<String, Value> values() {
    return values;
  }

  public Value get(String key) {
    Value value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no setting " + key);
    }
    return value;
  }

  /** Whether the file or the command line set {@code key}. */
  public boolean isSet(String key) {
    return !get(key).source().equals(DEFAULT);
  }

  /** The same configuration with {@code key} set from {@code source}. */
  public EffectiveConfig with(String key, @Nullable Object value, String source) {
    get(key);
    Map<String, Value> changed = new LinkedHashMap<>(values);
    changed.put(key, new Value(value, source));
    return new EffectiveConfig(file, changed);
  }

  private int whole(String key) {
    return (Integer) java.util.Objects.requireNonNull(get(key).value());
  }

  private double decimal(String key) {
    return (Double) java.util.Objects.requireNonNull(get(key).value());
  }

  private boolean flag(String key) {
    return (Boolean) java.util.Objects.requireNonNull(get(key).value());
  }

  /** The pipeline's settings. */
  public OverlapConfig overlapConfig() {
    Set<BlockKind> scored = EnumSet.copyOf(OverlapConfig.DEFAULT.scoredKinds());
    if (flag("scoring.references")) {
      scored.add(BlockKind.REFERENCES);
    }
    if (flag("scoring.quotes")) {
      scored.add(BlockKind.QUOTE);
    }
    return new OverlapConfig(
        new FingerprintSettings(whole("fingerprints.shingleSize"), whole("fingerprints.window")),
        new AlignSettings(
            whole("align.minWords"),
            whole("align.seedWords"),
            whole("align.maxGap"),
            decimal("align.sentenceCosine"),
            decimal("align.sentenceDice"),
            flag("align.paraphrase"),
            whole("align.minParaphraseWords")),
        whole("candidates.max"),
        whole("candidates.paraphrase"),
        whole("candidates.commonDocs"),
        decimal("candidates.commonShare"),
        whole("templates.minDocs"),
        decimal("templates.minShare"),
        whole("report.top"),
        (Long) java.util.Objects.requireNonNull(get("limits.maxFileSize").value()),
        whole("index.commitEvery"),
        whole("limits.maxWords"),
        scored,
        "store".equals(get("index.texts").value()),
        whole("candidates.chunkWords"),
        flag("index.stems"));
  }
}
