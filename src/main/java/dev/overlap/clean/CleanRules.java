package dev.overlap.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the boilerplate filter: cue groups (marketing lexicon), reference headings, class
 * and id words that mark page furniture or content in HTML, and numeric settings. The built-in
 * rules are {@code rules.json} next to this class; a user file of the same shape extends them
 * (see {@link #extendedWith}).
 *
 * @param cues cue groups; a block's cue score is the sum of the weights of the distinct phrases
 *     and patterns it matches
 * @param referenceHeadings lower-case headings that open a reference list
 * @param boilerplateNames words in an HTML class or id that mark furniture (nav, footer, share, ...)
 * @param contentNames words in an HTML class or id that mark main content
 * @param settings named thresholds; the known names are {@link #SETTINGS}
 */
public record CleanRules(
    List<CueGroup> cues,
    List<String> referenceHeadings,
    List<String> boilerplateNames,
    List<String> contentNames,
    Map<String, Double> settings) {

  /** Every setting a rules file may name. */
  public static final Set<String> SETTINGS =
      Set.of(
          "shortChars", "goodChars", "stopLow", "stopHigh", "maxLinkDensity", "shortWords",
          "shortCueScore", "shortCueCoverage", "shortVoiceRate", "promoScore", "promoVoiceScore",
          "promoVoiceRate", "minLanguageShare");

  private static final CleanRules BUILT_IN = loadBuiltIn();

  /**
   * One group of marketing cues.
   *
   * @param name shown in a block's reason ("call to action: order now")
   * @param weight added to a block's cue score per distinct match; null in a user file keeps the
   *     built-in weight; 0 switches the group off
   * @param phrases lower-case phrases matched on word boundaries
   * @param patterns regular expressions (Java syntax) matched against the lower-cased block
   */
  public record CueGroup(
      String name, @Nullable Double weight, List<String> phrases, List<String> patterns) {
    public CueGroup {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a cue group needs a name");
      }
      if (weight != null && (weight.isNaN() || weight < 0)) {
        throw new IllegalArgumentException(
            "cue group '" + name + "': weight must be >= 0, got " + weight);
      }
      phrases = phrases == null ? List.of() : List.copyOf(phrases);
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
      for (String pattern : patterns) {
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "cue group '" + name + "': bad pattern '" + pattern + "': " + e.getDescription(), e);
        }
      }
    }

    double weightOrZero() {
      return weight == null ? 0 : weight;
    }
  }

  public CleanRules {
    cues = cues == null ? List.of() : List.copyOf(cues);
    referenceHeadings = referenceHeadings == null ? List.of() : List.copyOf(referenceHeadings);
    boilerplateNames = boilerplateNames == null ? List.of() : List.copyOf(boilerplateNames);
    contentNames = contentNames == null ? List.of() : List.copyOf(contentNames);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    for (Map.Entry<String, Double> entry : settings.entrySet()) {
      if (!SETTINGS.contains(entry.getKey())) {
        throw new IllegalArgumentException(
            "unknown setting '" + entry.getKey() + "' (known: " + sorted(SETTINGS) + ")");
      }
      if (entry.getValue() == null || entry.getValue().isNaN() || entry.getValue() < 0) {
        throw new IllegalArgumentException(
            "setting '" + entry.getKey() + "' must be a number >= 0, got " + entry.getValue());
      }
    }
  }

  /** The built-in rules ({@code rules.json}). */
  public static CleanRules defaults() {
    return BUILT_IN;
  }

  /** A setting's value; built-in rules define every one of {@link #SETTINGS}. */
  public double setting(String name) {
    Double value = settings.get(name);
    if (value == null) {
      Double fallback = BUILT_IN == null ? null : BUILT_IN.settings.get(name);
      if (fallback == null) {
        throw new IllegalArgumentException("no value for setting '" + name + "'");
      }
      return fallback;
    }
    return value;
  }

  /**
   * These rules extended by a user's: a cue group of the same name gets the user's phrases and
   * patterns added (and the user's weight, when given); new groups, headings and names are
   * added; settings are replaced one by one.
   */
  public CleanRules extendedWith(CleanRules user) {
    Map<String, CueGroup> groups = new LinkedHashMap<>();
    for (CueGroup group : cues) {
      groups.put(group.name(), group);
    }
    for (CueGroup group : user.cues()) {
      CueGroup base = groups.get(group.name());
      if (base == null) {
        groups.put(
            group.name(),
            new CueGroup(
                group.name(), group.weight() == null ? 1.0 : group.weight(), group.phrases(),
                group.patterns()));
      } else {
        groups.put(
            group.name(),
            new CueGroup(
                group.name(),
                group.weight() == null ? base.weight() : group.weight(),
                concat(base.phrases(), group.phrases()),
                concat(base.patterns(), group.patterns())));
      }
    }
    Map<String, Double> merged = new LinkedHashMap<>(settings);
    merged.putAll(user.settings());
    return new CleanRules(
        new ArrayList<>(groups.values()),
        concat(referenceHeadings, user.referenceHeadings()),
        concat(boilerplateNames, user.boilerplateNames()),
        concat(contentNames, user.contentNames()),
        merged);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String sorted(Set<String> names) {
    return String.join(", ", names.stream().sorted().toList());
  }

  private static CleanRules loadBuiltIn() {
    try (InputStream in = CleanRules.class.getResourceAsStream("rules.json")) {
      if (in == null) {
        throw new IllegalStateException("rules.json is missing from the classpath");
      }
      return RulesJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "rules.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
