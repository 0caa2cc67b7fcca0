package dev.overlap.index;

import dev.overlap.fingerprint.FingerprintSettings;
import java.util.Map;

/**
 * What an index was built with; an index is only read or extended with the same settings.
 *
 * @param fingerprints shingle size and window
 * @param normalization name of the analysis chain
 * @param schemaVersion layout of the Lucene documents
 * @param stems whether each essay's content-word stems are indexed, for finding paraphrase
 *     candidates (BM25); without them the index is smaller and faster to build
 */
public record IndexSettings(
    FingerprintSettings fingerprints, String normalization, int schemaVersion, boolean stems) {
  /** Settings of an index that keeps the stems, as every index did before they could be left out. */
  public IndexSettings(FingerprintSettings fingerprints, String normalization, int schemaVersion) {
    this(fingerprints, normalization, schemaVersion, true);
  }

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
  static final String KEY_STEMS = "overlap.stems";

  /** The same settings, with or without the stems. */
  public IndexSettings withStems(boolean value) {
    return new IndexSettings(fingerprints, normalization, schemaVersion, value);
  }

  Map<String, String> toUserData() {
    return Map.of(
        KEY_SHINGLE, Integer.toString(fingerprints.shingleSize()),
        KEY_WINDOW, Integer.toString(fingerprints.window()),
        KEY_NORMALIZATION, normalization,
        KEY_SCHEMA, Integer.toString(schemaVersion),
        KEY_STEMS, Boolean.toString(stems));
  }

  /**
   * Settings read from commit user data, or null when the commit was not written by overlap. An
   * index written before the stems could be left out has no stems key, and keeps them.
   */
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
          Integer.parseInt(data.get(KEY_SCHEMA)),
          !"false".equals(data.get(KEY_STEMS)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "shingle size 5, window 4, normalization X, schema 1", then ", without stems" if so. */
  public String describe() {
    return "shingle size "
        + fingerprints.shingleSize()
        + ", window "
        + fingerprints.window()
        + ", normalization "
        + normalization
        + ", schema "
        + schemaVersion
        + (stems ? "" : ", without stems (--no-stems)");
  }
}
