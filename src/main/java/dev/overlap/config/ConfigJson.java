package dev.overlap.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code overlap config --format json|file}: the effective settings as JSON. */
public final class ConfigJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ConfigJson() {}

  /**
   * {@code {"file": "overlap.json", "settings": {"align.minWords": {"value": 15, "source":
   * "default", "option": "--min-words", "description": "…"}, …}}}; sizes in bytes, none as null.
   */
  public static String describe(EffectiveConfig config) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", config.file());
    ObjectNode settings = root.putObject("settings");
    for (Map.Entry<String, EffectiveConfig.Value> entry : config.values().entrySet()) {
      Setting setting = Settings.get(entry.getKey());
      ObjectNode node = settings.putObject(entry.getKey());
      node.set("value", MAPPER.valueToTree(entry.getValue().value()));
      node.put("source", entry.getValue().source());
      node.put("option", setting.option());
      node.put("expected", setting.expected());
      node.put("description", setting.description());
    }
    return write(root);
  }

  /** Every value in the nested shape of {@code overlap.json}, ready to be edited and saved. */
  public static String asFile(EffectiveConfig config) {
    ObjectNode root = MAPPER.createObjectNode();
    for (Map.Entry<String, EffectiveConfig.Value> entry : config.values().entrySet()) {
      String[] parts = entry.getKey().split("\\.");
      ObjectNode parent = root;
      for (int i = 0; i < parts.length - 1; i++) {
        parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
      }
      @Nullable Object value = entry.getValue().value();
      Setting setting = Settings.get(entry.getKey());
      parent.set(
          parts[parts.length - 1],
          MAPPER.valueToTree(setting.kind() == Setting.Kind.SIZE ? setting.toOptionText(value) : value));
    }
    return write(root);
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write configuration JSON", e);
    }
  }
}
