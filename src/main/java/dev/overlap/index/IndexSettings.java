package dev.overlap.index;

import dev.overlap.fingerprint.FingerprintSettings;
import java.util.Map;

/**
 * What an index was built with; an index is only read or extended with the same settings.
 *
 * @param fingerprints shingle size and window
 * @param normalization name of the analysis chain
 * @param schemaVersion layout of the Lucene documents
 */
public record IndexSettings(FingerprintSettings fingerprints, String normalization, int schemaVersion) {
  /**
   * The document layout this code writes and reads: 6 indexes stems as 4-byte hashes, each once
   * with its count; 5 kept content hashes as 32-byte doc values only and fingerprints as 32-bit
   * points; 4 stored texts
   * compressed one document at a time; 3 had LZ4 blocks; 2 had 8-byte fingerprint terms.
   */
  public static final int SCHEMA_VERSION = 6;

  static final String KEY_SHINGLE = "overlap.shingleSize";
  static final String KEY_WINDOW = "overlap.window";
  static final String KEY_NORMALIZATION = "overlap.normalization";
  static final String KEY_SCHEMA = "overlap.schemaVersion";

  Map<String, String> toUserData() {
    return Map.of(
        KEY_SHINGLE, Integer.toString(fingerprints.shingleSize()),
        KEY_WINDOW, Integer.toString(fingerprints.window()),
        KEY_NORMALIZATION, normalization,
        KEY_SCHEMA, Integer.toString(schemaVersion));
  }

  /** Settings read from commit user data, or null when the commit was not written by overlap. */
  static IndexSettings fromUserData(Map<String, String> data) {
    if (!data.containsKey(KEY_SCHEMA)) {
      return null;
    }
    try {
      return new IndexSettings(
          new FingerprintSettings(
              Integer.parseInt(data.getOrDefault(KEY_SHINGLE, "0")),
              Integer.parseInt(data.getOrDefault(KEY_WINDOW, "0"))),
          data.getOrDefault(KEY_NORMALIZATION, "?"),
          Integer.parseInt(data.get(KEY_SCHEMA)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "shingle size 5, window 4, normalization X, schema 1" */
  public String describe() {
    return "shingle size "
        + fingerprints.shingleSize()
        + ", window "
        + fingerprints.window()
        + ", normalization "
        + normalization
        + ", schema "
        + schemaVersion;
  }
}
