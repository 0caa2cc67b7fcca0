package dev.overlap.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.overlap.clean.CleanRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a user's boilerplate rules file (the shape of the built-in {@code rules.json}) and extends
 * the built-in rules with it. Strict: an unknown key fails with a message naming the key and the
 * file, as does a bad pattern or setting.
 *
 * <pre>{@code
 * {"cues": [{"name": "call to action", "phrases": ["buy your essay"]},
 *           {"name": "my site", "weight": 3, "phrases": ["acme essays"]}],
 *  "settings": {"promoScore": 6}}
 * }</pre>
 */
public final class CleanRulesLoader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private CleanRulesLoader() {}

  /** Thrown for a rules file that cannot be used; the message names the file and the problem. */
  public static final class RulesException extends Exception {
    private static final long serialVersionUID = 1L;

    public RulesException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The built-in rules extended with {@code file}. */
  public static CleanRules load(Path file) throws RulesException {
    return CleanRules.defaults().extendedWith(read(file));
  }

  /** The rules in {@code file} alone. */
  public static CleanRules read(Path file) throws RulesException {
    try {
      return MAPPER.readValue(Files.readAllBytes(file), CleanRules.class);
    } catch (UnrecognizedPropertyException e) {
      throw new RulesException(
          file + ": unknown key '" + e.getPropertyName() + "'" + where(e) + " (known: "
              + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() + ")",
          e);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RulesException(file + ": " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new RulesException(file + ": not valid rules JSON: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw new RulesException(file + ": no such file", e);
    } catch (IOException e) {
      throw new RulesException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String where(UnrecognizedPropertyException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
  }
}
