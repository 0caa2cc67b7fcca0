package dev.overlap.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the built-in {@code rules.json} without a JSON library (Jackson stays out of {@code
 * clean/}): a small strict JSON parser plus the mapping onto {@link CleanRules}. Unknown keys fail
 * with a message naming them, as the user-file loader in {@code config/} does.
 */
final class RulesJson {
  private static final Set<String> TOP =
      Set.of("cues", "referenceHeadings", "boilerplateNames", "contentNames", "settings");
  private static final Set<String> CUE = Set.of("name", "weight", "phrases", "patterns");

  private final String json;
  private final String source;
  private int pos;

  private RulesJson(String json, String source) {
    this.json = json;
    this.source = source;
  }

  static CleanRules parse(String json, String source) {
    RulesJson parser = new RulesJson(json, source);
    parser.skipSpace();
    Object tree = parser.value();
    parser.skipSpace();
    if (parser.pos != json.length()) {
      throw parser.error("text after the JSON value");
    }
    return toRules(asObject(tree, source, "top level"), source);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(@Nullable Object value, String source, String where) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(source + ": " + where + " must be an object");
    }
    return (Map<String, Object>) value;
  }

  private static CleanRules toRules(Map<String, Object> top, String source) {
    checkKeys(top, TOP, source, "top level");
    List<CleanRules.CueGroup> cues = new ArrayList<>();
    Object cueList = top.get("cues");
    if (cueList != null) {
      for (Object item : asList(cueList, source, "cues")) {
        Map<String, Object> cue = asObject(item, source, "a cue group");
        checkKeys(cue, CUE, source, "cue group");
        Object weight = cue.get("weight");
        cues.add(
            new CleanRules.CueGroup(
                String.valueOf(cue.get("name")),
                weight == null ? null : ((Number) weight).doubleValue(),
                strings(cue.get("phrases"), source, "phrases"),
                strings(cue.get("patterns"), source, "patterns")));
      }
    }
    Map<String, Double> settings = new LinkedHashMap<>();
    Object settingsTree = top.get("settings");
    if (settingsTree != null) {
      for (Map.Entry<String, Object> entry : asObject(settingsTree, source, "settings").entrySet()) {
        if (!(entry.getValue() instanceof Number number)) {
          throw new IllegalArgumentException(
              source + ": setting '" + entry.getKey() + "' must be a number");
        }
        settings.put(entry.getKey(), number.doubleValue());
      }
    }
    return new CleanRules(
        cues,
        strings(top.get("referenceHeadings"), source, "referenceHeadings"),
        strings(top.get("boilerplateNames"), source, "boilerplateNames"),
        strings(top.get("contentNames"), source, "contentNames"),
        settings);
  }

  private static void checkKeys(
      Map<String, Object> object, Set<String> known, String source, String where) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            source + ": unknown key '" + key + "' in " + where + " (known: "
                + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private static List<Object> asList(Object value, String source, String where) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(source + ": " + where + " must be an array");
    }
    return new ArrayList<>(list);
  }

  private static List<String> strings(@Nullable Object value, String source, String where) {
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object item : asList(value, source, where)) {
      if (!(item instanceof String s)) {
        throw new IllegalArgumentException(source + ": " + where + " must hold strings");
      }
      out.add(s);
    }
    return out;
  }

  private @Nullable Object value() {
    if (pos >= json.length()) {
      throw error("unexpected end");
    }
    char c = json.charAt(pos);
    switch (c) {
      case '{' -> {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
          pos++;
          return map;
        }
        while (true) {
          skipSpace();
          String key = string();
          skipSpace();
          expect(':');
          skipSpace();
          map.put(key, value());
          skipSpace();
          if (peek() == ',') {
            pos++;
          } else {
            expect('}');
            return map;
          }
        }
      }
      case '[' -> {
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
          pos++;
          return list;
        }
        while (true) {
          skipSpace();
          list.add(value());
          skipSpace();
          if (peek() == ',') {
            pos++;
          } else {
            expect(']');
            return list;
          }
        }
      }
      case '"' -> {
        return string();
      }
      default -> {
        if (json.startsWith("true", pos)) {
          pos += 4;
          return Boolean.TRUE;
        }
        if (json.startsWith("false", pos)) {
          pos += 5;
          return Boolean.FALSE;
        }
        if (json.startsWith("null", pos)) {
          pos += 4;
          return null;
        }
        int start = pos;
        while (pos < json.length() && "+-0123456789.eE".indexOf(json.charAt(pos)) >= 0) {
          pos++;
        }
        if (start == pos) {
          throw error("unexpected character '" + c + "'");
        }
        return Double.parseDouble(json.substring(start, pos));
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (pos < json.length()) {
      char c = json.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char e = json.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> out.append(e);
        }
      } else {
        out.append(c);
      }
    }
    throw error("unterminated string");
  }

  private char peek() {
    return pos < json.length() ? json.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(source + ": " + message + " at character " + pos);
  }
}
